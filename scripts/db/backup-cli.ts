/**
 *   npm run db:backup  [-- <file>]            (default backups/portal-<UTC timestamp>.dump)
 *   npm run db:restore -- <file> [--force]
 * against DATABASE_URL, or the embedded database when it is unset (started
 * for the command if it is not running). No migration or seed runs first.
 */
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { backupDatabase, defaultBackupFile, restoreDatabase } from "./backup";

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { force: { type: "boolean" } } });
  if ((command !== "backup" && command !== "restore") || (command === "restore" && positionals.length !== 1) || positionals.length > 1) {
    console.error("Usage: npm run db:backup [-- <file>]   |   npm run db:restore -- <file> [--force]");
    return 2;
  }
  const database = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => undefined } : await startEmbeddedPostgres("postgres");
  try {
    if (command === "backup") {
      const file = positionals[0] ?? defaultBackupFile();
      const bytes = await backupDatabase(database.url, file);
      console.log(`Backup written to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
    } else {
      await restoreDatabase(database.url, positionals[0], { force: values.force });
      console.log(`Restored ${positionals[0]}.`);
    }
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
