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

export async function hit(db: Database, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const [row] = await db.$queryRaw<Array<{ count: number; retry_after: number }>>`
    INSERT INTO rate_limit_bucket (key, count, reset_at)
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_bucket.reset_at <= now() THEN 1 ELSE rate_limit_bucket.count + 1 END,
      reset_at = CASE WHEN rate_limit_bucket.reset_at <= now() THEN excluded.reset_at ELSE rate_limit_bucket.reset_at END
    RETURNING count, ceil(extract(epoch FROM reset_at - now()))::int AS retry_after`;
  return { allowed: row.count <= limit, retryAfter: Math.max(row.retry_after, 0) };
}

export async function clear(db: Database, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_bucket WHERE key = ${key}`;
}

/** Expired buckets are only clutter; removed now and then. */
export async function pruneExpired(db: Database): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_bucket WHERE reset_at < now() - interval '1 day'`;
}
