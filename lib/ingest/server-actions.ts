"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/core/auth/current-actor";
import type { ActionResult } from "@/lib/core/actions";
import { runIngestionNow } from "@/lib/ingest/actions/run-ingestion-now";
import { uploadIngestionFile } from "@/lib/ingest/actions/upload-ingestion-file";
import type { IngestionActionData } from "./action-result";

// Each binds an action to this request's signed-in user; the action itself
// checks the role (lib/core/actions.ts).

export type IngestionState = ActionResult<IngestionActionData> | null;

export async function uploadIngestionFileAction(_previous: IngestionState, form: FormData): Promise<IngestionState> {
  const result = await uploadIngestionFile(await currentActor(), { kind: form.get("kind"), dryRun: form.get("dryRun"), file: form.get("file") });
  revalidatePath("/[locale]/admin/ingestion", "page");
  return result;
}

export async function runIngestionNowAction(_previous: IngestionState, form: FormData): Promise<IngestionState> {
  const result = await runIngestionNow(await currentActor(), { dryRun: form.get("dryRun") ?? undefined });
  revalidatePath("/[locale]/admin/ingestion", "page");
  return result;
}
