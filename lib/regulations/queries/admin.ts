import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/core/db";
import { entrySnapshot } from "@/lib/regulations/entry-snapshot";

/** At most this many entries in the staff list; filters narrow it. */
export const STAFF_LIST_LIMIT = 300;

export interface StaffEntryFilter {
  country: string | null;
  pillar: string | null;
}

/** Economy × indicator entries for the staff list, with their pending suggestions. */
export async function listEntriesForStaff(filter: StaffEntryFilter) {
  const where = Prisma.sql`WHERE TRUE
    ${filter.country ? Prisma.sql`AND e.country_iso3 = ${filter.country}` : Prisma.empty}
    ${filter.pillar ? Prisma.sql`AND p.code = ${filter.pillar}` : Prisma.empty}`;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Array<{
      id: number; country_iso3: string; country_en: string; country_es: string; indicator_code: string; indicator_en: string; indicator_es: string;
      status: string; score: string | null; updated_at: Date; version: number; pending: number;
    }>>`
      SELECT e.id, e.country_iso3, c.name_en AS country_en, c.name_es AS country_es, i.code AS indicator_code, i.name_en AS indicator_en,
             i.name_es AS indicator_es, e.status::text AS status, e.score::text AS score, e.updated_at, e.version,
             (SELECT count(*)::int FROM regulation_suggestion s WHERE s.entry_id = e.id AND s.status = 'PENDING') AS pending
      FROM regulation_entry e
      JOIN country c ON c.iso3 = e.country_iso3
      JOIN regulation_indicator i ON i.id = e.indicator_id
      JOIN regulation_pillar p ON p.id = i.pillar_id
      ${where}
      ORDER BY c.name_en, p.number, i.position
      LIMIT ${STAFF_LIST_LIMIT}`,
    db.$queryRaw<Array<{ total: number }>>`
      SELECT count(*)::int AS total FROM regulation_entry e
      JOIN regulation_indicator i ON i.id = e.indicator_id
      JOIN regulation_pillar p ON p.id = i.pillar_id
      ${where}`,
  ]);
  return { rows: rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) })), total };
}

/** The economies that have entries, and the pillars, for the list's filters. */
export async function getStaffFilterOptions() {
  const db = getDb();
  const [countries, pillars] = await Promise.all([
    db.country.findMany({ where: { regulationEntries: { some: {} } }, orderBy: { nameEn: "asc" }, select: { iso3: true, nameEn: true, nameEs: true } }),
    db.regulationPillar.findMany({ orderBy: { number: "asc" }, select: { code: true, nameEn: true, nameEs: true } }),
  ]);
  return { countries, pillars };
}

export function countPendingSuggestions() {
  return getDb().regulationSuggestion.count({ where: { status: "PENDING" } });
}

/** Which entry this is: economy, indicator with its scoring rule, and pillar. */
export function getEntryContext(id: number) {
  return getDb().regulationEntry.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      country: { select: { iso3: true, nameEn: true, nameEs: true } },
      indicator: {
        select: {
          code: true, nameEn: true, nameEs: true, score0En: true, score0Es: true, scoreHalfEn: true, scoreHalfEs: true, score1En: true, score1Es: true,
          pillar: { select: { code: true, nameEn: true, nameEs: true } },
        },
      },
    },
  });
}
export type EntryContext = NonNullable<Awaited<ReturnType<typeof getEntryContext>>>;

export function getEntryForEditing(id: number) {
  return entrySnapshot(getDb(), id);
}

/** Suggestions waiting for review, oldest first, with the entry they are about. */
export function listPendingSuggestions() {
  return getDb().regulationSuggestion.findMany({
    where: { status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, message: true, contactEmail: true, createdAt: true,
      entry: { select: { id: true, status: true, country: { select: { nameEn: true, nameEs: true } }, indicator: { select: { code: true, nameEn: true, nameEs: true } } } },
    },
  });
}
