import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { PolicyProposalSchema } from "@/lib/focal/schemas";
import { focalEconomyOf } from "@/lib/focal/scope";
import { policySnapshot } from "@/lib/policies/snapshot";

/**
 * A focal point proposes a new support measure of their own economy, or a
 * change to one of its measures, with sources and a note. Nothing public
 * changes until the secretariat accepts it.
 */
export const proposePolicy = defineAction({
  name: "proposePolicy",
  role: "FOCAL_POINT",
  input: PolicyProposalSchema,
  async run(actor, input, db): Promise<ActionResult<{ id: number; version: number }>> {
    const economy = await focalEconomyOf(db, actor);
    if (!economy) return { ok: false, error: "forbidden" };
    if (input.country !== economy) return { ok: false, error: "invalid", fieldErrors: { country: ["ownEconomyOnly"] } };
    const { note, ...edit } = input;
    return db.$transaction(async (tx) => {
      if (edit.id !== null) {
        const policy = await tx.policy.findUnique({ where: { id: edit.id }, select: { countryIso3: true, version: true } });
        if (!policy) return { ok: false, error: "not-found", message: "policy" };
        if (policy.countryIso3 !== economy) return { ok: false, error: "forbidden" };
        if (policy.version !== edit.version) return { ok: false, error: "conflict", message: "policy", current: (await policySnapshot(tx, edit.id)) ?? undefined };
      }
      const proposal = await tx.focalProposal.create({
        data: { kind: "POLICY", economyIso3: economy, policyId: edit.id, baseVersion: edit.id === null ? null : edit.version, payload: edit, note, proposedById: actor.id },
      });
      await recordAudit(tx, actor, { action: "propose", entityType: "focal_proposal", entityId: proposal.id, after: proposal });
      return { ok: true, data: { id: proposal.id, version: edit.version ?? 0 } };
    });
  },
});
