import "server-only";
import { getDb } from "@/lib/core/db";
import type { Vocabulary } from "@/lib/policies/schemas/vocabulary";
import { VOCABULARY_TABLES, type TermRow } from "@/lib/policies/vocabulary-tables";

export interface TermUsage extends TermRow {
  /** Policies in any workflow state that use the term, and how many of those are published. */
  policies: number;
  published: number;
}

/** A vocabulary's terms in editorial order, with how many policies use each. */
export function getTermUsage(vocabulary: Vocabulary): Promise<TermUsage[]> {
  const { term, link, column } = VOCABULARY_TABLES[vocabulary];
  return getDb().$queryRaw<TermUsage[]>`
    SELECT t.id, t.slug, t.name_en AS "nameEn", t.name_es AS "nameEs",
           count(p.id)::int AS policies,
           count(p.id) FILTER (WHERE p.workflow_state = 'PUBLISHED')::int AS published
    FROM ${term} t
    LEFT JOIN ${link} l ON l.${column} = t.id
    LEFT JOIN policy p ON p.id = l.policy_id
    GROUP BY t.id
    ORDER BY t.sort_order, t.slug`;
}

/** The latest changes to either vocabulary, newest first, from the audit log. */
export async function getRecentVocabularyChanges(limit = 8) {
  const events = await getDb().auditEvent.findMany({
    where: { entityType: { in: Object.values(VOCABULARY_TABLES).map((v) => v.entityType) } },
    orderBy: { id: "desc" },
    take: limit,
    include: { actor: { select: { email: true } } },
  });
  type Names = { nameEn?: string; nameEs?: string; policies?: number[] } | null;
  return events.map((e) => ({
    id: String(e.id),
    at: e.at,
    action: e.action as "create" | "rename" | "merge",
    actorEmail: e.actor?.email ?? null,
    before: e.before as Names,
    after: e.after as Names,
  }));
}
