import { countryName } from "@/lib/core/i18n/country-names";
import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getPillarRanking } from "@/lib/regulations/queries/scores";
import { getPillars } from "@/lib/regulations/queries/taxonomy";
import { requestParams } from "@/lib/regulations/csv-columns";
import { regionCodeOf } from "@/lib/core/regions";
import { parsePillarView } from "@/lib/regulations/view-state";

export const dynamic = "force-dynamic";

/**
 * CSV of the pillar ranking as shown (same region filter): rank (1 = most
 * open), score (weighted mean of scored indicators, 0 open – 1 restrictive),
 * and how many indicators it rests on.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const pillar = (await getPillars()).find((p) => p.code === code.toUpperCase());
  if (!pillar) return Response.json({ error: { parameter: "code", message: `${code} is not a pillar` } }, { status: 404 });
  const { raw, locale } = requestParams(request);
  const state = parsePillarView(raw);
  const rows = await getPillarRanking(pillar.code, regionCodeOf(state.region), locale);
  const csv = toCsv({
    columns: ["pillar", "rank", "economy_iso3", "economy", "fealac_region", "score_0_open_1_restrictive", "indicators_scored", "indicators_in_pillar"],
    rows: rows.map((r) => [pillar.code, r.rank, r.iso3, countryName(r.iso3, locale), r.regionCode, r.score, r.scored, r.total]),
  });
  return csvResponse(csv, `fealac-regulation-pillar-${pillar.code.toLowerCase()}.csv`);
}
