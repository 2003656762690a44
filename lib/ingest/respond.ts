/** The JSON answer of the ingestion route for each outcome of a run (refusals in the API's one error shape). */
import { apiError, jsonResponse } from "@/lib/core/api-error";
import type { PullOutcome } from "./pull";

export function outcomeResponse(outcome: PullOutcome): Response {
  switch (outcome.status) {
    case "not-configured":
      return apiError(503, "not-configured", "TRAFFIC_SOURCE_URL is not set: send the CSV in the request body instead.");
    case "already-running":
      return apiError(409, "already-running", "An ingestion run is already in progress; try again when it has finished.");
    case "already-done":
      return jsonResponse({ status: "already-done", runId: outcome.runId, message: "A scheduled run has already been made for this period." }, { status: 200 });
    default: {
      const { runId, status, dryRun, checksum, counts, errors, errorCount, changes } = outcome;
      return jsonResponse({ runId, status, dryRun, checksum, counts, errorCount, errors, changes }, { status: status === "FAILED" ? 422 : 200 });
    }
  }
}
