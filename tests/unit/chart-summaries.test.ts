/**
 * Each chart's one-sentence finding, checked against figures worked out by
 * hand, and written with the English, Spanish and Portuguese messages.
 */
import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { summaryTranslator } from "@/lib/core/charts/summary";
import { compareFinding, compareSummary, corridorFinding, corridorSummary, regionsSummary, scatterFinding, scatterSummary, visitsFinding, visitsSummary } from "@/lib/explorer/chart-summaries";
import { coverageFinding, coverageSummary } from "@/lib/home/chart-summary";
import { pillarFinding, pillarSummary } from "@/lib/regulations/chart-summary";
import en from "@/messages/en/charts.json";
import es from "@/messages/es/charts.json";
import pt from "@/messages/pt/charts.json";

const CATALOGUES = { en, es, pt };
function tools(locale: keyof typeof CATALOGUES = "en") {
  return {
    t: summaryTranslator(createTranslator({ locale, messages: CATALOGUES[locale], namespace: "charts" })),
    format: createFormatter({ locale, timeZone: "UTC" }),
  };
}

const months = (year: number, value: number, count = 12) =>
  Array.from({ length: count }, (_, i) => ({ period: `${year}-${String(i + 1).padStart(2, "0")}-01`, value, months: 1 }));

describe("visits trend", () => {
  it("compares the first and last full years of a yearly series", () => {
    const points = [
      { period: "2019-01-01", value: 1000, months: 12 },
      { period: "2020-01-01", value: 1200, months: 12 },
      { period: "2025-01-01", value: 1380, months: 12 },
    ];
    // 1380 / 1000 − 1 = 0.38
    const finding = visitsFinding(points, "year");
    expect(finding).toMatchObject({ kind: "change", from: 2019, to: 2025, fromVisits: 1000, toVisits: 1380 });
    expect(finding.kind === "change" && finding.change).toBeCloseTo(0.38, 10);
    expect(visitsSummary(finding, { ...tools(), scope: "Chile", demo: false })).toBe("Visits to marketplaces in Chile rose 38% from 2019 to 2025.");
  });

  it("leaves out a year with missing months", () => {
    // 2024: 12 × 100 = 1200; 2025: 12 × 90 = 1080 → −10 %; 2026 has only three months and does not count.
    const points = [...months(2024, 100), ...months(2025, 90), ...months(2026, 500, 3)];
    const finding = visitsFinding(points, "month");
    expect(finding).toMatchObject({ kind: "change", from: 2024, to: 2025, fromVisits: 1200, toVisits: 1080 });
    expect(visitsSummary(finding, { ...tools(), scope: "Chile", demo: true })).toBe(
      "Visits to marketplaces in Chile fell 10% from 2024 to 2025 (demonstration data).",
    );
  });

  it("adds up quarters, and a year needs all four", () => {
    const q = (year: number, quarter: number, value: number, m = 3) => ({ period: `${year}-${String(quarter * 3 - 2).padStart(2, "0")}-01`, value, months: m });
    const points = [q(2023, 3, 50), q(2023, 4, 50), q(2024, 1, 10), q(2024, 2, 20), q(2024, 3, 30), q(2024, 4, 40)];
    expect(visitsFinding(points, "quarter")).toEqual({ kind: "single", year: 2024, visits: 100 });
  });

  it("says a single full year is too little for a trend", () => {
    const finding = visitsFinding(months(2025, 1000), "month");
    expect(finding).toEqual({ kind: "single", year: 2025, visits: 12000 });
    expect(visitsSummary(finding, { ...tools(), scope: "Shop.cl", marketplace: true, demo: false })).toBe(
      "Visits to Shop.cl: 12,000 in 2025, the only full year of data, too little to show a trend.",
    );
  });

  it("states no trend without a full year, and an unchanged one as such", () => {
    expect(visitsFinding(months(2025, 10, 5), "month")).toEqual({ kind: "none" });
    expect(visitsSummary({ kind: "none" }, { ...tools(), scope: "Chile", demo: false })).toBe(
      "No full calendar year of visits to marketplaces in Chile yet, so no trend is stated.",
    );
    // 1002 / 1000 − 1 = 0.2 %, rounds to 0 %.
    const flat = visitsFinding([...months(2024, 1000 / 12), ...months(2025, 1002 / 12)], "month");
    expect(visitsSummary(flat, { ...tools(), scope: "Chile", demo: false })).toBe("Visits to marketplaces in Chile were about the same from 2024 to 2025.");
  });

  it("is written for each language", () => {
    const finding = { kind: "change" as const, from: 2019, to: 2025, fromVisits: 1000, toVisits: 2234, change: 1.234 };
    expect(visitsSummary(finding, { ...tools("es"), scope: "Chile", demo: true })).toBe(
      "Las visitas a los marketplaces de Chile aumentaron un 123\u00a0% entre 2019 y 2025 (datos de demostración).",
    );
    expect(visitsSummary(finding, { ...tools("pt"), scope: "Chile", demo: false })).toBe("As visitas a marketplaces em Chile aumentaram 123% de 2019 a 2025.");
  });
});

