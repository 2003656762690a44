import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { bulkFileName, bulkZip } from "@/lib/downloads/queries/bulk";
import { getDataVersion } from "@/lib/downloads/queries/rows";
import { limitPublicRead } from "@/lib/core/rate-limit/public-reads";

export const dynamic = "force-dynamic";

/**
 * GET /api/downloads/all.zip — every dataset as CSV, datapackage.json and
 * SOURCES.md. The ETag is the data version: If-None-Match answers 304.
 */
export async function GET(request: Request) {
  const limited = await limitPublicRead(request, "downloads");
  if (limited) return limited;
  const version = await getDataVersion();
  const etag = `"${version}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", "X-Data-Version": version };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  const file = await bulkZip(version);
  const { size } = await stat(file);
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      ...headers,
      "Content-Type": "application/zip",
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="${bulkFileName(version)}"`,
    },
  });
}
