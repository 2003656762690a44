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

export const DEFAULT_FETCH_TIMEOUT_MS = 60_000;

export class SourceError extends Error {}

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
    throw new SourceError("TRAFFIC_SOURCE_URL is not a valid URL.");
  }
  if (parsed.protocol === "file:") {
    const path = fileURLToPath(parsed);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new SourceError(`Could not read ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
    });
    if (!info.isFile()) throw new SourceError(`${path} is not a file.`);
    if (info.size > options.maxBytes) throw new SourceError(`The source file is ${formatBytes(info.size)}, over the limit of ${formatBytes(options.maxBytes)}.`);
    return createReadStream(path);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new SourceError(`Unsupported source URL scheme "${parsed.protocol}"; use https://, http:// or file://.`);
  }
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(options.timeoutMs), redirect: "follow" });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1000} s` : (error as Error).message;
    throw new SourceError(`Could not fetch the source: ${reason}.`);
  }
  if (!response.ok) throw new SourceError(`The source answered HTTP ${response.status} ${response.statusText}.`.replace(" .", "."));
  const length = Number(response.headers.get("content-length"));
  if (length > options.maxBytes) {
    await response.body?.cancel();
    throw new SourceError(`The source is ${formatBytes(length)}, over the limit of ${formatBytes(options.maxBytes)}.`);
  }
  if (!response.body) throw new SourceError("The source answered with no content.");
  // The time limit also covers reading the body: an abort surfaces as a TimeoutError from the stream.
  return Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
}
