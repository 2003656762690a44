/** The JSON answer of the ingestion route for each outcome of a run. */
import type { PullOutcome } from "./pull";

export function outcomeResponse(outcome: PullOutcome): Response {
  switch (outcome.status) {
    case "not-configured":
      return Response.json({ status: "not-configured", message: "TRAFFIC_SOURCE_URL is not set: send the CSV in the request body instead." }, { status: 503 });
    case "already-running":
      return Response.json({ status: "already-running", message: "An ingestion run is already in progress; try again when it has finished." }, { status: 409 });
    case "already-done":
      return Response.json({ status: "already-done", runId: outcome.runId, message: "A scheduled run has already been made for this period." }, { status: 200 });
    default: {
      const { runId, status, dryRun, checksum, counts, errors, errorCount, changes } = outcome;
      return Response.json({ runId, status, dryRun, checksum, counts, errorCount, errors, changes }, { status: status === "FAILED" ? 422 : 200 });
    }
  }
}
