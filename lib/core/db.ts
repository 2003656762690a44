/**
 * The one way to reach the database, from one configuration (DATABASE_URL):
 * - getDb(): the Prisma client, a cached singleton. Password hashes are
 *   omitted from every query unless a caller asks for them explicitly
 *   (`omit: { passwordHash: false }`).
 * - openConnection(): a dedicated raw pg connection, for what Prisma cannot
 *   do: COPY (downloads, ingestion), session-level advisory locks, LISTEN.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

const cache = globalThis as unknown as { prisma?: Database };

export function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the portal with `npm start` or `npm run dev`.");
  return url;
}

/** Created on first use so that importing this module never needs a database. */
export function getDb(): Database {
  cache.prisma ??= createPrismaClient(connectionString());
  return cache.prisma;
}

/**
 * A new raw connection, connected, named in pg_stat_activity by its purpose.
 * The caller ends it. A dropped connection surfaces as an error on the query
 * that was running, so the client-level "error" event is only absorbed here.
 */
export async function openConnection(applicationName: string, url: string = connectionString()): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  client.on("error", () => {});
  await client.connect();
  return client;
}
