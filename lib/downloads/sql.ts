/**
 * SQL fragments for the dataset builders. The filter values travel as one
 * JSON object in the transaction-local setting `portal.download` (set with a
 * bind parameter, see lib/downloads/queries/connection.ts): builders only choose which
 * constant fragments to use, so user input never becomes SQL text. This also
 * lets the same statement run inside `COPY (…) TO STDOUT`, which takes no bind
 * parameters.
 */
import { sqlParams, type Selection } from "./filters";

const SETTINGS = "current_setting('portal.download')::jsonb";

/** A text value of the selection (key is a constant of the code). */
export const param = (key: string) => `(${SETTINGS} ->> '${key}')`;
/** A list value of the selection, as a set for IN (…). */
export const paramList = (key: string) => `(SELECT jsonb_array_elements_text(${SETTINGS} -> '${key}'))`;

export function has(s: Selection, key: keyof ReturnType<typeof sqlParams>): boolean {
  const v = sqlParams(s)[key];
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
}

export function where(conditions: Array<string | false>): string {
  const list = conditions.filter((c): c is string => Boolean(c));
  return list.length ? `WHERE ${list.join(" AND ")}` : "";
}

/** Conditions on a marketplace `m` and its country `c`. */
export function marketplaceConditions(s: Selection): string[] {
  return [
    has(s, "region") && `c.region_code = ${param("region")}`,
    has(s, "countries") && `m.country_iso3 IN ${paramList("countries")}`,
    has(s, "marketplaces") && `m.slug IN ${paramList("marketplaces")}`,
    has(s, "category") && `m.category::text = ${param("category")}`,
    has(s, "business_model") && `m.business_model::text = ${param("business_model")}`,
    has(s, "sector") && `m.sector::text = ${param("sector")}`,
    has(s, "transactional") && `m.transactional = ${param("transactional")}::boolean`,
  ].filter((c): c is string => Boolean(c));
}

/** Conditions on a country `c`. */
export function countryConditions(s: Selection): string[] {
  return [
    has(s, "region") && `c.region_code = ${param("region")}`,
    has(s, "countries") && `c.iso3 IN ${paramList("countries")}`,
  ].filter((c): c is string => Boolean(c));
}

/** Conditions on a month column. */
export function monthConditions(s: Selection, column: string): string[] {
  return [has(s, "from_date") && `${column} >= ${param("from_date")}::date`, has(s, "to_date") && `${column} <= ${param("to_date")}::date`].filter(
    (c): c is string => Boolean(c),
  );
}

/** Conditions on a year column. */
export function yearConditions(s: Selection, column: string): string[] {
  return [has(s, "from_year") && `${column} >= ${param("from_year")}::int`, has(s, "to_year") && `${column} <= ${param("to_year")}::int`].filter(
    (c): c is string => Boolean(c),
  );
}

/** "demonstration" when any figure behind the row is generated, else "reported". */
export const demoStatus = (isDemo: string) => `CASE WHEN ${isDemo} THEN 'demonstration' ELSE 'reported' END`;

export const MARKETPLACE_JOIN = "JOIN marketplace m ON m.id = t.marketplace_id JOIN country c ON c.iso3 = m.country_iso3";
