import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { ReviewSuggestionSchema } from "@/lib/regulations/schemas/entry";

/**
 * Accepts or rejects a visitor's suggested correction. Accepting only records
 * the decision: the entry itself is changed by an editor through its form.
 */
export const reviewSuggestion = defineAction({
  name: "reviewSuggestion",
  role: "EDITOR",
  input: ReviewSuggestionSchema,
  async run(actor, input, db) {
    return db.$transaction(async (tx): Promise<ActionResult<{ status: "ACCEPTED" | "REJECTED" }>> => {
      const status = input.decision === "accept" ? "ACCEPTED" : "REJECTED";
      const existing = await tx.regulationSuggestion.findUnique({ where: { id: input.id }, select: { entryId: true, status: true } });
      if (!existing) return { ok: false, error: "not-found", message: "suggestion" };
      const claimed = await tx.regulationSuggestion.updateMany({
        where: { id: input.id, status: "PENDING" },
        data: { status, reviewedAt: new Date(), reviewedById: actor.id },
      });
      if (claimed.count === 0) return { ok: false, error: "refused", message: "already-reviewed" };
      await recordAudit(tx, actor, {
        action: input.decision,
        entityType: "regulation_suggestion",
        entityId: input.id,
        before: { status: existing.status, entryId: existing.entryId },
        after: { status, entryId: existing.entryId },
      });
      return { ok: true, data: { status } };
    });
  },
});
