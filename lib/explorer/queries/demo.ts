import "server-only";
import { getDb } from "@/lib/core/db";
import { scopeSql, type Scope } from "./scope";

/** Whether any traffic in scope is generated demonstration data (the page must then say so). */
export async function getTrafficIsDemo(scope: Scope): Promise<boolean> {
  const [row] = await getDb().$queryRaw<Array<{ demo: boolean }>>`
    SELECT EXISTS (
      SELECT 1 FROM traffic_monthly t
      JOIN marketplace m ON m.id = t.marketplace_id
      JOIN country c ON c.iso3 = m.country_iso3
      WHERE t.is_demo AND ${scopeSql(scope)}
    ) AS demo`;
  return row.demo;
}
