import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as viewCsv } from "@/app/api/csv/[...path]/route";
import { GET as datasetCsv } from "@/app/api/downloads/[dataset]/route";
import { getOverallScores, getPillarRanking, getPillarScores } from "@/lib/regulations/queries/scores";
import { getPairDistances } from "@/lib/regulations/queries/similarity";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/** A view's CSV card as records (header → value). */
async function cardRows(path: string, query = ""): Promise<Array<Record<string, string>>> {
  const response = await viewCsv(new Request(`http://portal.test/api/csv/${path}${query}`), { params: Promise.resolve({ path: path.split("/") }) });
  expect(response.status).toBe(200);
  return parse(await response.text(), { columns: true, bom: true }) as Array<Record<string, string>>;
}

describe("regulation scores and distances (hand-computed on the fixture)", () => {
  useScratchDatabase(async (db) => {
    await loadRegulationFixture(db);
  });

  it("computes each pillar score as the weighted mean of the scored entries, with what it rests on", async () => {
    const rows = await getPillarScores();
    const byKey = Object.fromEntries(rows.map((r) => [`${r.iso3} ${r.pillarCode}`, r]));
    // ARG P01: (2·1 + 1·0 + 0.5·0.5) / (2 + 1 + 0.5) = 2.25 / 3.5
    expect(byKey["ARG P01"].score).toBeCloseTo(2.25 / 3.5, 10);
    expect(byKey["ARG P01"]).toMatchObject({ scored: 3, total: 3 });
    // ARG P02: only P02.1 (0) is scored; the NO_DATA entry is left out, not counted as 0.
    expect(byKey["ARG P02"]).toMatchObject({ score: 0, scored: 1, total: 2 });
    // CHL P01: P01.2 has a status but no score, so it is left out: (2·0.5 + 0.5·1) / (2 + 0.5) = 0.6
    expect(byKey["CHL P01"].score).toBeCloseTo(0.6, 10);
    expect(byKey["CHL P01"]).toMatchObject({ scored: 2, total: 3 });
    // CHL P02: (1·1 + 3·0.5) / (1 + 3) = 0.625
    expect(byKey["CHL P02"]).toMatchObject({ score: 0.625, scored: 2, total: 2 });
    expect(byKey["JPN P01"]).toMatchObject({ score: 0, scored: 1, total: 3 });
    expect(byKey["JPN P02"]).toMatchObject({ score: 1, scored: 1, total: 2 });
    // No entries: no score, not 0.
    expect(byKey["KOR P01"]).toMatchObject({ score: null, scored: 0, total: 3 });
    // Non-members are not covered.
    expect(rows.some((r) => r.iso3 === "USA")).toBe(false);
    expect(rows).toHaveLength(4 * 2);
  });

  it("computes the overall score over all scored indicators, not as a mean of pillar means", async () => {
    const byIso = Object.fromEntries((await getOverallScores()).map((r) => [r.iso3, r]));
    // ARG: (2·1 + 1·0 + 0.5·0.5 + 1·0) / (2 + 1 + 0.5 + 1) = 2.25 / 4.5
    expect(byIso.ARG).toMatchObject({ score: 0.5, scored: 4, total: 5 });
    // CHL: (2·0.5 + 0.5·1 + 1·1 + 3·0.5) / (2 + 0.5 + 1 + 3) = 4 / 6.5
    expect(byIso.CHL.score).toBeCloseTo(4 / 6.5, 10);
    expect(byIso.CHL).toMatchObject({ scored: 4, total: 5 });
    // JPN: (2·0 + 3·1) / (2 + 3) = 0.6 — the mean of its pillar scores would be 0.5.
    expect(byIso.JPN.score).toBeCloseTo(0.6, 10);
    expect(byIso.KOR).toMatchObject({ score: null, scored: 0 });
  });

  it("ranks economies on a pillar, most open first, unscored last, and filters by region", async () => {
    const ranking = await getPillarRanking("P01", null, "en");
    expect(ranking.map((r) => [r.iso3, r.rank])).toEqual([["JPN", 1], ["CHL", 2], ["ARG", 3], ["KOR", null]]);
    const eastAsia = await getPillarRanking("P01", "EAST_ASIA", "en");
    expect(eastAsia.map((r) => r.iso3)).toEqual(["JPN", "KOR"]);
  });

  it("gives pairwise distances as the mean absolute difference over shared scored indicators, with the overlap", async () => {
    const pairs = await getPairDistances();
    // ARG–CHL share P01.1 (|1−0.5|), P01.3 (|0.5−1|), P02.1 (|0−1|): (0.5 + 0.5 + 1) / 3.
    // ARG–JPN share P01.1 only: |1−0| = 1. CHL–JPN share P01.1 (0.5) and P02.2 (|0.5−1|): 0.5.
    // KOR has no scores and USA is not a member: no pairs.
    expect(pairs.map((p) => ({ ...p, distance: Number(p.distance.toFixed(6)) }))).toEqual([
      { a: "ARG", b: "CHL", distance: Number((2 / 3).toFixed(6)), overlap: 3 },
      { a: "ARG", b: "JPN", distance: 1, overlap: 1 },
      { a: "CHL", b: "JPN", distance: 0.5, overlap: 2 },
    ]);
  });

  it("downloads the same pillar and overall scores as the pages show, with what each rests on", async () => {
    const response = await datasetCsv(new Request("http://portal.test/api/downloads/regulation-scores.csv?countries=ARG,CHL,KOR"), {
      params: Promise.resolve({ dataset: "regulation-scores.csv" }),
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    expect(header.slice(3)).toEqual(["pillar_code", "pillar", "score [0 open to 1 restrictive]", "indicators_scored [indicators]", "indicators_total [indicators]"]);
    const got = Object.fromEntries(rows.map((r) => [`${r[0]} ${r[3]}`, { score: r[5] === "" ? null : Number(r[5]), scored: Number(r[6]), total: Number(r[7]) }]));
    expect(Object.keys(got)).toHaveLength(3 * 3);
    for (const p of await getPillarScores({ economies: ["ARG", "CHL", "KOR"] })) {
      expect(got[`${p.iso3} ${p.pillarCode}`]).toEqual({ score: p.score, scored: p.scored, total: p.total });
    }
    for (const o of await getOverallScores({ economies: ["ARG", "CHL", "KOR"] })) {
      expect(got[`${o.iso3} ALL`]).toEqual({ score: o.score, scored: o.scored, total: o.total });
    }
    expect(got["ARG ALL"]).toEqual({ score: 0.5, scored: 4, total: 5 });
    expect(got["KOR P01"]).toEqual({ score: null, scored: 0, total: 3 });
    expect(got["ARG P01"].score).toBeCloseTo(2.25 / 3.5, 10);
  });

  it("gives the same scores in the page query, the views' CSV cards and the dataset", async () => {
    const economies = ["ARG", "CHL", "JPN", "KOR"];
    const figure = (score: string) => (score === "" ? null : Number(score));
    const key = (iso3: string, pillar: string) => `${iso3} ${pillar}`;
    const fromPages = new Map<string, unknown>();
    for (const p of await getPillarScores({ economies })) fromPages.set(key(p.iso3, p.pillarCode), { score: p.score, scored: p.scored });
    for (const o of await getOverallScores({ economies })) fromPages.set(key(o.iso3, "ALL"), { score: o.score, scored: o.scored });

    const dataset = parse(await (await datasetCsv(new Request(`http://portal.test/api/downloads/regulation-scores.csv?countries=${economies.join(",")}`), {
      params: Promise.resolve({ dataset: "regulation-scores.csv" }),
    })).text(), { bom: true }) as string[][];
    const fromDataset = new Map(dataset.slice(1).map((r) => [key(r[0], r[3]), { score: figure(r[5]), scored: Number(r[6]) }]));

    // The economy profile's scores card, and the compare view's (one column pair per economy, the overall as ALL).
    const fromCards = new Map<string, unknown>();
    for (const iso3 of economies) {
      for (const r of await cardRows(`regulations/economy/${iso3.toLowerCase()}/scores`)) {
        fromCards.set(key(iso3, r.pillar_code), { score: figure(r["score [0 open to 1 restrictive]"]), scored: Number(r["indicators_scored [indicators]"]) });
      }
    }
    const compared = await cardRows(`regulations/compare/scores`, `?economies=${economies.join(",")}`);
    for (const r of compared) {
      for (const iso3 of economies) {
        const code = iso3.toLowerCase();
        const figures = { score: figure(r[`score_${code} [0 open to 1 restrictive]`]), scored: Number(r[`indicators_scored_${code} [indicators]`]) };
        if (r.pillar_code === "ALL") fromCards.set(key(iso3, "ALL"), figures);
        else expect(figures).toEqual(fromCards.get(key(iso3, r.pillar_code)));
      }
    }

    expect(fromPages.size).toBe(economies.length * 3);
    expect(Object.fromEntries(fromDataset)).toEqual(Object.fromEntries(fromPages));
    expect(Object.fromEntries(fromCards)).toEqual(Object.fromEntries(fromPages));
  });
});
