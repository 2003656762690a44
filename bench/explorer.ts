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
