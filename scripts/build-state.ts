/** Whether the production build (.next) is older than the sources it is made from. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "i18n", "messages", "public", "prisma/schema.prisma", "next.config.js", "proxy.ts", "package-lock.json"];
const IGNORED = new Set(["generated", "node_modules"]);

export function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => !IGNORED.has(name))
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

export function builtAt(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export function buildIsStale(): boolean {
  return builtAt(".next/BUILD_ID") < Math.max(...SOURCES.map(newestChange));
}
