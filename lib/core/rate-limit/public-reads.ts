/**
 * Per-address limits of the public data routes: the JSON API, the per-view
 * CSVs, the dataset downloads (streamed extracts and the full zip) and the
 * link previews (oEmbed answers and preview images), each with its own bucket in rate_limit_bucket. Over the limit: 429 with
 * Retry-After, in the API's error shape. The address is read as for sign-in
 * (lib/core/rate-limit/client-address.ts).
 */
import { apiError } from "@/lib/core/api-error";
import { getDb } from "@/lib/core/db";
import { clientAddress } from "./client-address";
import { hit } from "./rate-limit";

/** Requests per address and minute. A download streams a whole dataset, so it gets fewer. */
export const PUBLIC_READ_LIMITS = { api: 120, csv: 120, downloads: 30, preview: 120 } as const;
export type PublicRead = keyof typeof PUBLIC_READ_LIMITS;

/** null when the request may go on, else the 429 answer. */
export async function limitPublicRead(request: Request, kind: PublicRead): Promise<Response | null> {
  const limit = PUBLIC_READ_LIMITS[kind];
  const limited = await hit(getDb(), `${kind}:${clientAddress(request.headers)}`, limit, 60);
  if (limited.allowed) return null;
  return apiError(429, "rate_limited", `More than ${limit} requests a minute from this address.`, undefined, { "Retry-After": String(limited.retryAfter) });
}
