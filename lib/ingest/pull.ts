/**
 * "Pull from the configured source": opens TRAFFIC_SOURCE_URL (with the fetch
 * time limit and size limit) inside an ingestion run, so that a source that
 * cannot be read becomes a failed run with the reason. Used by the route's
 * GET, a POST without a body, the admin "run now" button and the scheduler.
 */
import { maxBytesFromEnv } from "./decode";
import { runIngestion, type IngestOutcome, type IngestRequest } from "./run";
import { describeSource, fetchTimeoutFromEnv, openSource } from "./source";

export type PullOutcome = IngestOutcome | { status: "not-configured" };

export function configuredSourceUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.TRAFFIC_SOURCE_URL?.trim() || null;
}

export async function pullConfiguredSource(
  request: Pick<IngestRequest, "trigger" | "triggeredBy" | "triggeredById" | "dryRun" | "skipIfScheduledRunSince">,
): Promise<PullOutcome> {
  const url = configuredSourceUrl();
  if (!url) return { status: "not-configured" };
  const maxBytes = maxBytesFromEnv();
  return runIngestion({
    ...request,
    kind: "TRAFFIC",
    source: describeSource(url),
    maxBytes,
    open: () => openSource(url, { timeoutMs: fetchTimeoutFromEnv(), maxBytes }),
  });
}