describe("largest corridor", () => {
  const bars = [
    { label: "Japan → Chile", visits: 600 },
    { label: "Korea → Mexico", visits: 300 },
    { label: "China → Peru", visits: 100 },
  ];

  it("names the largest corridor and its share of those shown", () => {
    // 600 / (600 + 300 + 100) = 60 %
    const finding = corridorFinding(bars);
    expect(finding).toEqual({ label: "Japan → Chile", visits: 600, share: 0.6, count: 3 });
    expect(corridorSummary(finding, { ...tools(), year: 2025, demo: true })).toBe(
      "The largest corridor in 2025 is Japan → Chile, with 600 visits, 60% of the visits in the 3 corridors shown (demonstration data).",
    );
  });

  it("leaves out the share when only one corridor is drawn, and says nothing without visits", () => {
    expect(corridorSummary(corridorFinding([{ label: "Japan → Chile", visits: 1234567 }]), { ...tools(), year: 2025, demo: false })).toBe(
      "The largest corridor in 2025 is Japan → Chile, with 1,234,567 visits.",
    );
    expect(corridorFinding([])).toBeNull();
    expect(corridorFinding([{ label: "Japan → Chile", visits: 0 }])).toBeNull();
    expect(corridorSummary(null, { ...tools(), year: 2025, demo: false })).toBeNull();
  });
});

describe("determinants scatter", () => {
  const yText = (y: number) => y.toFixed(2);

  it("names the economy with the highest measure", () => {
    const finding = scatterFinding([
      { country: "Chile", y: 1.5 },
      { country: "Japan", y: 2.25 },
      { country: "Peru", y: 0.5 },
    ]);
    expect(finding).toEqual({ n: 3, top: ["Japan"], y: 2.25 });
    expect(scatterSummary(finding, { ...tools(), measure: "visits per internet user", year: 2025, yText, demo: false })).toBe(
      "Of the 3 economies shown for 2025, Japan has the highest visits per internet user: 2.25.",
    );
  });

  it("names every economy tied at the top, and one economy on its own", () => {
    const tied = scatterFinding([
      { country: "Chile", y: 2 },
      { country: "Japan", y: 2 },
      { country: "Peru", y: 1 },
    ]);
    expect(tied).toEqual({ n: 3, top: ["Chile", "Japan"], y: 2 });
    expect(scatterSummary(tied, { ...tools(), measure: "visits", year: 2025, yText, demo: true })).toBe(
      "Of the 3 economies shown for 2025, Chile and Japan share the highest visits: 2.00 (demonstration data).",
    );
    expect(scatterSummary(scatterFinding([{ country: "Chile", y: 3 }]), { ...tools(), measure: "visits", year: 2025, yText, demo: false })).toBe(
      "Only one economy has data for 2025: Chile, with visits of 3.00.",
    );
    expect(scatterFinding([])).toBeNull();
  });
});

