import { describe, expect, it } from "vitest";
import {
  corridorMatrix,
  corridorViewQuery,
  matrixRows,
  parseCorridorView,
  shadeClass,
  topCorridors,
} from "@/lib/explorer/view-state/corridor";
import { correlationStatement, determinantsViewQuery, parseDeterminantsView } from "@/lib/explorer/view-state/determinants";

const YEARS = [2025, 2024, 2023]; // complete years, newest first
const INDICATORS = ["IT.NET.USER.ZS", "FX.OWN.TOTL.ZS", "SP.POP.TOTL"];

describe("corridor view URL state", () => {
  it("defaults to East Asia → Latin America, the latest complete year and the chart", () => {
    const { spec, state } = parseCorridorView({}, YEARS);
    expect(state).toEqual({ direction: "east-asia-to-latin-america", year: 2025, display: "chart" });
    expect(corridorViewQuery(spec, state)).toBe("");
  });

  it("falls back to the defaults for invalid parameters, each on its own", () => {
    const { state } = parseCorridorView({ direction: "north-to-south", year: "1850", display: "pie" }, YEARS);
    expect(state).toEqual({ direction: "east-asia-to-latin-america", year: 2025, display: "chart" });
    // A year in range but without complete data, and a non-integer year.
    expect(parseCorridorView({ year: "2022" }, YEARS).state.year).toBe(2025);
    expect(parseCorridorView({ year: "2024.5", direction: "latin-america-to-east-asia" }, YEARS).state).toMatchObject({
      year: 2025,
      direction: "latin-america-to-east-asia",
    });
  });

  it("serialises only what differs from the defaults", () => {
    const { spec, state } = parseCorridorView({ direction: "latin-america-to-east-asia", year: "2023", display: "chart" }, YEARS);
    expect(corridorViewQuery(spec, state)).toBe("?direction=latin-america-to-east-asia&year=2023");
    expect(corridorViewQuery(spec, state, { direction: "east-asia-to-latin-america", year: 2025, display: "table" })).toBe("?display=table");
  });
});

describe("corridor matrix", () => {
  const cells = [
    { origin: "JPN", destination: "CHL", visits: 90.4 },
    { origin: "JPN", destination: "ARG", visits: 10.6 },
    { origin: "KOR", destination: "CHL", visits: 200.5 },
    { origin: "CHN", destination: "ARG", visits: 0.2 }, // rounds to nothing: left out
  ];

  it("rounds cells to whole visits so that every total is the sum of the cells shown", () => {
    const m = corridorMatrix(cells);
    expect(m.origins).toEqual(["KOR", "JPN"]); // by row total
    expect(m.destinations).toEqual(["CHL", "ARG"]);
    expect(m.cells.get("JPN")?.get("CHL")).toBe(90);
    expect(m.cells.get("KOR")?.get("CHL")).toBe(201);
    expect(m.rowTotals.get("JPN")).toBe(90 + 11);
    expect(m.columnTotals.get("CHL")).toBe(90 + 201);
    expect(m.total).toBe(90 + 11 + 201);
    expect(m.cells.has("CHN")).toBe(false);
    expect(matrixRows(m)).toEqual([
      { origin: "KOR", destination: "CHL", visits: 201 },
      { origin: "JPN", destination: "CHL", visits: 90 },
      { origin: "JPN", destination: "ARG", visits: 11 },
    ]);
    expect(topCorridors(m, 2).map((r) => r.visits)).toEqual([201, 90]);
  });

  it("shades larger cells darker, the largest in the darkest class", () => {
    const m = corridorMatrix(cells);
    expect(shadeClass(m, 11)).toBeLessThan(shadeClass(m, 90));
    expect(shadeClass(m, 90)).toBeLessThan(shadeClass(m, 201));
    expect(shadeClass(m, 201)).toBe(4);
  });

  it("is empty without cells", () => {
    const m = corridorMatrix([]);
    expect(m).toMatchObject({ origins: [], destinations: [], total: 0, shadeBounds: [] });
  });
});

describe("determinants view URL state", () => {
  it("defaults to visits per internet user against account ownership, latest complete year, chart", () => {
    const { spec, state } = parseDeterminantsView({}, YEARS, INDICATORS);
    expect(state).toEqual({ measure: "visits-per-internet-user", indicator: "FX.OWN.TOTL.ZS", year: 2025, display: "chart" });
    expect(determinantsViewQuery(spec, state)).toBe("");
  });

  it("falls back to the defaults for invalid parameters, each on its own", () => {
    const { state } = parseDeterminantsView({ measure: "gdp", indicator: "NOT.AN.INDICATOR", year: "abc", display: "pie" }, YEARS, INDICATORS);
    expect(state).toEqual({ measure: "visits-per-internet-user", indicator: "FX.OWN.TOTL.ZS", year: 2025, display: "chart" });
    expect(parseDeterminantsView({ measure: "cross-border-share", year: "2030" }, YEARS, INDICATORS).state).toMatchObject({
      measure: "cross-border-share",
      year: 2025,
    });
  });

  it("accepts an indicator code in any case, and falls back to the first indicator when account ownership is missing", () => {
    expect(parseDeterminantsView({ indicator: "it.net.user.zs" }, YEARS, INDICATORS).state.indicator).toBe("IT.NET.USER.ZS");
    expect(parseDeterminantsView({}, YEARS, ["SP.POP.TOTL"]).state.indicator).toBe("SP.POP.TOTL");
    expect(parseDeterminantsView({ indicator: "SP.POP.TOTL" }, YEARS, []).state.indicator).toBe("");
  });

  it("serialises only what differs from the defaults", () => {
    const { spec, state } = parseDeterminantsView({ measure: "other-region-share", indicator: "SP.POP.TOTL", year: "2024", display: "table" }, YEARS, INDICATORS);
    expect(determinantsViewQuery(spec, state)).toBe("?measure=other-region-share&indicator=SP.POP.TOTL&year=2024&display=table");
    expect(determinantsViewQuery(spec, state, { measure: "visits-per-internet-user", indicator: "FX.OWN.TOTL.ZS", year: 2025 })).toBe("?display=table");
  });
});

describe("correlation statement", () => {
  it("gives r and n from three countries up, and says why there is none otherwise", () => {
    expect(correlationStatement(0.42, 18)).toEqual({ kind: "r", r: 0.42, n: 18 });
    expect(correlationStatement(0.9, 2)).toEqual({ kind: "too-few", n: 2 });
    expect(correlationStatement(null, 0)).toEqual({ kind: "too-few", n: 0 });
    expect(correlationStatement(null, 5)).toEqual({ kind: "no-variation", n: 5 });
  });
});
