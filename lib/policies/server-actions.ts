"use server";

import { revalidatePath } from "next/cache";
import { formLocale } from "@/lib/core/local-path";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/core/actions";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { setPolicyState } from "@/lib/policies/actions/set-policy-state";
import { currentActor } from "@/lib/core/auth/current-actor";
import { policyEditFromForm } from "./policy-form";
import { mergeTerms } from "@/lib/policies/actions/merge-terms";
import { saveTerm } from "@/lib/policies/actions/save-term";
import { verifyPolicy } from "@/lib/policies/actions/verify-policy";
import { verificationFromForm } from "@/lib/core/verification/form";

// Bind the policy actions to this request's user; the actions check the role.

export type SavePolicyState = ActionResult<{ id: number; version: number }> | null;
export type PolicyStateChange = ActionResult<{ version: number }> | null;
export type VerifyPolicyState = ActionResult<{ id: number; version: number }> | null;

export async function verifyPolicyAction(_previous: VerifyPolicyState, form: FormData): Promise<VerifyPolicyState> {
  const result = await verifyPolicy(await currentActor(), verificationFromForm(form));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

export async function savePolicyAction(_previous: SavePolicyState, form: FormData): Promise<SavePolicyState> {
  const input = policyEditFromForm(form);
  const result = await savePolicy(await currentActor(), input);
  if (!result.ok) return result;
  revalidatePath("/[locale]/policies", "layout");
  if (input.id === null) redirect(`/${formLocale(form.get("locale"))}/admin/policies/${result.data.id}?created=1`);
  return result;
}

export async function setPolicyStateAction(_previous: PolicyStateChange, form: FormData): Promise<PolicyStateChange> {
  const result = await setPolicyState(await currentActor(), Object.fromEntries(form));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

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
