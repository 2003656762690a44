/**
 * An editor uploads a traffic or breakdown CSV from the admin screen, or
 * validates it only (dry run). The run itself is the record of who did what.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { defineAction } from "@/lib/core/actions";
import { cleanText } from "@/lib/core/schema-parts";
import { IngestionKind } from "@/lib/ingest/kinds";
import { runIngestion } from "@/lib/ingest/run";
import { ingestionActionResult, type IngestionActionData } from "@/lib/ingest/action-result";

/** The largest upload the admin screen accepts (next.config.js allows a little more for the form). */
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

const input = z.object({
  kind: z.enum(IngestionKind, "chooseKind"),
  dryRun: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  file: z
    .instanceof(File, { message: "chooseFile" })
    // No file chosen: browsers send an unnamed empty part.
    .refine((f) => typeof f.name === "string" && f.name !== "", "chooseFile")
    .refine((f) => f.size <= UPLOAD_MAX_BYTES, "fileTooLarge"),
});

export const uploadIngestionFile = defineAction<typeof input, IngestionActionData>({
  name: "uploadIngestionFile",
  role: "EDITOR",
  input,
  async run(actor, { kind, dryRun, file }) {
    const outcome = await runIngestion({
      kind,
      trigger: "UPLOAD",
      triggeredBy: actor.email,
      triggeredById: actor.id,
      // The name is the browser's (or a script's): without control characters, which the run's record cannot hold.
      source: `upload: ${cleanText(file.name, 280) || "file"}`,
      dryRun,
      open: () => Readable.fromWeb(file.stream() as NodeReadableStream<Uint8Array>),
    });
    return ingestionActionResult(outcome);
  },
});
