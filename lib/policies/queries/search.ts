import "server-only";
import { getDb } from "@/lib/core/db";
import { citationsJson, type Citation } from "@/lib/core/sources/citation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegionCode } from "@/lib/core/regions";
import { PAGE_SIZE, type Facet, type PolicyFilters } from "@/lib/policies/view-state/search";
import { MATCH_END, MATCH_START } from "@/lib/policies/match-marks";
import { baseCte, filterSql, textQuerySql, wantsText } from "./filters";

export { MATCH_END, MATCH_START };

export interface FacetCount {
  facet: Facet | "year";
  /** A URL key (lower-case ISO3, slug, fixed key), or for "year" the launch year or "unknown". */
  value: string;
  count: number;
}

/**
 * How many published policies each facet value would give, with every other
 * active filter applied (the facet's own selection ignored, so that ticking
 * another value shows what it adds). "year" counts launch years for the range.
 */
export async function getFacetCounts(filters: PolicyFilters): Promise<FacetCount[]> {
  const simple = (facet: Facet, column: string) => Prisma.sql`
    SELECT ${facet}::text AS facet, b.${Prisma.raw(column)} AS value, count(*)::int AS count
    FROM base b WHERE ${filterSql(filters, facet)} GROUP BY 2`;
  return getDb().$queryRaw<FacetCount[]>`
    WITH ${baseCte(filters)}
    ${simple("economy", "economy_key")}
    UNION ALL ${simple("region", "region_key")}
    UNION ALL ${simple("sector", "sector_key")}
    UNION ALL ${simple("market", "market_key")}
    UNION ALL ${simple("status", "status_key")}
    UNION ALL ${simple("pandemic", "pandemic_key")}
    UNION ALL
    SELECT 'instrument', it.slug, count(*)::int
    FROM base b
    JOIN policy_instrument_type pit ON pit.policy_id = b.id
    JOIN instrument_type it ON it.id = pit.instrument_type_id
    WHERE ${filterSql(filters, "instrument")} GROUP BY 2
    UNION ALL
    SELECT 'target', tg.slug, count(*)::int
    FROM base b
    JOIN policy_target_group ptg ON ptg.policy_id = b.id
    JOIN target_group tg ON tg.id = ptg.target_group_id
    WHERE ${filterSql(filters, "target")} GROUP BY 2
    UNION ALL
    SELECT 'year', coalesce(b.launch_year::text, 'unknown'), count(*)::int
    FROM base b WHERE ${filterSql(filters, "year")} GROUP BY 2`;
}

export interface PolicyListRow {
  id: number;
  nameEn: string;
  nameOriginal: string;
  iso3: string;
  countryNameEn: string;
  countryNameEs: string;
  isFealacMember: boolean;
  launchYear: number | null;
  /** Slugs, in vocabulary order. */
  instrumentTypes: string[];
  /** Part of the description; with a text query, the words it matched sit between MATCH_START and MATCH_END. */
  snippet: string;
  /** Its sources (for whether it is from public sources only) and its verification state, shown beside it. */
  sources: Citation[];
  verification: string;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  disputeNote: string | null;
}

const FRAGMENT_DELIMITER = " … ";
const SNIPPET_LENGTH = 240;

/**
 * ts_headline's fragments, with an ellipsis where text was left out and the
 * closing punctuation it drops put back; without a search, the description's
 * start, cut at a word boundary.
 */
export function finishSnippet(snippet: string, description: string): string {
  if (!snippet.includes(MATCH_START)) {
    if (description.length <= SNIPPET_LENGTH) return description;
    return `${description.slice(0, SNIPPET_LENGTH).replace(/\s+\S*$/, "")} …`;
  }
  const fragments = snippet.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "").split(FRAGMENT_DELIMITER);
  const first = fragments[0];
  const last = fragments[fragments.length - 1];
  const lead = description.startsWith(first) ? "" : "… ";
  const end = description.lastIndexOf(last);
  const rest = end < 0 ? "…" : description.slice(end + last.length);
  const tail = /^[\p{P}\s]*$/u.test(rest) ? rest.trim() : " …";
  return `${lead}${snippet}${tail}`;
}

export interface PolicyPage {
  total: number;
  rows: PolicyListRow[];
}

/** Best matches first when searching text, else by economy (in the page's language) and name. */
function orderSql(filters: PolicyFilters, locale: string): Prisma.Sql {
  const country = locale === "es" ? Prisma.sql`c.name_es` : Prisma.sql`c.name_en`;
  return Prisma.sql`${wantsText(filters.q) ? Prisma.sql`b.rank DESC,` : Prisma.empty} ${country}, p.name_en, p.id`;
}

