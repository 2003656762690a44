import "server-only";
import { getDb } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ENTRY_FIELDS_SQL, type EntryFields } from "./entries";
import { STATUS_OF_KEY, type StatusKey } from "@/lib/regulations/method";
import { SEARCH_PAGE_SIZE } from "@/lib/regulations/view-state";

export interface RegulationFilters {
  q: string;
  /** Upper-case ISO3 codes. */
  economy: string[];
  /** Pillar codes (P01 … P12, TF). */
  pillar: string[];
  status: string[];
}

export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/** The query read both ways, as the vector is (see the regulation_search migration). */
function querySql(q: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('english_unaccent'::regconfig, ${q}) || websearch_to_tsquery('simple_unaccent'::regconfig, ${q}))`;
}

function whereSql(filters: RegulationFilters): Prisma.Sql {
  const parts = [Prisma.sql`c.is_fealac_member`];
  if (filters.q) parts.push(Prisma.sql`e.search_vector @@ ${querySql(filters.q)}`);
  if (filters.economy.length) parts.push(Prisma.sql`e.country_iso3 IN (${Prisma.join(filters.economy)})`);
  if (filters.pillar.length) parts.push(Prisma.sql`p.code IN (${Prisma.join(filters.pillar)})`);
  if (filters.status.length) {
    const statuses = filters.status.map((key) => STATUS_OF_KEY[key as StatusKey]).filter(Boolean);
    parts.push(statuses.length ? Prisma.sql`e.status::text IN (${Prisma.join(statuses)})` : Prisma.sql`false`);
  }
  return Prisma.join(parts, " AND ");
}

export interface SearchRow extends EntryFields {
  id: number;
  nameEn: string;
  nameEs: string;
  /** With a text query: the matching words between MATCH_START and MATCH_END. */
  snippet: string | null;
}

const FROM = Prisma.sql`
  FROM regulation_entry e
  JOIN country c ON c.iso3 = e.country_iso3
  JOIN regulation_indicator i ON i.id = e.indicator_id
  JOIN regulation_pillar p ON p.id = i.pillar_id`;

function selectSql(filters: RegulationFilters): Prisma.Sql {
  const snippet = filters.q
    ? Prisma.sql`ts_headline('simple_unaccent'::regconfig,
        concat_ws(' · ', e.instrument_name, e.instrument_number, e.article, e.description, e.coverage, e.answer),
        ${querySql(filters.q)}, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=10, MaxFragments=2`})`
    : Prisma.sql`NULL`;
  return Prisma.sql`
    SELECT e.id, c.iso3::text AS iso3, c.name_en AS "nameEn", c.name_es AS "nameEs", p.code AS "pillarCode",
           i.code AS "indicatorCode", i.name_en AS "indicatorNameEn", i.name_es AS "indicatorNameEs", i.weight::float8 AS weight,
           ${ENTRY_FIELDS_SQL}, ${snippet} AS snippet`;
}

function orderSql(filters: RegulationFilters, locale: string): Prisma.Sql {
  const name = locale === "es" ? Prisma.sql`c.name_es` : Prisma.sql`c.name_en`;
  const rank = filters.q ? Prisma.sql`ts_rank(e.search_vector, ${querySql(filters.q)}) DESC,` : Prisma.empty;
  return Prisma.sql`${rank} ${name}, p.number, i.position`;
}

/** One page of matching entries: best text matches first, else by economy and taxonomy order. */
export async function searchEntries(filters: RegulationFilters, options: { page: number; locale: string; pageSize?: number }) {
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<SearchRow[]>`${selectSql(filters)} ${FROM} WHERE ${whereSql(filters)}
      ORDER BY ${orderSql(filters, options.locale)} LIMIT ${pageSize} OFFSET ${(options.page - 1) * pageSize}`,
    db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total ${FROM} WHERE ${whereSql(filters)}`,
  ]);
  return { total, rows };
}

/** Every matching entry (all pages), for the CSV. */
export async function listEntriesForExport(filters: RegulationFilters, locale: string): Promise<SearchRow[]> {
  return getDb().$queryRaw<SearchRow[]>`${selectSql({ ...filters, q: "" })} ${FROM} WHERE ${whereSql(filters)}
    ORDER BY ${orderSql(filters, locale)}`;
}
