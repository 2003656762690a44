import { countryName } from "@/lib/core/i18n/country-names";
import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getPairDistances } from "@/lib/regulations/queries/similarity";
import { requestParams } from "@/lib/regulations/csv-columns";
import { MIN_OVERLAP } from "@/lib/regulations/method";

export const dynamic = "force-dynamic";

/**
 * CSV of the similarity matrix: every pair of economies with at least one
 * shared scored indicator. distance = mean absolute score difference over the
 * shared indicators (0 same – 1 opposite); left empty, with shown=false, when
 * the overlap is below the minimum the page shows.
 */
export async function GET(request: Request) {
  const { locale } = requestParams(request);
  const pairs = await getPairDistances();
  const csv = toCsv({
    columns: ["economy_a_iso3", "economy_a", "economy_b_iso3", "economy_b", "distance_0_same_1_opposite", "shared_indicators", "shown", "min_shared_indicators"],
    rows: pairs.map((p) => {
      const shown = p.overlap >= MIN_OVERLAP;
      return [p.a, countryName(p.a, locale), p.b, countryName(p.b, locale), shown ? Number(p.distance.toFixed(6)) : null, p.overlap, shown, MIN_OVERLAP];
    }),
  });
  return csvResponse(csv, "fealac-regulation-similarity.csv");
}
