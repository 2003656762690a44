import { describe, expect, it } from "vitest";
import { rowDiffers, visibleRows } from "@/lib/regulations/compare";
import { MIN_OVERLAP, distanceBand, statusKey } from "@/lib/regulations/method";
import { searchParamsOf } from "@/lib/core/url-state";
import { compareQuery, parseCompareView, parsePathsView, parsePillarView, parseSearchView, parseWhatIfView, pathsQuery, pillarQuery, searchQuery, whatIfQuery } from "@/lib/regulations/view-state";

const ECONOMIES = ["ARG", "BRA", "CHL", "JPN", "KOR", "MEX", "PER"];

describe("regulation URL state", () => {
  it("keeps 2–5 known economies in the order given, drops unknown ones, and writes only what differs", () => {
    const state = parseCompareView({ economies: "arg,xxx,JPN,ARG", diff: "only" }, ECONOMIES);
    expect(state).toEqual({ economies: ["ARG", "JPN"], diff: "only" });
    expect(compareQuery(ECONOMIES, state)).toBe("?economies=ARG,JPN&diff=only");
    expect(parseCompareView({ economies: ECONOMIES.join(","), diff: "bogus" }, ECONOMIES)).toEqual({ economies: ECONOMIES.slice(0, 5), diff: "all" });
    // A GET form sends one parameter per ticked box.
    expect(parseCompareView({ economies: ["ARG", "PER"] }, ECONOMIES).economies).toEqual(["ARG", "PER"]);
    expect(compareQuery(ECONOMIES, { economies: [], diff: "all" })).toBe("");
  });

  it("falls back silently on invalid pillar and search params", () => {
    expect(parsePillarView({ region: "europe" })).toEqual({ region: "all" });
    expect(pillarQuery({ region: "east-asia" })).toBe("?region=east-asia");
    const choices = { economies: ECONOMIES, pillars: ["P01", "P07", "TF"] };
    const state = parseSearchView({ q: "  data   law ", economy: "chl,zzz", pillar: "p07,P99", status: "in-force,nope", page: "-2" }, choices);
    expect(state).toEqual({ q: "data law", economy: ["CHL"], pillar: ["P07"], status: ["in-force"], page: 1 });
    expect(searchQuery(choices, state)).toBe("?q=data+law&economy=CHL&pillar=P07&status=in-force");
  });

  it("states the method's constants and helpers", () => {
    expect(MIN_OVERLAP).toBe(3);
    expect([0, 0.19, 0.2, 0.5, 0.99, 1].map(distanceBand)).toEqual([0, 0, 1, 2, 4, 4]);
    expect(statusKey("IN_FORCE")).toBe("in-force");
    expect(statusKey("???")).toBe("no-data");
  });

  it("shows only differing rows when asked", () => {
    const rows = [
      { code: "a", cells: [{ status: "IN_FORCE", score: 0 }, { status: "IN_FORCE", score: 0 }] },
      { code: "b", cells: [{ status: "IN_FORCE", score: 0 }, { status: "NO_DATA", score: null }] },
      { code: "c", cells: [{ status: "NO_DATA", score: null }, { status: "NO_DATA", score: null }] },
    ];
    expect(visibleRows(rows, true).map((r) => r.code)).toEqual(["b"]);
    expect(visibleRows(rows, false)).toHaveLength(3);
    expect(rowDiffers(rows[1].cells)).toBe(true);
  });

  it("reads a what-if scenario: known indicators and scores only, the last change of an indicator, code:score in the URL", () => {
    const choices = { economies: ECONOMIES, indicators: ["P01.1", "P03.2", "TF.1"] };
    const state = parseWhatIfView({ economy: "chl", set: ["p03.2:0.5", "P01.1:1,P99.9:0,P01.1:0,TF.1:2,TF.1", "P03.2:1:0"] }, choices);
    expect(state).toEqual({ economy: "CHL", set: [{ code: "P03.2", score: 0.5 }, { code: "P01.1", score: 0 }] });
    expect(whatIfQuery(choices, state)).toBe("?economy=CHL&set=P03.2:0.5,P01.1:0");
    expect(parseWhatIfView({ economy: "XXX", set: "P01.1:1" }, choices)).toEqual({ economy: "", set: [{ code: "P01.1", score: 1 }] });
    expect(whatIfQuery(choices, { economy: "", set: [] })).toBe("");
  });

  it("reads a path's partner as an economy or a region", () => {
    expect(parsePathsView({ economy: "CHL", to: "jpn" }, ECONOMIES)).toEqual({ economy: "CHL", to: "JPN" });
    expect(parsePathsView({ economy: "CHL", to: "East-Asia" }, ECONOMIES)).toEqual({ economy: "CHL", to: "east-asia" });
    expect(parsePathsView({ economy: "CHL", to: "europe" }, ECONOMIES)).toEqual({ economy: "CHL", to: "" });
    expect(pathsQuery(ECONOMIES, { economy: "CHL", to: "latin-america" })).toBe("?economy=CHL&to=latin-america");
  });

  it("reads a query parameter named like an object's own property as a parameter", () => {
    const params = searchParamsOf("http://portal.test/x?constructor=%25&__proto__=a&toString=1&constructor=b");
    expect(params.constructor).toEqual(["%", "b"]);
    expect(params.toString).toBe("1");
    expect(parsePillarView(params)).toEqual({ region: "all" });
  });
});
