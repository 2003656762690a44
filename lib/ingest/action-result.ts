/** What the admin screen shows after an upload or "run now": the run's outcome, or why none was made. */
import type { ActionResult } from "@/lib/core/actions";
import type { PullOutcome } from "./pull";
import type { CompletedRun } from "./run";

export type IngestionActionData = CompletedRun;

export function ingestionActionResult(outcome: PullOutcome): ActionResult<IngestionActionData> {
  if (outcome.status === "already-running") return { ok: false, error: "refused", message: "already-running" };
  if (outcome.status === "not-configured") return { ok: false, error: "refused", message: "not-configured" };
  if (outcome.status === "already-done") return { ok: false, error: "refused", message: "already-running" };
  return { ok: true, data: outcome };
}
