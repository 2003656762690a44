import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { changedFields } from "@/lib/core/diff";
import { entrySnapshot } from "@/lib/regulations/entry-snapshot";
import { RegulationEntryEditSchema } from "@/lib/regulations/schemas/entry";

/**
 * Saves an edit of an economy × indicator entry. The edit names the version it
 * started from; if someone saved in the meantime, nothing is written and their
 * version is returned, so the editor sees what changed and keeps their input.
 * Every change is audited with the entry before and after.
 */
export const saveRegulationEntry = defineAction({
  name: "saveRegulationEntry",
  role: "EDITOR",
  input: RegulationEntryEditSchema,
  async run(actor, input, db) {
    const { id, version, ...fields } = input;
    return db.$transaction(async (tx): Promise<ActionResult<{ id: number; version: number }>> => {
      const before = await entrySnapshot(tx, id);
      if (!before) return { ok: false, error: "not-found", message: "regulation-entry" };
      if (before.version !== version) return { ok: false, error: "conflict", message: "regulation-entry", current: before };
      // Nothing changed: no new version, no audit event.
      if (changedFields(before, { ...fields, version }).length === 0) return { ok: true, data: { id, version } };
      // The version check and the write are one statement: two saves of the same version cannot both win.
      const claimed = await tx.regulationEntry.updateMany({
        where: { id, version },
        data: { ...fields, verifiedOn: fields.verifiedOn ? new Date(`${fields.verifiedOn}T00:00:00Z`) : null, version: { increment: 1 } },
      });
      if (claimed.count === 0) {
        const current = await entrySnapshot(tx, id);
        return current ? { ok: false, error: "conflict", message: "regulation-entry", current } : { ok: false, error: "not-found", message: "regulation-entry" };
      }
      const after = await entrySnapshot(tx, id);
      await recordAudit(tx, actor, { action: "update", entityType: "regulation_entry", entityId: id, before, after });
      return { ok: true, data: { id, version: after!.version } };
    });
  },
});
