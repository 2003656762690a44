/**
 * The "to verify" queue's order, one rule for every feature: facts whose
 * strongest source is the weakest come first (secondary, then unclassified,
 * reference, official, datasets, project documents), so staff check what is
 * least certain before the rest. Disputed facts come before unverified ones
 * of the same strength.
 */
import { Prisma } from "@/lib/generated/prisma/client";

/** 0 for the weakest kind; SQL over a source alias `s`. */
const KIND_RANK = Prisma.sql`CASE s.kind WHEN 'SECONDARY' THEN 0 WHEN 'REFERENCE' THEN 2 WHEN 'OFFICIAL' THEN 3 WHEN 'DATASET' THEN 4 WHEN 'PROJECT_DOCUMENT' THEN 5 ELSE 1 END`;

/** The rank of an owner's strongest source through its link table (a fact with no source ranks first). */
export function strongestSourceRank(linkTable: string, ownerColumn: string, owner: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((SELECT max(${KIND_RANK}) FROM ${Prisma.raw(`"${linkTable}"`)} l JOIN source s ON s.id = l.source_id
                             WHERE l.${Prisma.raw(`"${ownerColumn}"`)} = ${owner}), -1)`;
}