function snippetSql(filters: PolicyFilters): Prisma.Sql {
  if (!wantsText(filters.q)) return Prisma.sql`p.description`;
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
  return Prisma.sql`ts_headline('english_unaccent'::regconfig, p.description, ${textQuerySql(filters.q)}, ${options})`;
}

/** One page of the published policies matching the filters. */
export async function searchPolicies(filters: PolicyFilters, options: { page: number; locale: string; pageSize?: number }): Promise<PolicyPage> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Array<PolicyListRow & { description: string }>>`
      WITH ${baseCte(filters)}
      SELECT p.id, p.name_en AS "nameEn", p.name_original AS "nameOriginal", c.iso3,
             c.name_en AS "countryNameEn", c.name_es AS "countryNameEs", c.is_fealac_member AS "isFealacMember",
             p.launch_year::int AS "launchYear",
             array(SELECT it.slug FROM policy_instrument_type pit JOIN instrument_type it ON it.id = pit.instrument_type_id
                   WHERE pit.policy_id = p.id ORDER BY it.sort_order, it.slug) AS "instrumentTypes",
             ${snippetSql(filters)} AS snippet, p.description,
             ${citationsJson("policy_source", "policy_id", Prisma.sql`p.id`)} AS sources,
             p.verification::text AS verification, p.verified_on AS "verifiedOn", p.verified_by AS "verifiedBy", p.dispute_note AS "disputeNote"
      FROM base b
      JOIN policy p ON p.id = b.id
      JOIN country c ON c.iso3 = p.country_iso3
      WHERE ${filterSql(filters)}
      ORDER BY ${orderSql(filters, options.locale)}
      LIMIT ${pageSize} OFFSET ${(options.page - 1) * pageSize}`,
    db.$queryRaw<[{ total: number }]>`
      WITH ${baseCte(filters)}
      SELECT count(*)::int AS total FROM base b WHERE ${filterSql(filters)}`,
  ]);
  return { total, rows: rows.map(({ description, ...row }) => ({ ...row, snippet: finishSnippet(row.snippet, description) })) };
}

export interface PolicyExportRow {
  id: number;
  iso3: string;
  countryNameEn: string;
  countryNameEs: string;
  regionCode: RegionCode | null;
  isFealacMember: boolean;
  nameOriginal: string;
  nameEn: string;
  agency: string | null;
  partners: string | null;
  launchYear: number | null;
  endYear: number | null;
  status: string;
  sector: string | null;
  marketFocus: string | null;
  pandemicResponse: boolean | null;
  instrumentTypes: string[];
  targetGroups: string[];
  description: string;
  results: string[];
  sources: Citation[];
  verification: string;
  verifiedOn: Date | null;
  verifiedBy: string | null;
  notes: string | null;
}

/** Every published policy matching the filters (all pages), in the list's order, for the CSV. */
export async function listPoliciesForExport(filters: PolicyFilters, locale: string): Promise<PolicyExportRow[]> {
  return getDb().$queryRaw<PolicyExportRow[]>`
    WITH ${baseCte(filters)}
    SELECT p.id, c.iso3, c.name_en AS "countryNameEn", c.name_es AS "countryNameEs", c.region_code AS "regionCode",
           c.is_fealac_member AS "isFealacMember", p.name_original AS "nameOriginal", p.name_en AS "nameEn",
           p.agency, p.partners, p.launch_year::int AS "launchYear", p.end_year::int AS "endYear", p.status::text AS status,
           p.sector::text AS sector, p.market_focus::text AS "marketFocus", p.pandemic_response AS "pandemicResponse",
           array(SELECT it.slug FROM policy_instrument_type pit JOIN instrument_type it ON it.id = pit.instrument_type_id
                 WHERE pit.policy_id = p.id ORDER BY it.sort_order, it.slug) AS "instrumentTypes",
           array(SELECT tg.slug FROM policy_target_group ptg JOIN target_group tg ON tg.id = ptg.target_group_id
                 WHERE ptg.policy_id = p.id ORDER BY tg.sort_order, tg.slug) AS "targetGroups",
           p.description,
           array(SELECT r.text || coalesce(' (' || r.year || ')', '') FROM policy_result r
                 WHERE r.policy_id = p.id ORDER BY r.position) AS results,
           ${citationsJson("policy_source", "policy_id", Prisma.sql`p.id`)} AS sources,
           p.verification::text AS verification, p.verified_on AS "verifiedOn", p.verified_by AS "verifiedBy",
           p.notes
    FROM base b
    JOIN policy p ON p.id = b.id
    JOIN country c ON c.iso3 = p.country_iso3
    WHERE ${filterSql(filters)}
    ORDER BY ${orderSql(filters, locale)}`;
}
