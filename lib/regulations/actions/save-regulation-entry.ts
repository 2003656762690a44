import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { changedFields } from "@/lib/core/diff";
import { sourceIdsFor } from "@/lib/core/sources/link-sources";
import { UNVERIFIED, verificationFields } from "@/lib/core/verification/verification";
import { editableEntryFields, entrySnapshot } from "@/lib/regulations/entry-snapshot";
import { RegulationEntryEditSchema, type RegulationEntryEdit } from "@/lib/regulations/schemas/entry";
import type { Actor } from "@/lib/core/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Saves an edit of an economy × indicator entry. The edit names the version it
 * started from; if someone saved in the meantime, nothing is written and their
 * version is returned, so the editor sees what changed and keeps their input.
 * A changed entry is unverified again unless the editor verifies it in the
 * same step; every change is audited with the entry before and after.
 */
export const saveRegulationEntry = defineAction({
  name: "saveRegulationEntry",
  role: "EDITOR",
  input: RegulationEntryEditSchema,
  async run(actor, input, db) {
    return db.$transaction((tx) => writeEntryEdit(tx, actor, input));
  },
});

/**
 * The save inside a transaction the caller holds, for a write that must go
 * with another (accepting a focal point's proposal). Writes nothing unless it
 * answers ok.
 */
export async function writeEntryEdit(tx: Prisma.TransactionClient, actor: Actor, input: RegulationEntryEdit): Promise<ActionResult<{ id: number; version: number }>> {
  const { id, version, verify, sourceUrls, ...fields } = input;
  const before = await entrySnapshot(tx, id);
  if (!before) return { ok: false, error: "not-found", message: "regulation-entry" };
  if (before.version !== version) return { ok: false, error: "conflict", message: "regulation-entry", current: before };
  const contentChanged = changedFields(editableEntryFields(before), { ...fields, sourceUrls }).length > 0;
  const verifiedAlready = before.verification === "VERIFIED";
  // Nothing changed: no new version, no audit event.
  if (!contentChanged && (!verify || verifiedAlready)) return { ok: true, data: { id, version } };
  const verification = verify ? verificationFields(actor, "verify", null) : UNVERIFIED;
  // The version check and the write are one statement: two saves of the same version cannot both win.
  const claimed = await tx.regulationEntry.updateMany({
    where: { id, version },
    data: { ...fields, ...verification, version: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const current = await entrySnapshot(tx, id);
    return current ? { ok: false, error: "conflict", message: "regulation-entry", current } : { ok: false, error: "not-found", message: "regulation-entry" };
  }
  if (changedFields({ sourceUrls: before.sourceUrls }, { sourceUrls }).length > 0) {
    const sourceIds = await sourceIdsFor(tx, sourceUrls.map((url) => ({ url })));
    await tx.regulationEntrySource.deleteMany({ where: { entryId: id } });
    await tx.regulationEntrySource.createMany({ data: sourceIds.map((sourceId, i) => ({ entryId: id, sourceId, position: i + 1 })) });
  }
  const after = await entrySnapshot(tx, id);
  await recordAudit(tx, actor, { action: verify ? "update-verify" : "update", entityType: "regulation_entry", entityId: id, before, after });
  return { ok: true, data: { id, version: after!.version } };
}
