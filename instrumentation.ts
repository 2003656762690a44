/**
 * Runs once when a server instance starts: turns on the cache of public data
 * (lib/core/cache), listening for every instance's writes; with
 * INGEST_SCHEDULE=on, the self-hosted portal also loads TRAFFIC_SOURCE_URL
 * monthly by itself (hosted deployments use the cron in vercel.json instead).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DATABASE_URL) {
    const { startCache } = await import("@/lib/core/cache");
    startCache();
  }
  if (process.env.INGEST_SCHEDULE === "on") {
    const { startMonthlySchedule } = await import("@/lib/ingest/scheduler");
    startMonthlySchedule();
  }
}
