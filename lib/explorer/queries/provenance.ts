import "server-only";
import { getDb } from "@/lib/core/db";
import { countryScopeSql, isWholeCountries, scopeSql, type Scope } from "./scope";

/** Where the traffic in a scope comes from: what a page, a chart's image and its embed must say about it. */
export interface TrafficProvenance {
  /** Whether any of it is generated demonstration data (the page must then say so). */
  demo: boolean;
  /** The sources its rows name, in name order (empty when the scope has no traffic). */
  sources: string[];
}

export async function getTrafficProvenance(scope: Scope): Promise<TrafficProvenance> {
  // Whole countries read their months' demo counts and sources from country_month_visits.
  const [row] = isWholeCountries(scope)
    ? await getDb().$queryRaw<Array<TrafficProvenance>>`
        WITH months AS (
          SELECT a.demo_rows, a.sources FROM country_month_visits a JOIN country c ON c.iso3 = a.country_iso3
          WHERE ${countryScopeSql(scope)}
        )
        SELECT coalesce((SELECT bool_or(demo_rows > 0) FROM months), false) AS demo,
               coalesce((SELECT array_agg(DISTINCT s ORDER BY s) FROM months, unnest(sources) AS s), '{}') AS sources`
    : await getDb().$queryRaw<Array<TrafficProvenance>>`
        SELECT coalesce(bool_or(t.is_demo), false) AS demo,
               coalesce(array_agg(DISTINCT t.source ORDER BY t.source), '{}') AS sources
        FROM traffic_monthly t
        JOIN marketplace m ON m.id = t.marketplace_id
        JOIN country c ON c.iso3 = m.country_iso3
        WHERE ${scopeSql(scope)}`;
  return row;
}
