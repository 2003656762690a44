/**
 * `npm start`: generate the Prisma client and build the app when the sources
 * changed since the last build, then serve it against a ready database
 * (the embedded one, seeded with demonstration data on first start, unless
 * DATABASE_URL is set).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { run, runBin } from "@/scripts/db/run";

const SOURCES = ["app", "components", "lib", "i18n", "messages", "public", "prisma/schema.prisma", "next.config.js", "proxy.ts", "package-lock.json"];
const IGNORED = new Set(["generated", "node_modules"]);

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => !IGNORED.has(name))
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

function builtAt(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

async function main(): Promise<number> {
  const env = process.env;
  if (builtAt("lib/generated/prisma/client.ts") < newestChange("prisma/schema.prisma")) {
    await runBin("tsx", ["scripts/db/generate-client.ts"], env);
  }
  if (builtAt(".next/BUILD_ID") < Math.max(...SOURCES.map(newestChange))) {
    console.log("Building the portal (first start or changed sources) …");
    await runBin("next", ["build"], env);
  }
  const port = env.PORT ?? "3000";
  // next-auth needs the public address; a deployment sets NEXTAUTH_URL itself.
  if (!env.DATABASE_URL) env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  console.log(`\nStarting the portal: http://localhost:${port}/en  (Spanish: http://localhost:${port}/es)\n`);
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
