import { extractCsv, toWebStream } from "@/lib/downloads/queries/extract";
import { findDataset } from "@/lib/downloads/datasets";
import { parseSelection, selectionSlug } from "@/lib/downloads/parse";
import { apiError } from "@/lib/core/api-error";
import { limitPublicRead } from "@/lib/core/rate-limit/public-reads";

export const dynamic = "force-dynamic";

/**
 * GET /api/downloads/<dataset>.csv?<filters>[&bom=1] — the whole selection as
 * CSV, streamed from PostgreSQL. Header: column names with units in brackets
 * ("visits [visits per month]"); ISO 8601 dates; generated figures say
 * data_status=demonstration. File name: dataset, selection and data version.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const limited = await limitPublicRead(request, "downloads");
  if (limited) return limited;
  const id = (await params).dataset.replace(/\.csv$/, "");
  const dataset = findDataset(id);
  if (!dataset) return apiError(404, "not_found", `No dataset ${id}.`, "dataset");
  const url = new URL(request.url);
  const parsed = parseSelection(dataset, url.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_parameter", parsed.message, parsed.parameter);
  const bom = url.searchParams.get("bom") === "1";
  const extract = await extractCsv(dataset, parsed.selection, { bom });
  const filename = `fealac-${dataset.id}_${selectionSlug(parsed.selection)}_data-${extract.version}.csv`;
  return new Response(toWebStream(extract, request.signal), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Data-Version": extract.version,
    },
  });
}
