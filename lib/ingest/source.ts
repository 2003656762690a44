/**
 * Opens the configured traffic source (TRAFFIC_SOURCE_URL): an http(s) URL
 * fetched with a time limit, or a file:// URL. The size limit itself is
 * enforced while reading (decode.ts); a declared length over it fails early.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { formatBytes } from "./decode";
import { FatalIngestError } from "./issues";

export const DEFAULT_FETCH_TIMEOUT_MS = 60_000;

/** The configured source cannot be read: the run fails with this reason. */
export class SourceError extends FatalIngestError {}

export function fetchTimeoutFromEnv(): number {
  const configured = Number(process.env.INGEST_FETCH_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_FETCH_TIMEOUT_MS;
}

/** The URL without any credentials or query string, to name the source in run records. */
export function describeSource(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}

export async function openSource(url: string, options: { timeoutMs: number; maxBytes: number }): Promise<Readable> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError({ code: "sourceInvalidUrl" });
  }
  if (parsed.protocol === "file:") {
    const path = fileURLToPath(parsed);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new SourceError(error.code === "ENOENT" ? { code: "sourceNoSuchFile", params: { path } } : { code: "sourceUnreadable", params: { path, detail: error.message } });
    });
    if (!info.isFile()) throw new SourceError({ code: "sourceNotAFile", params: { path } });
    if (info.size > options.maxBytes) throw new SourceError({ code: "sourceTooLarge", params: { size: formatBytes(info.size), limit: formatBytes(options.maxBytes) } });
    return createReadStream(path);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new SourceError({ code: "sourceScheme", params: { scheme: `"${parsed.protocol}"` } });
  }
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(options.timeoutMs), redirect: "follow" });
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError") throw new SourceError({ code: "sourceNoAnswer", params: { seconds: options.timeoutMs / 1000 } });
    throw new SourceError({ code: "sourceFetchFailed", params: { detail: (error as Error).message } });
  }
  if (!response.ok) throw new SourceError({ code: "sourceHttpStatus", params: { status: `${response.status} ${response.statusText}`.trim() } });
  const length = Number(response.headers.get("content-length"));
  if (length > options.maxBytes) {
    await response.body?.cancel();
    throw new SourceError({ code: "sourceTooLarge", params: { size: formatBytes(length), limit: formatBytes(options.maxBytes) } });
  }
  if (!response.body) throw new SourceError({ code: "sourceNoContent" });
  // The time limit also covers reading the body: an abort surfaces as a TimeoutError from the stream.
  return Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
}
