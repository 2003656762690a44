"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/core/actions";
import { currentActor } from "@/lib/core/auth/current-actor";
import { proposeEntryChange } from "@/lib/focal/actions/propose-entry-change";
import { proposePolicy } from "@/lib/focal/actions/propose-policy";
import { reviewProposal } from "@/lib/focal/actions/review-proposal";
import { policyEditFromForm } from "@/lib/policies/policy-form";
import { entryEditFromForm } from "@/lib/regulations/entry-form";

// Bind the focal-point actions to this request's user; the actions check the role and the economy.

export type ProposeState = ActionResult<{ id: number; version: number }> | null;
export type ReviewProposalState = ActionResult<{ state: "ACCEPTED" | "REJECTED"; appliedId: number | null }> | null;

const note = (form: FormData) => String(form.get("note") ?? "").trim();

export async function proposeEntryChangeAction(_previous: ProposeState, form: FormData): Promise<ProposeState> {
  const { id, version, verify: _verify, ...fields } = entryEditFromForm(form);
  const result = await proposeEntryChange(await currentActor(), { ...fields, entryId: id, baseVersion: version, note: note(form) });
  if (result.ok) revalidatePath("/[locale]/focal", "layout");
  return result;
}

export async function proposePolicyAction(_previous: ProposeState, form: FormData): Promise<ProposeState> {
  const result = await proposePolicy(await currentActor(), { ...policyEditFromForm(form), note: note(form) });
  if (result.ok) revalidatePath("/[locale]/focal", "layout");
  return result;
}

export async function reviewProposalAction(_previous: ReviewProposalState, form: FormData): Promise<ReviewProposalState> {
  const result = await reviewProposal(await currentActor(), { id: form.get("id"), decision: form.get("decision"), reason: form.get("reason") });
  // The public pages and the focal point's own page change; the queue keeps the decided proposal with its answer until it is reloaded.
  if (result.ok) for (const path of ["/[locale]/regulations", "/[locale]/policies", "/[locale]/focal"]) revalidatePath(path, "layout");
  return result;
}
