/**
 * Caching of public data with exact invalidation, in one place:
 * - `cached(name, fn, tags)` wraps a data function (store.ts);
 * - `dataChanged(db, tags)` is called after a write commits: this instance
 *   forgets at once, the others through PostgreSQL NOTIFY (listen.ts);
 * - `startCache()` turns the cache on in a server instance (instrumentation.ts).
 */
import type { Database } from "@/lib/core/db";
import { listenForDataChanges, type Listener } from "./listen";
import { enableCache, invalidateLocal } from "./store";
import { ALL_TAGS, DATA_CHANGE_CHANNEL, DATA_TAGS, type DataTag } from "./tags";

export { cached } from "./store";
export { DATA_TAGS, type DataTag } from "./tags";

/** After a committed write: forget here at once, and tell every other instance. */
export async function dataChanged(db: Database, tags: readonly DataTag[] = DATA_TAGS): Promise<void> {
  invalidateLocal(tags);
  const payloads = tags.length === DATA_TAGS.length ? [ALL_TAGS] : tags;
  for (const payload of payloads) await db.$executeRaw`SELECT pg_notify(${DATA_CHANGE_CHANNEL}, ${payload})`;
}

/**
 * Turns the cache on for this server instance, listening for other instances'
 * writes. PORTAL_CACHE=off leaves it off; PORTAL_CACHE_ENTRIES (500) bounds
 * its size, PORTAL_CACHE_MAX_AGE (3600 s) the age of an entry.
 */
export function startCache(env: NodeJS.ProcessEnv = process.env): Listener | null {
  if (env.PORTAL_CACHE === "off") return null;
  const listener = listenForDataChanges();
  enableCache({ maxEntries: Number(env.PORTAL_CACHE_ENTRIES ?? 500), maxAgeSeconds: Number(env.PORTAL_CACHE_MAX_AGE ?? 3600) });
  return listener;
}
