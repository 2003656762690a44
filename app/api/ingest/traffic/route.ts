/**
 * POST /api/ingest/traffic — loads the CSV in the body (?kind=traffic|origin|gender|age,
 * ?dryRun=1 to validate only); an empty body is refused (400), never read as
 * "pull". POST ?pull=1 (no body) pulls TRAFFIC_SOURCE_URL: a pull is always asked for.
 * GET /api/ingest/traffic — for hosted cron callers: pulls TRAFFIC_SOURCE_URL.
 * Both need `Authorization: Bearer <INGEST_SECRET>` (docs/design.md §5). One run at a
 * time across instances: a second trigger answers 409 "already-running" and
 * records nothing.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { apiError } from "@/lib/core/api-error";
import { parseKind } from "@/lib/ingest/kinds";
import { pullConfiguredSource } from "@/lib/ingest/pull";
import { outcomeResponse } from "@/lib/ingest/respond";
import { runIngestion } from "@/lib/ingest/run";
import { checkIngestSecret } from "@/lib/ingest/secret";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function refuse(request: Request): Response | null {
  const check = checkIngestSecret(request.headers.get("authorization"));
  if (check.ok) return null;
  return check.status === 401
    ? apiError(401, "unauthorized", check.message, undefined, { "WWW-Authenticate": "Bearer" })
    : apiError(503, "disabled", check.message);
}

/** The body as a stream, or null when it is empty (read up to the first non-empty chunk). */
async function nonEmptyBody(request: Request): Promise<Readable | null> {
  if (!request.body) return null;
  const reader = request.body.getReader();
  let first: Uint8Array | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return null;
    if (value && value.length > 0) {
      first = value;
      break;
    }
  }
  reader.releaseLock();
  const rest = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  return Readable.from(
    (async function* () {
      yield Buffer.from(first);
      for await (const chunk of rest) yield chunk as Buffer;
    })(),
  );
}

const yes = (value: string | null) => ["1", "true", "yes"].includes(value ?? "");

export async function POST(request: Request): Promise<Response> {
  const refused = refuse(request);
  if (refused) return refused;
  const params = new URL(request.url).searchParams;
  const kind = parseKind(params.get("kind") ?? "TRAFFIC");
  if (!kind) return apiError(400, "invalid", "kind must be traffic, origin, gender or age.", "kind");
  const dryRun = yes(params.get("dryRun"));
  const pull = yes(params.get("pull"));
  const body = await nonEmptyBody(request);
  if (pull) {
    if (body) return apiError(400, "invalid", "pull=1 pulls TRAFFIC_SOURCE_URL: send no body with it.", "pull");
    if (kind !== "TRAFFIC") return apiError(400, "invalid", "pull=1 pulls monthly traffic: leave kind out.", "kind");
    return outcomeResponse(await pullConfiguredSource({ trigger: "API", triggeredBy: "api", dryRun }));
  }
  if (!body) return apiError(400, "empty", "The file is empty: send the CSV in the request body (or pull=1 to pull TRAFFIC_SOURCE_URL).", "body");
  return outcomeResponse(await runIngestion({ kind, trigger: "API", triggeredBy: "api", source: "request body", dryRun, open: () => body }));
}

export async function GET(request: Request): Promise<Response> {
  const refused = refuse(request);
  if (refused) return refused;
  return outcomeResponse(await pullConfiguredSource({ trigger: "SCHEDULED", triggeredBy: "cron" }));
}
