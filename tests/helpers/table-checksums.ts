/**
 * Every table of a database, with its row count and an md5 of its rows in a
 * stable order: equal checksums mean equal data. Tests compare them before and
 * after a refused input (nothing may change) and across a backup and restore.
 */
import type { Database } from "@/lib/core/db";

export interface TableChecksum {
  rows: number;
  md5: string;
}

/** Tables of the public schema (Prisma's migration bookkeeping included), by name. */
export async function tableNames(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ name: string }>>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((r) => r.name);
}

export async function tableChecksums(db: Database, options: { exclude?: readonly string[] } = {}): Promise<Record<string, TableChecksum>> {
  const result: Record<string, TableChecksum> = {};
  for (const table of await tableNames(db)) {
    if (options.exclude?.includes(table)) continue;
    const [row] = await db.$queryRawUnsafe<Array<{ rows: bigint; md5: string }>>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5 FROM "${table}" t`,
    );
    result[table] = { rows: Number(row.rows), md5: row.md5 };
  }
  return result;
}
