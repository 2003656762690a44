import { describe, expect, it } from "vitest";
import {
  MAX_COMPARE_ITEMS,
  compareViewQuery,
  indicatorGaps,
  parseCompareView,
  withRemoved,
  yearRanges,
} from "@/lib/explorer/view-state/compare";

const COUNTRIES = ["arg", "bra", "chl", "chn", "col", "jpn", "kor", "mex", "per", "tha"];
const CHOICES = { countries: COUNTRIES, marketplaces: ["shopee-co-th", "mercadolibre-com-ar"] };

describe("compare view URL state", () => {
  it("falls back to the defaults for missing or invalid parameters", () => {
    const { state, redirectTo } = parseCompareView(
      { kind: "planets", countries: "xxx,,mars", marketplaces: "nope", measure: "per-capita", granularity: "weekly", display: "pie" },
      CHOICES,
    );
    expect(state).toEqual({ kind: "countries", countries: [], marketplaces: [], measure: "visits", granularity: "month", display: "chart" });
    expect(redirectTo).toBeNull();
  });

  it("keeps valid items in their order, case-insensitively, without duplicates or unknown ones", () => {
    const { state } = parseCompareView({ countries: "JPN,chl,xxx,jpn", measure: "per-internet-user", granularity: "year" }, CHOICES);
    expect(state).toMatchObject({ countries: ["jpn", "chl"], measure: "per-internet-user", granularity: "year" });
  });

  it("caps the list at eight items", () => {
    const { state } = parseCompareView({ countries: COUNTRIES.join(",") }, CHOICES);
    expect(state.countries).toEqual(COUNTRIES.slice(0, MAX_COMPARE_ITEMS));
  });

  it("serialises only what differs from the defaults", () => {
    const { spec, state } = parseCompareView({ countries: "chl,jpn", granularity: "month", display: "table" }, CHOICES);
    expect(compareViewQuery(spec, state)).toBe("?countries=chl,jpn&display=table");
    expect(compareViewQuery(spec, state, { countries: [], display: "chart" })).toBe("");
    expect(compareViewQuery(spec, state, { kind: "marketplaces", measure: "per-internet-user" })).toBe(
      "?kind=marketplaces&countries=chl,jpn&measure=per-internet-user&display=table",
    );
  });

  it("merges an added item into the current kind's list and asks for a redirect to the canonical URL", () => {
    expect(parseCompareView({ countries: "chl", add: "JPN", display: "chart" }, CHOICES).redirectTo).toBe("?countries=chl,jpn");
    expect(parseCompareView({ countries: "chl", add: "chl" }, CHOICES).redirectTo).toBe("?countries=chl");
    expect(parseCompareView({ countries: "chl", add: "atlantis" }, CHOICES).redirectTo).toBe("?countries=chl");
    expect(parseCompareView({ kind: "marketplaces", countries: "chl", add: "shopee-co-th" }, CHOICES).redirectTo).toBe(
      "?kind=marketplaces&countries=chl&marketplaces=shopee-co-th",
    );
    // A ninth item is not added.
    const full = COUNTRIES.slice(0, 8).join(",");
    expect(parseCompareView({ countries: full, add: "tha" }, CHOICES).redirectTo).toBe(`?countries=${full}`);
  });

  it("removes an item from the current kind's list", () => {
    const { spec, state } = parseCompareView({ countries: "chl,jpn,bra" }, CHOICES);
    expect(compareViewQuery(spec, withRemoved(state, "jpn"))).toBe("?countries=chl,bra");
  });
});

describe("compare view notes", () => {
  it("finds the years without internet users, per item", () => {
    const point = (key: string, period: string, internetUsers: number | null) => ({ key, period, internetUsers });
    const gaps = indicatorGaps([
      point("chl", "2019-01-01", null),
      point("chl", "2019-02-01", null),
      point("chl", "2020-01-01", 10),
      point("ven", "2019-01-01", null),
      point("jpn", "2019-01-01", 5),
    ]);
    expect(Object.fromEntries(gaps)).toEqual({ chl: { years: [2019], all: false }, ven: { years: [2019], all: true } });
  });

  it("writes years as ranges", () => {
    expect(yearRanges([2022, 2019, 2020, 2024, 2025, 2020])).toBe("2019–2020, 2022, 2024–2025");
    expect(yearRanges([])).toBe("");
  });
});
