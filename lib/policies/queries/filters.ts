import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, type Facet, type PolicyFilters } from "@/lib/policies/view-state/search";

/** Both readings of a websearch-syntax query, OR-ed (see the policy_search migration for the vector). */
function readingsSql(q: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('english_unaccent'::regconfig, ${q}) || websearch_to_tsquery('simple_unaccent'::regconfig, ${q}))`;
}

/**
 * A search in websearch syntax split into what must match and what must not
 * ("-word", "-\"a phrase\""). The query is read twice, with the english
 * configuration (stems, for the english half of policy.search_vector) and
 * with simple (words as written: original names, acronyms, other languages),
 * and a policy matches when either reading does. OR-ing whole readings would
 * let an excluded word back in through the other reading, so exclusions are
 * taken out and refused in both readings.
 */
export function splitQuery(q: string): { include: string; exclude: string } {
  const excluded: string[] = [];
  const include = q.replace(/(^|\s)-("[^"]*"?|[^\s"]+)/g, (_match, space: string, term: string) => {
    excluded.push(term);
    return space;
  });
  return { include: include.replace(/\s+/g, " ").trim(), exclude: excluded.join(" or ") };
}

/** The tsquery that ranks and highlights: the wanted part of the search, both readings. */
export function textQuerySql(q: string): Prisma.Sql {
  return readingsSql(splitQuery(q).include);
}

/** Whether a search names words to find (not only words to leave out). */
export function wantsText(q: string): boolean {
  return splitQuery(q).include !== "";
}

function textMatchSql(q: string): Prisma.Sql {
  const { include, exclude } = splitQuery(q);
  const parts = [include ? Prisma.sql`p.search_vector @@ ${readingsSql(include)}` : Prisma.sql`true`];
  if (exclude) parts.push(Prisma.sql`NOT (p.search_vector @@ ${readingsSql(exclude)})`);
  return Prisma.join(parts, " AND ");
}

/**
 * CTE "base": the published policies matching the text query, with each
 * facet's value as a key (the same keys as the URL), so that facet counts and
 * filters read alike. The public never sees drafts or archived policies.
 */
export function baseCte(filters: PolicyFilters): Prisma.Sql {
  const text = filters.q ? textMatchSql(filters.q) : Prisma.sql`true`;
  const rank = wantsText(filters.q) ? Prisma.sql`ts_rank(p.search_vector, ${textQuerySql(filters.q)})` : Prisma.sql`0`;
  return Prisma.sql`base AS (
    SELECT p.id, lower(p.country_iso3) AS economy_key,
           CASE WHEN c.is_fealac_member THEN lower(replace(c.region_code, '_', '-')) ELSE 'non-member' END AS region_key,
           CASE p.sector WHEN 'GOODS' THEN 'goods' WHEN 'SERVICES' THEN 'services' WHEN 'BOTH' THEN 'both' ELSE 'unknown' END AS sector_key,
           CASE p.market_focus WHEN 'DOMESTIC' THEN 'domestic' WHEN 'CROSS_BORDER' THEN 'cross-border' WHEN 'BOTH' THEN 'both' ELSE 'unknown' END AS market_key,
           CASE p.status WHEN 'ONGOING_AT_SOURCE' THEN 'ongoing' WHEN 'ENDED' THEN 'ended' WHEN 'PLANNED' THEN 'planned' ELSE 'unknown' END AS status_key,
           CASE p.pandemic_response WHEN true THEN 'yes' WHEN false THEN 'no' ELSE 'unknown' END AS pandemic_key,
           p.launch_year, ${rank}::float8 AS rank
    FROM policy p
    JOIN country c ON c.iso3 = p.country_iso3
    WHERE p.workflow_state = 'PUBLISHED' AND ${text}
  )`;
}

const KEY_COLUMN: Record<Exclude<Facet, "instrument" | "target">, Prisma.Sql> = {
  economy: Prisma.sql`b.economy_key`,
  region: Prisma.sql`b.region_key`,
  sector: Prisma.sql`b.sector_key`,
  market: Prisma.sql`b.market_key`,
  status: Prisma.sql`b.status_key`,
  pandemic: Prisma.sql`b.pandemic_key`,
};

function facetSql(facet: Facet, values: string[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  if (facet === "instrument") {
    return Prisma.sql`EXISTS (SELECT 1 FROM policy_instrument_type pit JOIN instrument_type it ON it.id = pit.instrument_type_id
                              WHERE pit.policy_id = b.id AND it.slug IN (${Prisma.join(values)}))`;
  }
  if (facet === "target") {
    return Prisma.sql`EXISTS (SELECT 1 FROM policy_target_group ptg JOIN target_group tg ON tg.id = ptg.target_group_id
                              WHERE ptg.policy_id = b.id AND tg.slug IN (${Prisma.join(values)}))`;
  }
  return Prisma.sql`${KEY_COLUMN[facet]} IN (${Prisma.join(values)})`;
}

/** A launch-year range leaves out policies whose launch year is unknown. */
function yearSql(filters: PolicyFilters): Prisma.Sql | null {
  if (filters.from === null && filters.to === null) return null;
  return Prisma.sql`b.launch_year BETWEEN ${filters.from ?? 1900}::int AND ${filters.to ?? 2100}::int`;
}

/**
 * Condition on alias b (base) for every active filter except the facet named
 * (its own counts must ignore its own selection, so that other values keep
 * showing what choosing them would add), or every filter when none is named.
 */
export function filterSql(filters: PolicyFilters, except?: Facet | "year"): Prisma.Sql {
  const parts = FACETS.filter((f) => f !== except).map((f) => facetSql(f, filters[f]));
  if (except !== "year") parts.push(yearSql(filters));
  const active = parts.filter((p): p is Prisma.Sql => p !== null);
  return active.length ? Prisma.join(active, " AND ") : Prisma.sql`true`;
}
