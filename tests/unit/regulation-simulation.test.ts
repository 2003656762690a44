/**
 * The what-if simulator and the paths to similarity against figures worked
 * out by hand. The table is the regulation fixture's scored entries
 * (tests/helpers/regulation-fixture.ts): P01.1 w=2, P01.2 w=1, P01.3 w=0.5 |
 * P02.1 w=1, P02.2 w=3; ARG 1, 0, 0.5 | 0, –; CHL 0.5, –, 1 | 1, 0.5;
 * JPN 0, –, – | –, 1; KOR nothing.
 */
import { describe, expect, it } from "vitest";
import { distanceBetween, economyScores, rankAmong, withChanges, type ScoreTable } from "@/lib/regulations/simulation/model";
import { pathToSimilarity } from "@/lib/regulations/simulation/paths";
import { effectiveChanges, OVERALL, simulate } from "@/lib/regulations/simulation/what-if";

const FIXTURE: ScoreTable = {
  indicators: [
    { code: "P01.1", pillarCode: "P01", weight: 2 },
    { code: "P01.2", pillarCode: "P01", weight: 1 },
    { code: "P01.3", pillarCode: "P01", weight: 0.5 },
    { code: "P02.1", pillarCode: "P02", weight: 1 },
    { code: "P02.2", pillarCode: "P02", weight: 3 },
  ],
  economies: [
    { iso3: "JPN", regionCode: "EAST_ASIA" },
    { iso3: "KOR", regionCode: "EAST_ASIA" },
    { iso3: "ARG", regionCode: "LATIN_AMERICA" },
    { iso3: "CHL", regionCode: "LATIN_AMERICA" },
  ],
  scores: new Map([
    ["ARG", new Map([["P01.1", 1], ["P01.2", 0], ["P01.3", 0.5], ["P02.1", 0]])],
    ["CHL", new Map([["P01.1", 0.5], ["P01.3", 1], ["P02.1", 1], ["P02.2", 0.5]])],
    ["JPN", new Map([["P01.1", 0], ["P02.2", 1]])],
  ]),
};

const row = (sim: ReturnType<typeof simulate>, code: string) => sim.scores.find((s) => s.pillarCode === code)!;

describe("the regulation method in memory", () => {
  it("gives the weighted pillar and overall scores, ranks and distances worked out by hand", () => {
    const chl = economyScores(FIXTURE, "CHL");
    expect(chl.pillars.get("P01")).toEqual({ score: 1.5 / 2.5, scored: 2, total: 3 });
    expect(chl.pillars.get("P02")).toEqual({ score: 2.5 / 4, scored: 2, total: 2 });
    expect(chl.overall).toEqual({ score: 4 / 6.5, scored: 4, total: 5 });
    expect(economyScores(FIXTURE, "KOR").overall).toEqual({ score: null, scored: 0, total: 5 });
    expect(rankAmong(0.6, [0, 0.6, 0.642857, null])).toBe(2);
    expect(rankAmong(0.6, [0.6, 0.6, 1])).toBe(1);
    expect(rankAmong(null, [0, 1])).toBeNull();
    expect(distanceBetween(FIXTURE.scores.get("ARG")!, FIXTURE.scores.get("CHL")!)).toEqual({ distance: 2 / 3, overlap: 3 });
    expect(distanceBetween(FIXTURE.scores.get("CHL")!, new Map())).toBeNull();
  });

  it("changes only the simulated economy, and only in memory", () => {
    const after = withChanges(FIXTURE, "CHL", [{ code: "P02.2", score: 0 }]);
    expect(after.scores.get("CHL")!.get("P02.2")).toBe(0);
    expect(FIXTURE.scores.get("CHL")!.get("P02.2")).toBe(0.5);
    expect(after.scores.get("ARG")).toBe(FIXTURE.scores.get("ARG"));
  });
});

