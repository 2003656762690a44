/**
 * Runs once when a server instance starts. With INGEST_SCHEDULE=on, the
 * self-hosted portal loads TRAFFIC_SOURCE_URL monthly by itself (hosted
 * deployments use the cron in vercel.json instead).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.INGEST_SCHEDULE === "on") {
    const { startMonthlySchedule } = await import("@/lib/ingest/scheduler");
    startMonthlySchedule();
  }
}
