import "server-only";
import { getDb } from "@/lib/core/db";
import { scopeSql, type Scope } from "./scope";

/** Where the traffic in a scope comes from: what a page, a chart's image and its embed must say about it. */
export interface TrafficProvenance {
  /** Whether any of it is generated demonstration data (the page must then say so). */
  demo: boolean;
  /** The sources its rows name, in name order (empty when the scope has no traffic). */
  sources: string[];
}

export async function getTrafficProvenance(scope: Scope): Promise<TrafficProvenance> {
  const [row] = await getDb().$queryRaw<Array<TrafficProvenance>>`
    SELECT coalesce(bool_or(t.is_demo), false) AS demo,
           coalesce(array_agg(DISTINCT t.source ORDER BY t.source), '{}') AS sources
    FROM traffic_monthly t
    JOIN marketplace m ON m.id = t.marketplace_id
    JOIN country c ON c.iso3 = m.country_iso3
    WHERE ${scopeSql(scope)}`;
  return row;
}