describe("what-if simulator", () => {
  // CHL opens P02.2 (0.5 → 0) and gains a score on P01.2 (none → 0).
  const sim = simulate(FIXTURE, "CHL", [{ code: "P01.2", score: 0 }, { code: "P02.2", score: 0 }]);

  it("recomputes pillar and overall scores and ranks beside today's", () => {
    expect(row(sim, "P01").today).toEqual({ score: 0.6, scored: 2, total: 3, rank: 2 });
    expect(row(sim, "P01").simulated.score).toBeCloseTo(1.5 / 3.5, 12);
    expect(row(sim, "P01").simulated).toMatchObject({ scored: 3, rank: 2 });
    expect(row(sim, "P02").today).toMatchObject({ score: 0.625, rank: 2 });
    expect(row(sim, "P02").simulated).toMatchObject({ score: 0.25, rank: 2 });
    expect(row(sim, OVERALL).today).toMatchObject({ score: 4 / 6.5, rank: 3 });
    expect(row(sim, OVERALL).simulated.score).toBeCloseTo(2.5 / 7.5, 12);
    expect(row(sim, OVERALL).simulated.rank).toBe(1);
    expect(row(sim, OVERALL).ranked).toBe(3);
    expect(sim.scores.map((s) => s.pillarCode)).toEqual(["P01", "P02", OVERALL]);
  });

  it("gives the distance to every other member, today and simulated, with the overlap", () => {
    const by = new Map(sim.distances.map((d) => [d.iso3, d]));
    expect([...by.keys()]).toEqual(["JPN", "KOR", "ARG"]);
    expect(by.get("ARG")).toMatchObject({ today: { distance: 2 / 3, overlap: 3 }, simulated: { distance: 0.5, overlap: 4 } });
    expect(by.get("JPN")).toMatchObject({ today: { distance: 0.5, overlap: 2 }, simulated: { distance: 0.75, overlap: 2 } });
    expect(by.get("KOR")).toMatchObject({ today: null, simulated: null });
  });

  it("keeps one change per indicator, the last, drops those that change nothing, in the indicators' order", () => {
    expect(
      effectiveChanges(FIXTURE, "CHL", [
        { code: "P02.2", score: 1 },
        { code: "P01.1", score: 0.5 },
        { code: "P02.2", score: 0 },
        { code: "P01.2", score: 1 },
      ]),
    ).toEqual([
      { code: "P01.2", score: 1 },
      { code: "P02.2", score: 0 },
    ]);
  });
});

describe("paths to similarity", () => {
  it("for a pair: the differing shared indicators, largest reduction first, and the distance after each step", () => {
    const path = pathToSimilarity(FIXTURE, "CHL", ["ARG"]);
    expect(path.distance).toBeCloseTo(2 / 3, 12);
    expect(path.counted).toEqual([{ iso3: "ARG", distance: 2 / 3, overlap: 3 }]);
    expect(path.steps.map((s) => [s.code, s.from, s.to])).toEqual([
      ["P02.1", 1, 0],
      ["P01.1", 0.5, 1],
      ["P01.3", 1, 0.5],
    ]);
    expect(path.steps.map((s) => s.reduction)).toEqual([expect.closeTo(1 / 3, 12), expect.closeTo(1 / 6, 12), expect.closeTo(1 / 6, 12)]);
    expect(path.steps.map((s) => s.distanceAfter)).toEqual([expect.closeTo(1 / 3, 12), expect.closeTo(1 / 6, 12), expect.closeTo(0, 12)]);
  });

  it("leaves out partners that share too few indicators, and has no path when none is left", () => {
    const path = pathToSimilarity(FIXTURE, "CHL", ["JPN", "KOR"]);
    expect(path).toMatchObject({ distance: null, counted: [], tooLittle: [{ iso3: "JPN", overlap: 2 }], steps: [] });
  });

  it("for a region: the score that brings the economy closest to the members together", () => {
    // X against Y (overlap 3, distance 1/3) and Z (overlap 4, distance 3/4): mean 13/24.
    // A: both members score 1 → X's 0 becomes 1, lowering the mean by (1/3 + 1/4)/2 = 7/24.
    // B and C: the members disagree and X's score is already the best; D: X agrees with Z.
    const table: ScoreTable = {
      indicators: ["A", "B", "C", "D"].map((code) => ({ code, pillarCode: "P", weight: 1 })),
      economies: ["X", "Y", "Z"].map((iso3) => ({ iso3, regionCode: "R" })),
      scores: new Map([
        ["X", new Map([["A", 0], ["B", 0], ["C", 1], ["D", 0.5]])],
        ["Y", new Map([["A", 1], ["B", 0], ["C", 1]])],
        ["Z", new Map([["A", 1], ["B", 1], ["C", 0], ["D", 0.5]])],
      ]),
    };
    const path = pathToSimilarity(table, "X", ["X", "Y", "Z"]);
    expect(path.counted.map((p) => p.iso3)).toEqual(["Y", "Z"]);
    expect(path.distance).toBeCloseTo(13 / 24, 12);
    expect(path.steps).toEqual([
      { code: "A", pillarCode: "P", from: 0, to: 1, partnerScore: 1, partnersScored: 2, reduction: expect.closeTo(7 / 24, 12), distanceAfter: expect.closeTo(0.25, 12) },
    ]);
  });
});
