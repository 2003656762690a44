/**
 * Runs a command against a ready database:
 *   DATABASE_URL set   → that server (never starts one);
 *   DATABASE_URL unset → the embedded PostgreSQL in .data/.
 * Pending migrations are applied first. Demo data is seeded into an empty
 * database only where the flags allow it (never into a DATABASE_URL server
 * unasked).
 *
 *   tsx scripts/with-db.ts [--test] [--demo] [-- <command> [args…]]
 *     (without a command: migrate, seed as the flags say, and exit)
 *     --demo  seed demo data into the embedded database when it is empty
 *     --test  use the separate test cluster (.data/postgres-test) and seed it
 *             when empty, also when DATABASE_URL names a (disposable) server
 */
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { applyMigrations } from "@/scripts/db/migrate";
import { run } from "@/scripts/db/run";
import { seedIfEmpty } from "@/prisma/seed/seed-if-empty";
import { createDemoAdminIfNoUsers } from "@/prisma/seed/demo-admin";
import { localSecret } from "@/scripts/db/local-secret";

async function main(): Promise<number> {
  const separator = process.argv.indexOf("--");
  const flags = process.argv.slice(2, separator < 0 ? undefined : separator);
  const [command, ...args] = separator < 0 ? [] : process.argv.slice(separator + 1);
  const test = flags.includes("--test");
  const external = process.env.DATABASE_URL;

  const database = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres(test ? "postgres-test" : "postgres");
  try {
    if (!external) console.log(`Embedded PostgreSQL ready (${redact(database.url)}).`);
    await applyMigrations(database.url);
    if (test || (flags.includes("--demo") && !external)) {
      await seedIfEmpty(database.url);
    }
    if (flags.includes("--demo") && !external && !test) await createDemoAdminIfNoUsers(database.url);
    if (!command) return 0;
    // PORTAL_DATABASE tells the server it runs on the local demo or test database,
    // where the production settings check (scripts/serve.ts) does not apply.
    const env = { ...process.env, DATABASE_URL: database.url, ...(external && !test ? {} : { PORTAL_DATABASE: test ? "test" : "embedded" }) };
    // Sessions are signed with NEXTAUTH_SECRET. Production sets it (the app refuses
    // to sign anyone in without it); the embedded database and tests get one made
    // locally and kept in .data/, so sessions survive restarts.
    if (!env.NEXTAUTH_SECRET && (!external || test)) env.NEXTAUTH_SECRET = await localSecret(test ? "auth-test" : "auth");
    return await run(command, args, env);
  } finally {
    await database.stop();
  }
}

function redact(url: string): string {
  return url.replace(/:[^:@/]+@/, ":***@");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
