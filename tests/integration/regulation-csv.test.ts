import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as compareCsv } from "@/app/api/regulations/compare/route";
import { GET as similarityCsv } from "@/app/api/regulations/similarity/route";
import { GET as pillarCsv } from "@/app/api/regulations/pillar/[code]/route";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const rowsOf = async (response: Response) => parse(await response.text(), { columns: true, bom: true }) as Array<Record<string, string>>;

describe("regulation CSVs follow the view's URL state", () => {
  useScratchDatabase(async (db) => {
    await loadRegulationFixture(db);
  });

  it("compare: only the differing indicators with diff=only, one row per economy", async () => {
    const all = await rowsOf(await compareCsv(new Request("http://x/api/regulations/compare?economies=KOR,JPN")));
    expect(all).toHaveLength(5 * 2);
    const only = await rowsOf(await compareCsv(new Request("http://x/api/regulations/compare?economies=KOR,JPN&diff=only")));
    expect(only.map((r) => `${r.economy_iso3} ${r.indicator_code} ${r.status}`)).toEqual([
      "KOR P01.1 NO_DATA", "JPN P01.1 IN_FORCE", "KOR P02.2 NO_DATA", "JPN P02.2 NONE",
    ]);
    expect(only.every((r) => r.differs === "true")).toBe(true);
    expect((await compareCsv(new Request("http://x/api/regulations/compare?economies=KOR"))).status).toBe(400);
  });

  it("similarity: the distance only where the overlap is enough", async () => {
    const rows = await rowsOf(await similarityCsv(new Request("http://x/api/regulations/similarity")));
    expect(rows.map((r) => [r.economy_a_iso3, r.economy_b_iso3, r.distance_0_same_1_opposite, r.shared_indicators, r.shown])).toEqual([
      ["ARG", "CHL", "0.666667", "3", "true"],
      ["ARG", "JPN", "", "1", "false"],
      ["CHL", "JPN", "", "2", "false"],
    ]);
  });

  it("pillar: the ranking with the region filter", async () => {
    const response = await pillarCsv(new Request("http://x/api/regulations/pillar/p01?region=latin-america"), { params: Promise.resolve({ code: "p01" }) });
    expect((await rowsOf(response)).map((r) => [r.rank, r.economy_iso3, r.indicators_scored])).toEqual([["1", "CHL", "2"], ["2", "ARG", "3"]]);
  });
});
