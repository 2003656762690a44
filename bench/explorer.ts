/**
 * How fast the Marketplace Explorer's queries answer at 10× the demo volume
 * (each marketplace cloned ten times: ~1,560 marketplaces, ~147,000 monthly
 * rows). Each figure is the median of 7 runs after a warm-up, beside a raw
 * PostgreSQL baseline: one scan summing every traffic row.
 *
 *   npm run bench:explorer            (embedded PostgreSQL, or DATABASE_URL)
 *   BENCH_FACTOR=1 npm run bench:explorer   (the demo volume)
 */
import { getCorridor } from "@/lib/explorer/queries/corridor";
import { getMarketplaceRanking, getOriginShares, getVisitorProfile } from "@/lib/explorer/queries/country";
import { getDeterminants } from "@/lib/explorer/queries/determinants";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getMonthlyGrowth, getRankInCountry } from "@/lib/explorer/queries/marketplace";
import { getCompleteYears, getCountryRanking, getOriginComposition, getTopMarketplaces, getVisitSeries } from "@/lib/explorer/queries/region-overview";
import { median, scaledDemoDatabase } from "./helpers";

const factor = Number(process.env.BENCH_FACTOR ?? 10);

async function main() {
  console.log(`Loading the demo data and scaling it ${factor}× …`);
  const bench = await scaledDemoDatabase(factor);
  process.env.DATABASE_URL = bench.url; // the data functions use the app's own client
  try {
    const [{ rows }] = await bench.db.$queryRaw<Array<{ rows: number }>>`SELECT count(*)::int AS rows FROM traffic_monthly`;
    const marketplaces = await bench.db.marketplace.count();
    const year = (await getCompleteYears({}))[0];
    const sample = await bench.db.marketplace.findFirstOrThrow({ where: { countryIso3: "BRA" }, orderBy: { id: "asc" } });
    console.log(`${marketplaces} marketplaces, ${rows} monthly rows; year ${year}.\n`);

    const baseline = await median(() => bench.db.$queryRaw`SELECT sum(visits) FROM traffic_monthly`);
    const cases: Array<[string, () => Promise<unknown>]> = [
      ["region: monthly series (all FEALAC)", () => getVisitSeries({}, "month")],
      ["region: quarterly series (Latin America)", () => getVisitSeries({ region: "LATIN_AMERICA" }, "quarter")],
      ["region: country ranking with growth, top-3, HHI", () => getCountryRanking({}, year)],
      ["region: top 10 marketplaces", () => getTopMarketplaces({}, year, 10)],
      ["region: origin composition", () => getOriginComposition({}, year)],
      ["country: marketplace ranking with sparklines (BRA)", () => getMarketplaceRanking({ country: "BRA" }, year)],
      ["country: origin shares (BRA)", () => getOriginShares({ country: "BRA" }, year)],
      ["country: age profile (BRA)", () => getVisitorProfile({ country: "BRA" }, year, "age")],
      ["country: filtered series (BRA, goods, transactional)", () => getVisitSeries({ country: "BRA", characteristics: { sector: "GOODS", transactional: true } }, "month")],
      ["marketplace: monthly growth (MoM, YoY)", () => getMonthlyGrowth(sample.id)],
      ["marketplace: rank in country", () => getRankInCountry(sample.id, year)],
      ["corridor: East Asia → Latin America", () => getCorridor("east-asia-to-latin-america", year)],
      ["determinants: visits per internet user × account ownership", () => getDeterminants("visits-per-internet-user", "FX.OWN.TOTL.ZS", year)],
    ];
    console.log(`${"query".padEnd(60)} ${"median ms".padStart(10)} ${"× baseline".padStart(11)}`);
    console.log(`${"baseline: SELECT sum(visits) FROM traffic_monthly".padEnd(60)} ${baseline.toFixed(1).padStart(10)} ${"1.0".padStart(11)}`);
    for (const [label, work] of cases) {
      const ms = await median(work);
      console.log(`${label.padEnd(60)} ${ms.toFixed(1).padStart(10)} ${(ms / baseline).toFixed(1).padStart(11)}`);
    }

    // The annual aggregate (marketplace_year_visits): each data function that reads it beside
    // hand-written SQL giving the same result from the same table, and the raw scan it replaces.
    const db = bench.db;
    const aggregates: Array<[string, () => Promise<unknown>, () => Promise<unknown>, () => Promise<unknown>]> = [
      [
        "top 10 marketplaces",
        () => getTopMarketplaces({}, year, 10),
        () => db.$queryRaw`SELECT m.slug, a.visits FROM marketplace_year_visits a JOIN marketplace m ON m.id = a.marketplace_id
                           JOIN country c ON c.iso3 = m.country_iso3 WHERE c.is_fealac_member AND a.year = ${year} ORDER BY a.visits DESC LIMIT 10`,
        () => db.$queryRaw`SELECT m.slug, sum(t.visits) AS v FROM traffic_monthly t JOIN marketplace m ON m.id = t.marketplace_id
                           JOIN country c ON c.iso3 = m.country_iso3 WHERE c.is_fealac_member AND t.month >= make_date(${year}::int, 1, 1)
                           AND t.month < make_date(${year}::int + 1, 1, 1) GROUP BY m.slug ORDER BY v DESC LIMIT 10`,
      ],
      [
        "country totals, this year and the year before",
        () => getCountryRanking({}, year),
        () => db.$queryRaw`SELECT m.country_iso3, sum(a.visits) FILTER (WHERE a.year = ${year}), sum(a.visits) FILTER (WHERE a.year = ${year - 1})
                           FROM marketplace_year_visits a JOIN marketplace m ON m.id = a.marketplace_id JOIN country c ON c.iso3 = m.country_iso3
                           WHERE c.is_fealac_member AND a.year IN (${year - 1}, ${year}) GROUP BY 1`,
        () => db.$queryRaw`SELECT m.country_iso3, sum(t.visits) FROM traffic_monthly t JOIN marketplace m ON m.id = t.marketplace_id
                           JOIN country c ON c.iso3 = m.country_iso3 WHERE c.is_fealac_member AND t.month >= make_date(${year - 1}::int, 1, 1)
                           AND t.month < make_date(${year}::int + 1, 1, 1) GROUP BY 1`,
      ],
      [
        "corridor (annual visits × origin shares)",
        () => getCorridor("east-asia-to-latin-america", year),
        () => db.$queryRaw`SELECT m.country_iso3, o.origin, sum(a.visits * o.share) FROM marketplace_year_visits a
                           JOIN marketplace m ON m.id = a.marketplace_id JOIN country c ON c.iso3 = m.country_iso3
                           JOIN origin_share o ON o.marketplace_id = a.marketplace_id AND o.year = a.year
                           JOIN country oc ON oc.iso3 = o.origin
                           WHERE c.region_code = 'LATIN_AMERICA' AND oc.region_code = 'EAST_ASIA' AND a.year = ${year} GROUP BY 1, 2`,
        () => db.$queryRaw`WITH v AS (SELECT t.marketplace_id, sum(t.visits) AS visits FROM traffic_monthly t
                           WHERE t.month >= make_date(${year}::int, 1, 1) AND t.month < make_date(${year}::int + 1, 1, 1) GROUP BY 1)
                           SELECT m.country_iso3, o.origin, sum(v.visits * o.share) FROM v JOIN marketplace m ON m.id = v.marketplace_id
                           JOIN country c ON c.iso3 = m.country_iso3 JOIN origin_share o ON o.marketplace_id = v.marketplace_id AND o.year = ${year}
                           JOIN country oc ON oc.iso3 = o.origin WHERE c.region_code = 'LATIN_AMERICA' AND oc.region_code = 'EAST_ASIA' GROUP BY 1, 2`,
      ],
    ];
    // The monthly aggregate (country_month_visits), the same way.
    const monthly: typeof aggregates = [
      [
        "monthly series (all FEALAC)",
        () => getVisitSeries({}, "month"),
        () => db.$queryRaw`SELECT a.month, sum(a.visits) FROM country_month_visits a JOIN country c ON c.iso3 = a.country_iso3
                           WHERE c.is_fealac_member GROUP BY 1 ORDER BY 1`,
        () => db.$queryRaw`SELECT t.month, sum(t.visits) FROM traffic_monthly t JOIN marketplace m ON m.id = t.marketplace_id
                           JOIN country c ON c.iso3 = m.country_iso3 WHERE c.is_fealac_member GROUP BY 1 ORDER BY 1`,
      ],
      [
        "quarterly series (Latin America)",
        () => getVisitSeries({ region: "LATIN_AMERICA" }, "quarter"),
        () => db.$queryRaw`SELECT date_trunc('quarter', a.month), sum(a.visits), count(DISTINCT a.month) FROM country_month_visits a
                           JOIN country c ON c.iso3 = a.country_iso3 WHERE c.is_fealac_member AND c.region_code = 'LATIN_AMERICA' GROUP BY 1 ORDER BY 1`,
        () => db.$queryRaw`SELECT date_trunc('quarter', t.month), sum(t.visits), count(DISTINCT t.month) FROM traffic_monthly t
                           JOIN marketplace m ON m.id = t.marketplace_id JOIN country c ON c.iso3 = m.country_iso3
                           WHERE c.is_fealac_member AND c.region_code = 'LATIN_AMERICA' GROUP BY 1 ORDER BY 1`,
      ],
      [
        "complete years (all FEALAC)",
        () => getCompleteYears({}),
        () => db.$queryRaw`SELECT extract(year FROM a.month) FROM country_month_visits a JOIN country c ON c.iso3 = a.country_iso3
                           WHERE c.is_fealac_member GROUP BY 1 HAVING count(DISTINCT a.month) = 12 ORDER BY 1 DESC`,
        () => db.$queryRaw`SELECT extract(year FROM t.month) FROM traffic_monthly t JOIN marketplace m ON m.id = t.marketplace_id
                           JOIN country c ON c.iso3 = m.country_iso3 WHERE c.is_fealac_member GROUP BY 1 HAVING count(DISTINCT t.month) = 12 ORDER BY 1 DESC`,
      ],
      [
        "provenance: demo flag and sources (all FEALAC)",
        () => getTrafficProvenance({}),
        () => db.$queryRaw`SELECT bool_or(a.demo_rows > 0), array_agg(DISTINCT s ORDER BY s) FROM country_month_visits a
                           JOIN country c ON c.iso3 = a.country_iso3, unnest(a.sources) s WHERE c.is_fealac_member`,
        () => db.$queryRaw`SELECT bool_or(t.is_demo), array_agg(DISTINCT t.source ORDER BY t.source) FROM traffic_monthly t
                           JOIN marketplace m ON m.id = t.marketplace_id JOIN country c ON c.iso3 = m.country_iso3 WHERE c.is_fealac_member`,
      ],
    ];
    console.log(`\n${"annual aggregate".padEnd(48)} ${"app ms".padStart(8)} ${"SQL ms".padStart(8)} ${"app/SQL".padStart(8)} ${"raw scan ms".padStart(12)}`);
    for (const [label, app, sql, rawScan] of aggregates) {
      const [a, q, r] = [await median(app), await median(sql), await median(rawScan)];
      console.log(`${label.padEnd(48)} ${a.toFixed(1).padStart(8)} ${q.toFixed(1).padStart(8)} ${(a / q).toFixed(2).padStart(8)} ${r.toFixed(1).padStart(12)}`);
    }
    console.log(`\n${"monthly aggregate".padEnd(48)} ${"app ms".padStart(8)} ${"SQL ms".padStart(8)} ${"app/SQL".padStart(8)} ${"raw scan ms".padStart(12)}`);
    for (const [label, app, sql, rawScan] of monthly) {
      const [a, q, r] = [await median(app), await median(sql), await median(rawScan)];
      console.log(`${label.padEnd(48)} ${a.toFixed(1).padStart(8)} ${q.toFixed(1).padStart(8)} ${(a / q).toFixed(2).padStart(8)} ${r.toFixed(1).padStart(12)}`);
    }
  } finally {
    await bench.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
