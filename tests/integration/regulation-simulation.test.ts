/**
 * The what-if simulator and the paths to similarity on the regulation
 * fixture (tests/helpers/regulation-fixture.ts): the in-memory method gives
 * the SQL views' figures today, the simulator and the path give the figures
 * worked out by hand, their CSVs carry them with the scenario, and nothing
 * is written.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as viewCsv } from "@/app/api/csv/[...path]/route";
import { getOverallScores, getPillarScores } from "@/lib/regulations/queries/scores";
import { getScoreTable } from "@/lib/regulations/queries/score-table";
import { getPairDistances } from "@/lib/regulations/queries/similarity";
import { resolvePathsView } from "@/lib/regulations/cards/paths";
import { resolveWhatIfView } from "@/lib/regulations/cards/what-if";
import { distanceBetween, economyScores } from "@/lib/regulations/simulation/model";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";
import { tableChecksums } from "@/tests/helpers/table-checksums";

const ONLY_COUNTERS = ["rate_limit_bucket"];

async function csv(path: string, query: string): Promise<{ status: number; rows: Array<Record<string, string>>; body: string }> {
  const response = await viewCsv(new Request(`http://portal.test/api/csv/${path}${query}`), { params: Promise.resolve({ path: path.split("/") }) });
  const body = await response.text();
  return { status: response.status, body, rows: response.status === 200 ? (parse(body, { columns: true, bom: true }) as Array<Record<string, string>>) : [] };
}

describe("what-if simulator and paths to similarity (hand-computed on the fixture)", () => {
  const db = useScratchDatabase(async (db) => {
    await loadRegulationFixture(db);
  });

  it("computes today's scores and distances exactly as the SQL views do", async () => {
    const table = await getScoreTable();
    expect(table.economies.map((e) => e.iso3).sort()).toEqual(["ARG", "CHL", "JPN", "KOR"]);
    for (const row of await getPillarScores()) {
      const figures = economyScores(table, row.iso3).pillars.get(row.pillarCode)!;
      expect(figures.scored, `${row.iso3} ${row.pillarCode}`).toBe(row.scored);
      expect(figures.total).toBe(row.total);
      if (row.score === null) expect(figures.score).toBeNull();
      else expect(figures.score).toBeCloseTo(row.score, 12);
    }
    for (const row of await getOverallScores()) {
      const figures = economyScores(table, row.iso3).overall;
      expect(figures.scored).toBe(row.scored);
      if (row.score === null) expect(figures.score).toBeNull();
      else expect(figures.score).toBeCloseTo(row.score, 12);
    }
    for (const pair of await getPairDistances()) {
      const d = distanceBetween(table.scores.get(pair.a)!, table.scores.get(pair.b)!)!;
      expect(d.overlap, `${pair.a}-${pair.b}`).toBe(pair.overlap);
      expect(d.distance).toBeCloseTo(pair.distance, 12);
    }
  });

  it("simulates a scenario from the URL: scores, ranks and distances beside today's, nothing written", async () => {
    // The CSV route counts requests per address (rate_limit_bucket); nothing else may change.
    const before = await tableChecksums(db(), { exclude: ONLY_COUNTERS });
    // CHL: P01.2 none → 0 and P02.2 0.5 → 0; P01.1:0.5 is today's score and is dropped; lower case and junk are read or dropped.
    const ctx = await resolveWhatIfView({ search: { economy: "chl", set: "p02.2:0,P01.2:0,P01.1:0.5,P09.9:1,P01.3:2" }, locale: "en" });
    expect(ctx.state).toEqual({ economy: "CHL", set: [{ code: "P01.2", score: 0 }, { code: "P02.2", score: 0 }] });
    const overall = ctx.simulation!.scores.find((s) => s.pillarCode === "ALL")!;
    expect(overall.today.score).toBeCloseTo(4 / 6.5, 12);
    expect(overall.simulated.score).toBeCloseTo(2.5 / 7.5, 12);
    expect([overall.today.rank, overall.simulated.rank, overall.ranked]).toEqual([3, 1, 3]);

    const scores = await csv("regulations/what-if/scores", "?economy=CHL&set=P01.2:0,P02.2:0");
    expect(scores.status).toBe(200);
    const p02 = scores.rows.find((r) => r.pillar_code === "P02")!;
    expect(p02).toMatchObject({ country_iso3: "CHL", "score_today [0 open to 1 restrictive]": "0.625", "score_simulated [0 open to 1 restrictive]": "0.25", rank_today: "2", rank_simulated: "2", scenario: "P01.2:0 P02.2:0" });
    expect(p02["score_change [score points]"]).toBe("-0.375");

    const distances = await csv("regulations/what-if/distances", "?economy=CHL&set=P01.2:0,P02.2:0");
    const arg = distances.rows.find((r) => r.partner_iso3 === "ARG")!;
    expect(arg["distance_today [0 same to 1 opposite]"]).toBe(String(Number((2 / 3).toFixed(6))));
    expect(arg).toMatchObject({ "distance_simulated [0 same to 1 opposite]": "0.5", shared_indicators_today: "3", shared_indicators_simulated: "4" });
    // JPN shares only 2 indicators with CHL: too few for a distance, today and simulated.
    expect(distances.rows.find((r) => r.partner_iso3 === "JPN")).toMatchObject({ "distance_today [0 same to 1 opposite]": "", shared_indicators_simulated: "2" });

    const changes = await csv("regulations/what-if/changes", "?economy=CHL&set=P01.2:0,P02.2:0");
    expect(changes.rows.map((r) => [r.indicator_code, r["score_today [0 open to 1 restrictive]"], r["score_simulated [0 open to 1 restrictive]"]])).toEqual([
      ["P01.2", "", "0"],
      ["P02.2", "0.5", "0"],
    ]);
    expect(await tableChecksums(db(), { exclude: ONLY_COUNTERS })).toEqual(before);
  });

  it("answers 400 naming the parameter when the CSV has no economy to simulate", async () => {
    const response = await csv("regulations/what-if/scores", "?set=P01.1:0");
    expect(response.status).toBe(400);
    expect(response.body).toContain("economy");
  });

  it("gives the path from one economy to another, and to a region, with the what-if link of each step", async () => {
    const pair = await resolvePathsView({ search: { economy: "CHL", to: "arg" }, locale: "en" });
    expect(pair.state).toEqual({ economy: "CHL", to: "ARG" });
    expect(pair.path!.distance).toBeCloseTo(2 / 3, 12);
    const steps = await csv("regulations/paths/steps", "?economy=CHL&to=ARG");
    expect(steps.rows.map((r) => [r.step, r.indicator_code, r["score_today [0 open to 1 restrictive]"], r["score_aligned [0 open to 1 restrictive]"], r["distance_after [0 same to 1 opposite]"]])).toEqual([
      ["1", "P02.1", "1", "0", String(Number((1 / 3).toFixed(6)))],
      ["2", "P01.1", "0.5", "1", String(Number((1 / 6).toFixed(6)))],
      ["3", "P01.3", "1", "0.5", "0"],
    ]);

    // Latin America's other member is ARG (overlap 3): the same path. East Asia shares too little with CHL.
    const latin = await resolvePathsView({ search: { economy: "CHL", to: "latin-america" }, locale: "en" });
    expect(latin.path!.steps.map((s) => s.code)).toEqual(["P02.1", "P01.1", "P01.3"]);
    const east = await resolvePathsView({ search: { economy: "CHL", to: "east-asia" }, locale: "en" });
    expect(east.path).toMatchObject({ distance: null, steps: [], tooLittle: [{ iso3: "JPN", overlap: 2 }] });
    // The path to itself is no path.
    expect((await resolvePathsView({ search: { economy: "CHL", to: "CHL" }, locale: "en" })).state.to).toBe("");
  });
});
