/**
 * In-process monthly schedule for self-hosting (INGEST_SCHEDULE=on): pulls
 * TRAFFIC_SOURCE_URL at 02:00 UTC on the 3rd of every month. Every instance
 * of the portal may run this; the advisory lock and the "a scheduled run has
 * started since this slot" check in runIngestion make it one run per month.
 */
import { pullConfiguredSource } from "./pull";

/** The next 3rd-of-the-month 02:00 UTC strictly after `now`. */
export function nextSlot(now: Date): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 3, 2, 0, 0));
  if (slot.getTime() <= now.getTime()) slot.setUTCMonth(slot.getUTCMonth() + 1);
  return slot;
}

const state = globalThis as unknown as { ingestScheduleTimer?: NodeJS.Timeout };

/** setTimeout holds at most ~24.8 days, so long waits are made in steps. */
const MAX_WAIT_MS = 2 ** 31 - 1;

export function startMonthlySchedule(log: (message: string) => void = console.log): void {
  if (state.ingestScheduleTimer) return;
  const arm = () => {
    const slot = nextSlot(new Date());
    const wait = slot.getTime() - Date.now();
    state.ingestScheduleTimer = setTimeout(
      () => {
        if (Date.now() < slot.getTime()) return arm();
        void pullConfiguredSource({ trigger: "SCHEDULED", triggeredBy: "scheduler", skipIfScheduledRunSince: slot })
          .then(
            (outcome) => log(`Scheduled traffic ingestion: ${outcome.status}${"runId" in outcome ? ` (run ${outcome.runId})` : ""}.`),
            (error: unknown) => log(`Scheduled traffic ingestion could not run: ${error instanceof Error ? error.message : String(error)}`),
          )
          .finally(arm);
      },
      Math.min(wait, MAX_WAIT_MS),
    );
    state.ingestScheduleTimer.unref();
  };
  arm();
  log(`Traffic ingestion scheduled monthly; next at ${nextSlot(new Date()).toISOString()}.`);
}
