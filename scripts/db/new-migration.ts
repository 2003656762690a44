/**
 * Authors a new migration: the SQL that takes the schema as of the latest
 * migration (the snapshot kept beside it) to prisma/schema.prisma.
 *
 *   npm run db:migration -- <name>
 *
 * Prisma's `migrate dev` needs a shadow database, and its driver-adapter
 * engine can neither create one nor diff against a live database, so each
 * migration folder keeps `schema.prisma.snapshot`, the datamodel it produced.
 * Review the generated SQL before committing: check constraints and other SQL
 * that Prisma cannot express are added to migration.sql by hand.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { diffSinceLatestMigration, MIGRATIONS_DIR, SNAPSHOT } from "./schema-diff";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("usage: npm run db:migration -- <name>   (lower case, digits and _ only)");
  }
  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres("postgres");
  let sql: string;
  try {
    sql = diffSinceLatestMigration(database.url);
  } finally {
    await database.stop();
  }
  if (!sql) {
    console.log("prisma/schema.prisma matches the latest migration: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir);
  await writeFile(path.join(dir, "migration.sql"), sql);
  await copyFile(path.join("prisma", "schema.prisma"), path.join(dir, SNAPSHOT));
  console.log(`Wrote ${dir}/migration.sql. Review it, then apply it with npm run db:migrate.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