describe("pillar scores", () => {
  it("names the most restrictive and the most open pillar", () => {
    const finding = pillarFinding([
      { code: "P01", name: "Tariffs", score: 0.25 },
      { code: "P02", name: "Data flows", score: 0.8 },
      { code: "P03", name: "Payments", score: 0.1 },
    ]);
    expect(finding).toMatchObject({ kind: "range", n: 3, high: [{ code: "P02" }], low: [{ code: "P03" }] });
    expect(pillarSummary(finding, { ...tools(), economy: "Chile" })).toBe(
      "Of the 3 scored pillars, Chile is most restrictive in P02 Data flows (0.80) and most open in P03 Payments (0.10).",
    );
    expect(pillarSummary(finding, { ...tools("es"), economy: "Chile" })).toBe(
      "De los 3 pilares con puntaje, Chile es más restrictiva en P02 Data flows (0,80) y más abierta en P03 Payments (0,10).",
    );
  });

  it("does not pick a pillar among equal scores, and says nothing without scores", () => {
    const equal = pillarFinding([
      { code: "P01", name: "Tariffs", score: 0.5 },
      { code: "P02", name: "Data flows", score: 0.5 },
    ]);
    expect(equal).toEqual({ kind: "equal", n: 2, score: 0.5 });
    expect(pillarSummary(equal, { ...tools(), economy: "Chile" })).toBe("Chile scores 0.50 in all 2 scored pillars.");
    expect(pillarSummary(pillarFinding([{ code: "P01", name: "Tariffs", score: 0 }]), { ...tools("pt"), economy: "Chile" })).toBe(
      "Chile tem pontuação em um só pilar: 0,00.",
    );
    expect(pillarFinding([])).toBeNull();
  });
});

describe("home page charts", () => {
  it("puts two regions' trends in one sentence when they cover the same years", () => {
    // East Asia 2000 → 2500: +25 %; Latin America 1000 → 900: −10 %.
    const regions = [
      { scope: "East Asia", finding: visitsFinding([{ period: "2019-01-01", value: 2000, months: 12 }, { period: "2025-01-01", value: 2500, months: 12 }], "year") },
      { scope: "Latin America", finding: visitsFinding([{ period: "2019-01-01", value: 1000, months: 12 }, { period: "2025-01-01", value: 900, months: 12 }], "year") },
    ];
    expect(regionsSummary(regions, { ...tools(), demo: true })).toBe(
      "Visits to marketplaces in East Asia rose 25% and in Latin America fell 10% from 2019 to 2025 (demonstration data).",
    );
    // Different years: each region's own sentence.
    const apart = [regions[0], { scope: "Latin America", finding: visitsFinding([{ period: "2025-01-01", value: 900, months: 12 }], "year") }];
    expect(regionsSummary(apart, { ...tools(), demo: false })).toBe(
      "Visits to marketplaces in East Asia rose 25% from 2019 to 2025. Visits to marketplaces in Latin America: 900 in 2025, the only full year of data, too little to show a trend.",
    );
  });

  it("adds up the regions' coverage", () => {
    const finding = coverageFinding([
      { members: 16, withRegulation: 3, withPolicies: 1 },
      { members: 20, withRegulation: 5, withPolicies: 4 },
    ]);
    expect(finding).toEqual({ members: 36, withRegulation: 8, withPolicies: 5 });
    expect(coverageSummary(finding, tools())).toBe(
      "Of the 36 member economies, 8 have regulation entries with data and 5 have published MSME policy measures.",
    );
    expect(coverageSummary(coverageFinding([{ members: 2, withRegulation: 1, withPolicies: 0 }]), tools("pt"))).toBe(
      "Das 2 economias-membros, 1 tem entradas de regulação com dados e nenhuma tem medidas de política para MPMEs publicadas.",
    );
    expect(coverageFinding([])).toBeNull();
  });
});

describe("compare chart", () => {
  it("names the item highest in the latest period every series draws", () => {
    const series = [
      { label: "Brazil", points: [{ period: "2024-01-01", value: 500 }, { period: "2025-01-01", value: 700 }, { period: "2026-01-01", value: 900 }] },
      { label: "Chile", points: [{ period: "2024-01-01", value: 800 }, { period: "2025-01-01", value: 650 }] },
    ];
    // 2026 is Brazil's alone; in 2025 Brazil 700 > Chile 650.
    const finding = compareFinding(series);
    expect(finding).toEqual({ period: "2025-01-01", top: ["Brazil"], value: 700 });
    expect(
      compareSummary(finding, { ...tools(), measure: "visits", periodText: (p) => p.slice(0, 4), valueText: (v) => String(v), demo: true }),
    ).toBe("In 2025, the latest period shown for all of them, Brazil had the highest visits: 700 (demonstration data).");
  });

  it("says nothing with fewer than two drawn series or no shared period", () => {
    expect(compareFinding([{ label: "Brazil", points: [{ period: "2025-01-01", value: 1 }] }])).toBeNull();
    expect(
      compareFinding([
        { label: "Brazil", points: [{ period: "2025-01-01", value: 1 }] },
        { label: "Chile", points: [{ period: "2024-01-01", value: 1 }] },
      ]),
    ).toBeNull();
  });
});
