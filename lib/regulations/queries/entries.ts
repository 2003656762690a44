import "server-only";
import { getDb } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { citationsJson, type Citation } from "@/lib/core/sources/citation";
import type { VerificationState } from "@/lib/generated/prisma/enums";

/** An entry's fields as the public views, CSVs and search read them. */
export interface EntryFields {
  iso3: string;
  pillarCode: string;
  indicatorCode: string;
  indicatorNameEn: string;
  indicatorNameEs: string;
  weight: number;
  status: string;
  answer: string | null;
  score: number | null;
  instrumentName: string | null;
  instrumentNumber: string | null;
  instrumentYear: number | null;
  lastAmendedYear: number | null;
  article: string | null;
  description: string | null;
  coverage: string | null;
  sources: Citation[];
  verification: VerificationState;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  disputeNote: string | null;
}

/** The select list of an entry's fields, for every query that reads entries as EntryFields (alias e). */
export const ENTRY_FIELDS_SQL = Prisma.sql`
  coalesce(e.status::text, 'NO_DATA') AS status, e.answer, e.score::float8 AS score,
  e.instrument_name AS "instrumentName", e.instrument_number AS "instrumentNumber",
  e.instrument_year::int AS "instrumentYear", e.last_amended_year::int AS "lastAmendedYear",
  e.article, e.description, e.coverage, ${citationsJson("regulation_entry_source", "entry_id", Prisma.sql`e.id`)} AS sources,
  coalesce(e.verification::text, 'UNVERIFIED') AS verification, e.verified_on AS "verifiedOn", e.verified_by AS "verifiedBy",
  e.dispute_note AS "disputeNote"`;

export interface EntryRow extends EntryFields {
  /** null when the economy × indicator cell has no entry row at all (shown as no data). */
  id: number | null;
}

/**
 * Every indicator for each economy asked for, in taxonomy order, with its
 * entry; an indicator without an entry row reads as NO_DATA.
 */
export async function getEntries(economies: readonly string[]): Promise<EntryRow[]> {
  if (economies.length === 0) return [];
  return getDb().$queryRaw<EntryRow[]>`
    SELECT e.id, c.iso3, p.code AS "pillarCode", i.code AS "indicatorCode",
           i.name_en AS "indicatorNameEn", i.name_es AS "indicatorNameEs", i.weight::float8 AS weight,
           ${ENTRY_FIELDS_SQL}
    FROM country c
    CROSS JOIN regulation_indicator i
    JOIN regulation_pillar p ON p.id = i.pillar_id
    LEFT JOIN regulation_entry e ON e.country_iso3 = c.iso3 AND e.indicator_id = i.id
    WHERE c.iso3 IN (${Prisma.join(economies)})
    ORDER BY p.number, i.position, array_position(${[...economies]}::text[], c.iso3::text)`;
}
