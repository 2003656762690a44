/**
 * The in-process cache of public data functions: `cached(name, fn, tags)`
 * returns fn keyed by its arguments. Each tag has a generation number; an
 * entry remembers the generations it was computed under and is stale as soon
 * as any of them moves (`invalidateLocal`), so invalidation is exact and
 * costs nothing per entry. A result still being computed when its tag moves
 * is never served to a request that starts after the move.
 *
 * Values are kept as they are (Dates, bigints, Maps), unlike Next.js's
 * unstable_cache, which stores JSON and needs the Next.js request context;
 * callers must not mutate what they get back. The cache is off until the
 * server turns it on (instrumentation.ts), so scripts, tests and benchmarks
 * that write straight to the database always read fresh data.
 */
import { DATA_TAGS, type DataTag } from "./tags";

interface Entry {
  value: Promise<unknown>;
  createdAt: number;
  generations: number[];
  tags: readonly DataTag[];
}

interface State {
  enabled: boolean;
  maxEntries: number;
  /** The longest an entry is kept, for what depends on the date (the latest complete month) rather than on a write. */
  maxAgeMs: number;
  generation: Map<DataTag, number>;
}

// Whether the cache is on and the tags' generations are one per process:
// Next.js bundles instrumentation.ts, pages and route handlers apart, and each
// bundle may hold its own copy of this module. The entries stay with their
// copy, so names made in one bundle (defineCard's) never meet another's.
const holder = globalThis as unknown as { portalCache?: State };
const state: State = (holder.portalCache ??= {
  enabled: false,
  maxEntries: 500,
  maxAgeMs: 3_600_000,
  generation: new Map(DATA_TAGS.map((tag) => [tag, 0])),
});
const { generation } = state;
const entries = new Map<string, Entry>();

export function enableCache(options: { maxEntries?: number; maxAgeSeconds?: number } = {}): void {
  state.enabled = true;
  if (options.maxEntries && options.maxEntries > 0) state.maxEntries = options.maxEntries;
  if (options.maxAgeSeconds && options.maxAgeSeconds > 0) state.maxAgeMs = options.maxAgeSeconds * 1000;
}

export function disableCache(): void {
  state.enabled = false;
  entries.clear();
}

export function isCacheEnabled(): boolean {
  return state.enabled;
}

/** Marks every result carrying one of `tags` stale, in this process. */
export function invalidateLocal(tags: readonly DataTag[] = DATA_TAGS): void {
  for (const tag of tags) generation.set(tag, (generation.get(tag) ?? 0) + 1);
}

/**
 * The data generation of this process as one text (every tag's number), or
 * null while the cache is off. The whole-page cache (pages.ts) keeps a page
 * only for the generation its request started under.
 */
export function dataGeneration(): string | null {
  return state.enabled ? DATA_TAGS.map((tag) => generation.get(tag) ?? 0).join(".") : null;
}

/** How many results are held (for tests and the benchmark's memory check). */
export function cacheSize(): number {
  return entries.size;
}

/** A stable text key of the arguments: functions left out, bigints, Maps and Sets spelled out; null when they cannot be keyed (a cycle). */
export function keyOf(args: readonly unknown[]): string | null {
  try {
    return JSON.stringify(args, (_key, value: unknown) => {
      if (typeof value === "function" || typeof value === "symbol") return undefined;
      if (typeof value === "bigint") return `${value}n`;
      if (value instanceof Map) return { map: [...value.entries()] };
      if (value instanceof Set) return { set: [...value] };
      return value;
    });
  } catch {
    return null;
  }
}

function fresh(entry: Entry): boolean {
  if (Date.now() - entry.createdAt > state.maxAgeMs) return false;
  return entry.tags.every((tag, i) => generation.get(tag) === entry.generations[i]);
}

export function cached<Args extends unknown[], Result>(
  name: string,
  fn: (...args: Args) => Promise<Result>,
  tags: readonly DataTag[] = DATA_TAGS,
): (...args: Args) => Promise<Result> {
  return (...args: Args) => {
    if (!state.enabled) return fn(...args);
    const argsKey = keyOf(args);
    if (argsKey === null) return fn(...args);
    const key = `${name}:${argsKey}`;
    const hit = entries.get(key);
    if (hit && fresh(hit)) {
      // Most recently used last, so the oldest entry is the first to go.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<Result>;
    }
    const entry: Entry = { value: fn(...args), createdAt: Date.now(), generations: tags.map((tag) => generation.get(tag) ?? 0), tags };
    entries.delete(key);
    entries.set(key, entry);
    entry.value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    while (entries.size > state.maxEntries) entries.delete(entries.keys().next().value as string);
    return entry.value as Promise<Result>;
  };
}
