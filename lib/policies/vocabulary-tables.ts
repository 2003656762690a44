/**
 * Where each policy vocabulary lives in the database: its table, the policy
 * link table and the link's column. Kept in one place for the SQL that reads
 * usage counts and the SQL that merges terms.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Vocabulary } from "@/lib/policies/schemas/vocabulary";

export const VOCABULARY_TABLES: Record<Vocabulary, { entityType: string; term: Prisma.Sql; link: Prisma.Sql; column: Prisma.Sql }> = {
  "instrument-types": {
    entityType: "instrument-type",
    term: Prisma.sql`instrument_type`,
    link: Prisma.sql`policy_instrument_type`,
    column: Prisma.sql`instrument_type_id`,
  },
  "target-groups": {
    entityType: "target-group",
    term: Prisma.sql`target_group`,
    link: Prisma.sql`policy_target_group`,
    column: Prisma.sql`target_group_id`,
  },
};

export interface TermRow {
  id: number;
  slug: string;
  nameEn: string;
  nameEs: string;
}
