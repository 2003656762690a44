import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { Actor } from "@/lib/core/auth/roles";
import { ReviewProposalSchema } from "@/lib/focal/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writePolicyEdit } from "@/lib/policies/actions/save-policy";
import { SavePolicySchema } from "@/lib/policies/schemas/policy";
import { writeEntryEdit } from "@/lib/regulations/actions/save-regulation-entry";
import { RegulationEntryEditSchema } from "@/lib/regulations/schemas/entry";

type Applied = ActionResult<{ id: number; version: number }>;

/** Undoes the proposal's claim when its change cannot be saved: the proposal stays pending. */
class NotApplied extends Error {
  constructor(readonly result: Applied) {
    super("proposal not applied");
  }
}

type Proposal = NonNullable<Awaited<ReturnType<Prisma.TransactionClient["focalProposal"]["findUnique"]>>>;

/** Saves the proposed change as an edit of the version it was made on, through the staff save (versioned, audited). */
async function apply(tx: Prisma.TransactionClient, actor: Actor, proposal: Proposal): Promise<Applied> {
  const payload = proposal.payload as Record<string, unknown>;
  if (proposal.kind === "REGULATION_ENTRY") {
    const edit = RegulationEntryEditSchema.safeParse({ ...payload, id: proposal.entryId, version: proposal.baseVersion, verify: false });
    if (!edit.success) return { ok: false, error: "refused", message: "proposal-invalid" };
    return writeEntryEdit(tx, actor, edit.data);
  }
  const edit = SavePolicySchema.safeParse({ ...payload, id: proposal.policyId, version: proposal.baseVersion });
  if (!edit.success || edit.data.country !== proposal.economyIso3) return { ok: false, error: "refused", message: "proposal-invalid" };
  return writePolicyEdit(tx, actor, edit.data);
}

/**
 * An editor accepts a pending proposal — its change is saved as a new
 * version of the entry or policy (a new measure becomes a draft), audited,
 * and the proposal records the version it made — or rejects it with a
 * reason, changing nothing else. A proposal made on a version that has since
 * changed is not applied: it stays pending, and the editor sees why.
 */
export const reviewProposal = defineAction({
  name: "reviewProposal",
  role: "EDITOR",
  input: ReviewProposalSchema,
  async run(actor, { id, decision, reason }, db): Promise<ActionResult<{ state: "ACCEPTED" | "REJECTED"; appliedId: number | null }>> {
    try {
      return await db.$transaction(async (tx) => {
        const before = await tx.focalProposal.findUnique({ where: { id } });
        if (!before) return { ok: false, error: "not-found", message: "proposal" };
        // Claiming the pending row first: of two editors deciding at once, one wins and the other is told.
        const claimed = await tx.focalProposal.updateMany({
          where: { id, state: "PENDING" },
          data: { state: decision === "accept" ? "ACCEPTED" : "REJECTED", reviewReason: reason, reviewedById: actor.id, reviewedAt: new Date() },
        });
        if (claimed.count === 0) return { ok: false, error: "refused", message: "proposal-reviewed" };
        let appliedId: number | null = null;
        if (decision === "accept") {
          const applied = await apply(tx, actor, before);
          if (!applied.ok) throw new NotApplied(applied);
          appliedId = applied.data.id;
          await tx.focalProposal.update({
            where: { id },
            data: { appliedVersion: applied.data.version, ...(before.kind === "POLICY" ? { policyId: applied.data.id } : {}) },
          });
        }
        const after = await tx.focalProposal.findUnique({ where: { id } });
        await recordAudit(tx, actor, { action: decision, entityType: "focal_proposal", entityId: id, before, after });
        return { ok: true, data: { state: decision === "accept" ? "ACCEPTED" : "REJECTED", appliedId } };
      });
    } catch (error) {
      if (error instanceof NotApplied) {
        const result = error.result;
        if (!result.ok && result.error === "conflict") return { ok: false, error: "conflict", message: "proposal-stale" };
        return result.ok ? { ok: false, error: "refused", message: "proposal-invalid" } : (result as ActionResult<never>);
      }
      throw error;
    }
  },
});
