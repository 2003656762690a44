import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { VerificationSchema, verificationFields } from "@/lib/core/verification/verification";
import { entrySnapshot } from "@/lib/regulations/entry-snapshot";

/**
 * A staff member verifies an entry against its sources, disputes it (with a
 * note saying what is wrong), or takes a verification back. Names the version
 * looked at: if the entry changed since, nothing is written. Audited.
 */
export const verifyRegulationEntry = defineAction({
  name: "verifyRegulationEntry",
  role: "EDITOR",
  input: VerificationSchema,
  async run(actor, { id, version, decision, note }, db) {
    return db.$transaction(async (tx): Promise<ActionResult<{ id: number; version: number }>> => {
      const before = await entrySnapshot(tx, id);
      if (!before) return { ok: false, error: "not-found", message: "regulation-entry" };
      if (before.status === "NO_DATA" && decision === "verify") return { ok: false, error: "refused", message: "nothing-to-verify" };
      const claimed = await tx.regulationEntry.updateMany({
        where: { id, version },
        data: { ...verificationFields(actor, decision, note), version: { increment: 1 } },
      });
      if (claimed.count === 0) return { ok: false, error: "conflict", message: "regulation-entry", current: before };
      const after = await entrySnapshot(tx, id);
      await recordAudit(tx, actor, { action: decision, entityType: "regulation_entry", entityId: id, before, after });
      return { ok: true, data: { id, version: after!.version } };
    });
  },
});
