/**
 * Fixed-window rate limiting kept in PostgreSQL (rate_limit_bucket), so the
 * limit holds across app instances and restarts. One atomic upsert per hit.
 */
import type { Database } from "@/lib/core/db";

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets. */
  retryAfter: number;
}

export interface HitResult extends RateLimitResult {
  /** Hits in the window, this one included. */
  count: number;
}

/** Longest wait that backoff makes (a day). */
const MAX_BACKOFF_SECONDS = 24 * 60 * 60;

/**
 * Counts one hit. With `backoff`, every hit past the limit doubles the wait
 * (window × 2^(hits past the limit − 1), at most a day), so a guesser that
 * keeps trying waits ever longer.
 */
export async function hit(db: Database, rawKey: string, limit: number, windowSeconds: number, backoff = false): Promise<HitResult> {
  // A key is built from what a client sent (an address, an email): PostgreSQL text holds no NUL, so control characters become "?".
  const key = rawKey.replace(/[\u0000-\u001f\u007f]/g, "?");
  const [row] = await db.$queryRaw<Array<{ count: number; retry_after: number }>>`
    INSERT INTO rate_limit_bucket (key, count, reset_at)
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_bucket.reset_at <= now() THEN 1 ELSE rate_limit_bucket.count + 1 END,
      reset_at = CASE
        WHEN rate_limit_bucket.reset_at <= now() THEN excluded.reset_at
        WHEN ${backoff} AND rate_limit_bucket.count + 1 > ${limit}
          THEN now() + make_interval(secs => least(${windowSeconds}::float8 * power(2, rate_limit_bucket.count - ${limit}), ${MAX_BACKOFF_SECONDS}))
        ELSE rate_limit_bucket.reset_at END
    RETURNING count, ceil(extract(epoch FROM reset_at - now()))::int AS retry_after`;
  return { allowed: row.count <= limit, retryAfter: Math.max(row.retry_after, 0), count: row.count };
}

/** Takes back one hit (an attempt that turned out to be allowed, such as a right password). */
export async function unhit(db: Database, key: string): Promise<void> {
  await db.$executeRaw`UPDATE rate_limit_bucket SET count = greatest(count - 1, 0) WHERE key = ${key}`;
}

export async function clear(db: Database, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_bucket WHERE key = ${key}`;
}

/** Expired buckets are only clutter; removed now and then. */
export async function pruneExpired(db: Database): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_bucket WHERE reset_at < now() - interval '1 day'`;
}
