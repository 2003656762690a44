import { defineAction } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { policySnapshot } from "@/lib/policies/snapshot";
import { VOCABULARY_TABLES, type TermRow } from "@/lib/policies/vocabulary-tables";
import { TermMergeSchema } from "@/lib/policies/schemas/vocabulary";

/**
 * Merges one term into another of the same vocabulary: every policy that had
 * the first gets the second (once), and the first is removed. Each moved
 * policy gets a new version, so an edit form opened before the merge is
 * refused as stale instead of saving a term that no longer exists, and its
 * history shows the change.
 */
export const mergeTerms = defineAction({
  name: "mergeTerms",
  role: "ADMIN",
  input: TermMergeSchema,
  async run(actor, { vocabulary, fromId, intoId }, db) {
    const { term, link, column, entityType } = VOCABULARY_TABLES[vocabulary];
    return db.$transaction(async (tx) => {
      const terms = await tx.$queryRaw<TermRow[]>`
        SELECT id, slug, name_en AS "nameEn", name_es AS "nameEs" FROM ${term}
        WHERE id IN (${fromId}, ${intoId}) ORDER BY id FOR UPDATE`;
      const from = terms.find((t) => t.id === fromId);
      const into = terms.find((t) => t.id === intoId);
      if (!from || !into) return { ok: false as const, error: "not-found" as const, message: "term" };

      const moved = await tx.$queryRaw<Array<{ id: number }>>`
        SELECT p.id FROM policy p JOIN ${link} l ON l.policy_id = p.id
        WHERE l.${column} = ${fromId} ORDER BY p.id FOR UPDATE OF p`;
      const ids = moved.map((m) => m.id);
      const before = await Promise.all(ids.map((id) => policySnapshot(tx, id)));

      await tx.$executeRaw`
        INSERT INTO ${link} (policy_id, ${column})
        SELECT policy_id, ${intoId}::int FROM ${link} WHERE ${column} = ${fromId}
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`DELETE FROM ${link} WHERE ${column} = ${fromId}`;
      await tx.$executeRaw`DELETE FROM ${term} WHERE id = ${fromId}`;
      if (ids.length > 0) {
        await tx.$executeRaw`UPDATE policy SET version = version + 1, updated_at = now() WHERE id = ANY(${ids}::int[])`;
      }

      for (const [i, id] of ids.entries()) {
        const after = await policySnapshot(tx, id);
        await recordAudit(tx, actor, { action: "merge-term", entityType: "policy", entityId: id, before: before[i], after });
      }
      await recordAudit(tx, actor, { action: "merge", entityType, entityId: fromId, before: { ...from, policies: ids }, after: into });
      return { ok: true as const, data: { moved: ids.length } };
    });
  },
});
