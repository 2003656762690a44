"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import type { ActionResult } from "@/lib/actions/define-action";
import { mergeTerms } from "@/lib/actions/vocabularies/merge-terms";
import { saveTerm } from "@/lib/actions/vocabularies/save-term";

// Each binds an action to this request's signed-in user; the action checks the role itself.

/** The result, and what was typed, so that a refused form keeps the input. */
export type TermFormState = { result: ActionResult<unknown>; values: Record<string, string> } | null;

function changed() {
  revalidatePath("/[locale]/admin/vocabularies", "page");
  revalidatePath("/[locale]/policies", "layout");
}

export async function saveTermAction(_previous: TermFormState, form: FormData): Promise<TermFormState> {
  const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  const result = await saveTerm(await currentActor(), values);
  if (result.ok) changed();
  return { result, values };
}

export async function mergeTermsAction(_previous: TermFormState, form: FormData): Promise<TermFormState> {
  const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  const result = await mergeTerms(await currentActor(), values);
  if (result.ok) changed();
  return { result, values };
}
