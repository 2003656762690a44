/** An editor pulls the configured source (TRAFFIC_SOURCE_URL) now, instead of waiting for the schedule. */
import { z } from "zod";
import { defineAction } from "@/lib/core/actions";
import { pullConfiguredSource } from "@/lib/ingest/pull";
import { ingestionActionResult, type IngestionActionData } from "@/lib/ingest/action-result";

const input = z.object({
  dryRun: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).optional(),
});

export const runIngestionNow = defineAction<typeof input, IngestionActionData>({
  name: "runIngestionNow",
  role: "EDITOR",
  input,
  async run(actor, { dryRun }) {
    return ingestionActionResult(await pullConfiguredSource({ trigger: "MANUAL", triggeredBy: actor.email, triggeredById: actor.id, dryRun }));
  },
});
