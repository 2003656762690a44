import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { VerificationSchema, verificationFields } from "@/lib/core/verification/verification";
import { policySnapshot } from "@/lib/policies/snapshot";

/**
 * A staff member verifies a policy against its sources, disputes it (with a
 * note), or takes a verification back; checked against the version like an
 * edit, and audited.
 */
export const verifyPolicy = defineAction({
  name: "verifyPolicy",
  role: "EDITOR",
  input: VerificationSchema,
  async run(actor, { id, version, decision, note }, db) {
    return db.$transaction(async (tx): Promise<ActionResult<{ id: number; version: number }>> => {
      const before = await policySnapshot(tx, id);
      if (!before) return { ok: false, error: "not-found", message: "policy" };
      const claimed = await tx.policy.updateMany({
        where: { id, version },
        data: { ...verificationFields(actor, decision, note), version: { increment: 1 } },
      });
      if (claimed.count === 0) return { ok: false, error: "conflict", message: "policy", current: before };
      const after = await policySnapshot(tx, id);
      await recordAudit(tx, actor, { action: decision, entityType: "policy", entityId: id, before, after });
      return { ok: true, data: { id, version: after!.version } };
    });
  },
});
