import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { GAP_DIMENSIONS, getGapMatrix, type GapDimension } from "@/lib/policies/queries/gaps";
import { getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { gapScope, parseGapView } from "@/lib/policies/view-state/gaps";

export const dynamic = "force-dynamic";

/**
 * CSV of one gap matrix as the page shows it (same region and empty-row
 * choice): one row per economy, its count of published policies, then one
 * column per instrument type or target group (by slug) with the count of
 * published policies of that kind. A policy of several kinds counts in each.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dimension: string }> }) {
  const { dimension } = await params;
  if (!GAP_DIMENSIONS.includes(dimension as GapDimension)) {
    return Response.json({ error: { parameter: "dimension", message: `dimension must be one of ${GAP_DIMENSIONS.join(", ")}` } }, { status: 404 });
  }
  const vocabularies = await getPolicyVocabularies();
  const members = vocabularies.economies.filter((e) => e.isFealacMember).map((e) => e.iso3.toLowerCase());
  const { state } = parseGapView(Object.fromEntries(new URL(request.url).searchParams), members);
  const scope = gapScope(state);
  const rows = await getGapMatrix(dimension as GapDimension, scope);
  const terms = (dimension === "instrument" ? vocabularies.instrumentTypes : vocabularies.targetGroups).map((t) => t.slug);
  const csv = toCsv({
    columns: ["economy_iso3", "economy", "fealac_region", "benchmarked", "published_policies", ...terms],
    rows: rows.map((r) => [r.iso3, r.nameEn, r.regionCode, r.iso3 === scope.include, r.total, ...terms.map((slug) => r.counts[slug] ?? 0)]),
  });
  return csvResponse(csv, `fealac-msme-policy-gaps-${dimension}-${state.region}.csv`);
}
