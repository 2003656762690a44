import { defineAction } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { VOCABULARY_TABLES, type TermRow } from "@/lib/policies/vocabulary-tables";
import { slugOf, TermSaveSchema } from "@/lib/policies/schemas/vocabulary";

/**
 * Adds a term to a policy vocabulary, or renames one. The slug (used in
 * public links) is made once from the English name and kept on renames. Two
 * terms may not share an English or Spanish name: that is what merging is for.
 */
export const saveTerm = defineAction({
  name: "saveTerm",
  role: "ADMIN",
  input: TermSaveSchema,
  async run(actor, { vocabulary, id, nameEn, nameEs }, db) {
    const { term, entityType } = VOCABULARY_TABLES[vocabulary];
    const slug = slugOf(nameEn);
    if (!slug) return { ok: false, error: "invalid", fieldErrors: { nameEn: ["needsLetters"] } };
    return db.$transaction(async (tx) => {
      const clashes = await tx.$queryRaw<Array<{ field: "nameEn" | "nameEs" | "slug" }>>`
        SELECT CASE WHEN lower(name_en) = lower(${nameEn}) THEN 'nameEn'
                    WHEN lower(name_es) = lower(${nameEs}) THEN 'nameEs' ELSE 'slug' END AS field
        FROM ${term}
        WHERE id IS DISTINCT FROM ${id}::int
          AND (lower(name_en) = lower(${nameEn}) OR lower(name_es) = lower(${nameEs}) OR (${id}::int IS NULL AND slug = ${slug}))`;
      if (clashes.length > 0) {
        const fieldErrors: Record<string, string[]> = {};
        for (const { field } of clashes) (fieldErrors[field === "slug" ? "nameEn" : field] ??= []).push("termExists");
        return { ok: false, error: "invalid", fieldErrors };
      }
      if (id === null) {
        const [created] = await tx.$queryRaw<TermRow[]>`
          INSERT INTO ${term} (slug, name_en, name_es, sort_order)
          VALUES (${slug}, ${nameEn}, ${nameEs}, (SELECT coalesce(max(sort_order), 0) + 1 FROM ${term}))
          RETURNING id, slug, name_en AS "nameEn", name_es AS "nameEs"`;
        await recordAudit(tx, actor, { action: "create", entityType, entityId: created.id, after: created });
        return { ok: true, data: { id: created.id } };
      }
      const [before] = await tx.$queryRaw<TermRow[]>`
        SELECT id, slug, name_en AS "nameEn", name_es AS "nameEs" FROM ${term} WHERE id = ${id} FOR UPDATE`;
      if (!before) return { ok: false, error: "not-found", message: "term" };
      const [after] = await tx.$queryRaw<TermRow[]>`
        UPDATE ${term} SET name_en = ${nameEn}, name_es = ${nameEs} WHERE id = ${id}
        RETURNING id, slug, name_en AS "nameEn", name_es AS "nameEs"`;
      await recordAudit(tx, actor, { action: "rename", entityType, entityId: id, before, after });
      return { ok: true, data: { id } };
    });
  },
});
