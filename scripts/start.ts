/**
 * `npm start`: generate the Prisma client and build the app when the sources
 * changed since the last build, then serve it against a ready database
 * (the embedded one, seeded with demonstration data on first start, unless
 * DATABASE_URL is set).
 */
import { routing } from "@/i18n/routing";
import { buildIsStale, builtAt, newestChange } from "@/scripts/build-state";
import { run, runBin } from "@/scripts/db/run";

async function main(): Promise<number> {
  const env = process.env;
  if (builtAt("lib/generated/prisma/client.ts") < newestChange("prisma/schema.prisma")) {
    await runBin("tsx", ["scripts/db/generate-client.ts"], env);
  }
  if (buildIsStale()) {
    console.log("Building the portal (first start or changed sources) …");
    await runBin("next", ["build"], env);
  }
  const port = env.PORT ?? "3000";
  // next-auth needs the public address; a deployment sets NEXTAUTH_URL itself.
  if (!env.DATABASE_URL) env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const others = routing.locales.filter((locale) => locale !== routing.defaultLocale).map((locale) => `/${locale}`);
  console.log(`\nStarting the portal: http://localhost:${port}/${routing.defaultLocale}  (also ${others.join(", ")})\n`);
  env.PORT = port;
  return run("node_modules/.bin/tsx", ["scripts/with-db.ts", "--demo", "--", "node_modules/.bin/tsx", "scripts/serve.ts"], env);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
