"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/define-action";
import { reviewSuggestion } from "@/lib/actions/regulations/review-suggestion";
import { saveRegulationEntry } from "@/lib/actions/regulations/save-regulation-entry";
import { currentActor } from "@/lib/auth/current-actor";
import { entryEditFromForm } from "@/lib/regulation-admin/entry-form";

// Bind the regulation actions to this request's user; the actions check the role.

export type SaveEntryState = ActionResult<{ id: number; version: number }> | null;
export type ReviewState = ActionResult<{ status: "ACCEPTED" | "REJECTED" }> | null;

export async function saveRegulationEntryAction(_previous: SaveEntryState, form: FormData): Promise<SaveEntryState> {
  const result = await saveRegulationEntry(await currentActor(), entryEditFromForm(form));
  if (result.ok) revalidatePath("/[locale]/regulations", "layout");
  return result;
}

export async function reviewSuggestionAction(_previous: ReviewState, form: FormData): Promise<ReviewState> {
  const result = await reviewSuggestion(await currentActor(), { id: form.get("id"), decision: form.get("decision") });
  if (result.ok) revalidatePath("/[locale]/admin/regulations", "layout");
  return result;
}
