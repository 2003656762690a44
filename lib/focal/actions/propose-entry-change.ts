import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { EntryProposalSchema } from "@/lib/focal/schemas";
import { focalEconomyOf } from "@/lib/focal/scope";
import { entrySnapshot } from "@/lib/regulations/entry-snapshot";

/**
 * A focal point proposes a change to one regulation entry of their own
 * economy (never another's), with its sources and a note. Nothing public
 * changes: the proposal waits in the secretariat's review queue. Made on the
 * entry's current version; if the entry changed since the form was loaded,
 * the focal point sees the newer version first.
 */
export const proposeEntryChange = defineAction({
  name: "proposeEntryChange",
  role: "FOCAL_POINT",
  input: EntryProposalSchema,
  async run(actor, input, db): Promise<ActionResult<{ id: number; version: number }>> {
    const economy = await focalEconomyOf(db, actor);
    if (!economy) return { ok: false, error: "forbidden" };
    const { entryId, baseVersion, note, ...fields } = input;
    return db.$transaction(async (tx) => {
      const entry = await tx.regulationEntry.findUnique({ where: { id: entryId }, select: { countryIso3: true, version: true } });
      if (!entry) return { ok: false, error: "not-found", message: "regulation-entry" };
      if (entry.countryIso3 !== economy) return { ok: false, error: "forbidden" };
      if (entry.version !== baseVersion) return { ok: false, error: "conflict", message: "regulation-entry", current: (await entrySnapshot(tx, entryId)) ?? undefined };
      const proposal = await tx.focalProposal.create({
        data: { kind: "REGULATION_ENTRY", economyIso3: economy, entryId, baseVersion, payload: fields, note, proposedById: actor.id },
      });
      await recordAudit(tx, actor, { action: "propose", entityType: "focal_proposal", entityId: proposal.id, after: proposal });
      return { ok: true, data: { id: proposal.id, version: baseVersion } };
    });
  },
});
