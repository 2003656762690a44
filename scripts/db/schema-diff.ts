/** The SQL difference between the latest migration's schema snapshot and prisma/schema.prisma. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");
export const SNAPSHOT = "schema.prisma.snapshot";

export function latestSnapshot(): string | null {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const latest = dirs.at(-1);
  if (!latest) return null;
  const snapshot = path.join(MIGRATIONS_DIR, latest, SNAPSHOT);
  if (!existsSync(snapshot)) throw new Error(`${snapshot} is missing`);
  return snapshot;
}

/** Returns the SQL script, or "" when the schema matches the latest migration. */
export function diffSinceLatestMigration(databaseUrl: string): string {
  const snapshot = latestSnapshot();
  const from = snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    "node_modules/.bin/prisma",
    ["migrate", "diff", ...from, "--to-schema-datamodel", path.join("prisma", "schema.prisma"), "--script"],
    {
      // Prisma's JavaScript schema engine connects through the driver adapter
      // even to diff two datamodels; it reads and writes nothing there.
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return /^\s*(CREATE|ALTER|DROP)\b/im.test(sql) ? sql : "";
}
