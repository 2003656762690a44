import { limitPublicRead } from "@/lib/core/rate-limit/public-reads";
import { apiError, jsonResponse } from "@/lib/core/api-error";
import { decodeCursor, DEMO_NOTICE, encodeCursor, pagingFields } from "@/lib/downloads/api-schema";
import { findDataset } from "@/lib/downloads/datasets";
import { parseSelection } from "@/lib/downloads/parse";
import { z } from "zod";
import { getRows } from "@/lib/public-data";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/<dataset>?<filters>&limit=&cursor= — one page of rows as JSON,
 * with the filters of the CSV download. Errors: { error: { code, message, parameter } }.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const limited = await limitPublicRead(request, "api");
  if (limited) return limited;
  const id = (await params).dataset;
  const dataset = findDataset(id);
  if (!dataset) return apiError(404, "not_found", `No dataset ${id}.`, "dataset");
  const url = new URL(request.url);
  const parsed = parseSelection(dataset, url.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_parameter", parsed.message, parsed.parameter);
  const paging = z.object(pagingFields).safeParse({ limit: url.searchParams.get("limit") ?? undefined, cursor: url.searchParams.get("cursor") ?? undefined });
  if (!paging.success) return apiError(400, "invalid_parameter", paging.error.issues[0].message, String(paging.error.issues[0].path[0]));
  const { limit, cursor } = paging.data;
  const position = cursor === undefined ? { offset: 0, version: null } : decodeCursor(cursor);
  if (!position) return apiError(400, "invalid_parameter", "Not a cursor given by this API.", "cursor");
  const page = await getRows(dataset, parsed.selection, position.offset, limit);
  if (position.version !== null && position.version !== page.version) {
    return apiError(409, "stale_cursor", "The data changed since this cursor was given; start again without a cursor.", "cursor");
  }
  const next = position.offset + page.rows.length;
  return jsonResponse(
    {
      dataset: dataset.id,
      data_version: page.version,
      total: page.total,
      limit,
      next_cursor: next < page.total ? encodeCursor(next, page.version) : null,
      ...(dataset.hasDataStatus ? { notice: DEMO_NOTICE } : {}),
      columns: dataset.columns,
      rows: page.rows.map((r) => Object.fromEntries(dataset.columns.map((c, i) => [c.name, r[i]]))),
    },
    { headers: { "Cache-Control": "no-store", "X-Data-Version": page.version } },
  );
}
