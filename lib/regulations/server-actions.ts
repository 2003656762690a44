"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/core/actions";
import { reviewSuggestion } from "@/lib/regulations/actions/review-suggestion";
import { saveRegulationEntry } from "@/lib/regulations/actions/save-regulation-entry";
import { bulkVerifyIndicator } from "@/lib/regulations/actions/bulk-verify-indicator";
import { verifyRegulationEntry } from "@/lib/regulations/actions/verify-regulation-entry";
import { bulkVerificationFromForm, verificationFromForm } from "@/lib/core/verification/form";
import { currentActor } from "@/lib/core/auth/current-actor";
import { entryEditFromForm } from "./entry-form";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/core/rate-limit/client-address";
import { getDb } from "@/lib/core/db";
import { suggestCorrection, suggestionFromForm, type SuggestionResult } from "@/lib/regulations/actions/suggest-correction";

// Bind the regulation actions to this request's user; the actions check the role.

export type SaveEntryState = ActionResult<{ id: number; version: number }> | null;
export type VerifyState = ActionResult<{ id: number; version: number }> | null;
export type BulkVerifyState = ActionResult<{ verified: number; skipped: number }> | null;
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

export async function verifyRegulationEntryAction(_previous: VerifyState, form: FormData): Promise<VerifyState> {
  const result = await verifyRegulationEntry(await currentActor(), verificationFromForm(form));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

export async function bulkVerifyIndicatorAction(_previous: BulkVerifyState, form: FormData): Promise<BulkVerifyState> {
  const result = await bulkVerifyIndicator(await currentActor(), bulkVerificationFromForm(form));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

// A public write with no account: suggestCorrection validates, checks the
// honeypot and rate-limits by client address (read as sign-in does).

export type SuggestState = SuggestionResult | null;

export async function suggestCorrectionAction(_previous: SuggestState, form: FormData): Promise<SuggestState> {
  const address = clientAddress(await headers());
  return suggestCorrection(getDb(), suggestionFromForm(form), address);
}
