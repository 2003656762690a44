/**
 * Gives a test file its own database, copied from the migrated template,
 * optionally loaded with a fixture; the app's data functions are pointed at it.
 */
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type Database } from "@/lib/core/db";
import { createScratchDatabase, dropDatabase } from "./scratch-database";

export function useScratchDatabase(load?: (db: Database) => Promise<void>): () => Database {
  const serverUrl = inject("serverUrl");
  const template = inject("templateDatabase");
  let url: string;
  let db: Database;
  beforeAll(async () => {
    url = await createScratchDatabase(serverUrl, template);
    db = createPrismaClient(url);
    await load?.(db);
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await db.$disconnect();
    await dropDatabase(serverUrl, url);
  });
  return () => db;
}
