import { z } from "zod";
import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { id } from "@/lib/core/schema-parts";
import { verificationFields } from "@/lib/core/verification/verification";
import { entrySnapshot } from "@/lib/regulations/entry-snapshot";

/**
 * Verifies, in one step, the listed entries of one indicator across economies
 * (those the staff member ticked in the queue, each at the version shown).
 * Entries that changed since, hold no data or belong to another indicator are
 * left as they are and counted; each verified entry gets its own audit event.
 */
export const bulkVerifyIndicator = defineAction({
  name: "bulkVerifyIndicator",
  role: "EDITOR",
  input: z.object({
    indicatorId: id,
    entries: z.array(z.object({ id, version: id })).min(1, "chooseEntries").max(100, "tooMany"),
  }),
  async run(actor, { indicatorId, entries }, db) {
    return db.$transaction(async (tx): Promise<ActionResult<{ verified: number; skipped: number }>> => {
      const fields = verificationFields(actor, "verify", null);
      let verified = 0;
      for (const entry of entries) {
        const before = await entrySnapshot(tx, entry.id);
        if (!before) continue;
        const claimed = await tx.regulationEntry.updateMany({
          where: { id: entry.id, version: entry.version, indicatorId, status: { not: "NO_DATA" }, verification: { not: "VERIFIED" } },
          data: { ...fields, version: { increment: 1 } },
        });
        if (claimed.count === 0) continue;
        await recordAudit(tx, actor, { action: "verify", entityType: "regulation_entry", entityId: entry.id, before, after: await entrySnapshot(tx, entry.id) });
        verified += 1;
      }
      return { ok: true, data: { verified, skipped: entries.length - verified } };
    });
  },
});
