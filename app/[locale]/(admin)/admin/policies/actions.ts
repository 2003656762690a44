"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/define-action";
import { savePolicy } from "@/lib/actions/policies/save-policy";
import { setPolicyState } from "@/lib/actions/policies/set-policy-state";
import { currentActor } from "@/lib/auth/current-actor";
import { policyEditFromForm } from "@/lib/policies/policy-form";

// Bind the policy actions to this request's user; the actions check the role.

export type SavePolicyState = ActionResult<{ id: number; version: number }> | null;
export type PolicyStateChange = ActionResult<{ version: number }> | null;

export async function savePolicyAction(_previous: SavePolicyState, form: FormData): Promise<SavePolicyState> {
  const input = policyEditFromForm(form);
  const result = await savePolicy(await currentActor(), input);
  if (!result.ok) return result;
  revalidatePath("/[locale]/policies", "layout");
  if (input.id === null) redirect(`/${String(form.get("locale") ?? "en")}/admin/policies/${result.data.id}?created=1`);
  return result;
}

export async function setPolicyStateAction(_previous: PolicyStateChange, form: FormData): Promise<PolicyStateChange> {
  const result = await setPolicyState(await currentActor(), Object.fromEntries(form));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}
