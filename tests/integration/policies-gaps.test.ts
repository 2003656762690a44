import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { getGapMatrix, getPeerBenchmark, type GapRow } from "@/lib/policies/queries/gaps";
import { isGap, peerStatement } from "@/lib/policies/peer-statement";
import { loadMessages } from "@/messages";
import { loadPolicyInventoryFixture } from "@/tests/helpers/policy-inventory-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/** Rows as [iso3, total, counts in column order]. */
const cells = (rows: GapRow[], columns: string[]) => rows.map((r) => [r.iso3, r.total, columns.map((c) => r.counts[c])]);
const INSTRUMENTS = ["training", "financing", "portal"];
const TARGETS = ["all-msmes", "women", "digital-exporters"];

describe("policy gap analysis", () => {
  useScratchDatabase(async (db) => {
    await loadPolicyInventoryFixture(db);
  });

  it("counts published policies per FEALAC member and instrument type, members without any included", async () => {
    const rows = await getGapMatrix("instrument", { region: null });
    // East Asia first, then Latin America; the United States (not a member) is not a row;
    // Chile's draft and Peru's archived policy count nowhere.
    expect(cells(rows, INSTRUMENTS)).toEqual([
      ["JPN", 1, [0, 0, 1]],
      ["KOR", 1, [1, 0, 0]],
      ["THA", 0, [0, 0, 0]],
      ["ARG", 0, [0, 0, 0]],
      ["CHL", 2, [1, 1, 0]],
      ["MEX", 1, [0, 1, 0]],
      ["PER", 1, [1, 0, 1]], // one policy of two types: in both columns, once in the total
    ]);
  });

  it("filters by region, hides empty rows on request and keeps a benchmarked economy whatever the filters", async () => {
    const latin = await getGapMatrix("target", { region: "LATIN_AMERICA" });
    expect(cells(latin, TARGETS)).toEqual([
      ["ARG", 0, [0, 0, 0]],
      ["CHL", 2, [1, 1, 1]],
      ["MEX", 1, [1, 0, 0]],
      ["PER", 1, [0, 1, 0]],
    ]);
    const hidden = await getGapMatrix("target", { region: null, hideEmpty: true });
    expect(hidden.map((r) => r.iso3)).toEqual(["JPN", "KOR", "CHL", "MEX", "PER"]);
    const kept = await getGapMatrix("target", { region: "EAST_ASIA", hideEmpty: true, include: "ARG" });
    expect(kept.map((r) => r.iso3)).toEqual(["JPN", "KOR", "ARG"]);
  });

  it("benchmarks an economy against the other FEALAC members of the region", async () => {
    const mexico = await getPeerBenchmark("target", { region: "LATIN_AMERICA", include: "MEX" });
    // Peers: Argentina, Chile, Peru.
    expect(mexico).toEqual([
      { slug: "all-msmes", peersWithMeasures: 1, peers: 3, own: 1 },
      { slug: "women", peersWithMeasures: 2, peers: 3, own: 0 },
      { slug: "digital-exporters", peersWithMeasures: 1, peers: 3, own: 0 }, // Chile; not Chile's draft nor Peru's archived one
    ]);
    expect(mexico.filter(isGap).map((r) => r.slug)).toEqual(["women", "digital-exporters"]);

    // Both regions: six peers; the United States is no peer.
    const argentina = await getPeerBenchmark("target", { region: null, include: "ARG" });
    expect(argentina.find((r) => r.slug === "digital-exporters")).toEqual({ slug: "digital-exporters", peersWithMeasures: 2, peers: 6, own: 0 });

    // An economy outside the chosen region is compared with that region's members.
    const chile = await getPeerBenchmark("instrument", { region: "EAST_ASIA", include: "CHL" });
    expect(chile).toEqual([
      { slug: "training", peersWithMeasures: 1, peers: 3, own: 1 },
      { slug: "financing", peersWithMeasures: 0, peers: 3, own: 1 },
      { slug: "portal", peersWithMeasures: 1, peers: 3, own: 0 },
    ]);
  });

  it("states the benchmark per column in words", async () => {
    const [, , digital] = await getPeerBenchmark("target", { region: "LATIN_AMERICA", include: "MEX" });
    const en = createTranslator({ locale: "en", messages: await loadMessages("en"), namespace: "policies" });
    const es = createTranslator({ locale: "es", messages: await loadMessages("es"), namespace: "policies" });
    const statement = (locale: "en" | "es", name: string) => {
      const { key, values } = peerStatement("target", name, digital, locale);
      return (locale === "en" ? en : es)(key, values);
    };
    expect(statement("en", "Digital exporters")).toBe("Peers with measures targeting digital exporters: 1 of 3; this economy: none");
    expect(statement("es", "Exportadores digitales")).toBe("Pares con medidas dirigidas a exportadores digitales: 1 de 3; esta economía: ninguna");

    const [allMsmes] = await getPeerBenchmark("target", { region: "LATIN_AMERICA", include: "MEX" });
    const { key, values } = peerStatement("target", "All MSMEs", allMsmes, "en");
    expect(en(key, values)).toBe("Peers with measures targeting all MSMEs: 1 of 3; this economy: 1 measure");
  });
});
