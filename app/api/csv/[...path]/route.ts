import { viewCsvResponse } from "@/lib/core/cards/csv";
import { VIEWS } from "@/lib/views";
import { limitPublicRead } from "@/lib/core/rate-limit/public-reads";

export const dynamic = "force-dynamic";

/** CSV of exactly what one table of a view shows: /api/csv/<view path>/<table>?<the page's query>. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const limited = await limitPublicRead(request, "csv");
  if (limited) return limited;
  const { path } = await params;
  return viewCsvResponse(VIEWS, path, request);
}
