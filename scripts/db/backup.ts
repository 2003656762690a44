/**
 * Backups of the portal's database: pg_dump's custom format (-Fc), restored
 * with pg_restore --clean --if-exists. A restore refuses a database that
 * holds data unless forced, so a mistyped target is not overwritten.
 */
import { spawn } from "node:child_process";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { findPgTools } from "./pg-tools";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (c) => Math.floor(Number((await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0].v) / 10000));
}

/** Tables of the public schema that hold at least one row (migration bookkeeping aside). */
export async function tablesWithRows(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const filled: string[] = [];
    for (const { name } of tables.rows) {
      if ((await c.query(`SELECT 1 FROM "${name.replace(/"/g, '""')}" LIMIT 1`)).rowCount) filled.push(name);
    }
    return filled;
  });
}

/** libpq reads the URL itself; the password goes through the environment, never the command line. */
function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { args: ["--dbname", u.toString()], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function exec(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} exited with code ${code}: ${stderr.trim()}`))));
  });
}

export function defaultBackupFile(now = new Date()): string {
  return path.join("backups", `portal-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}.dump`);
}

/** Dumps the database at `url` into `file` (custom format); returns the file's size in bytes. */
export async function backupDatabase(url: string, file: string): Promise<number> {
  const tools = findPgTools(await serverMajor(url));
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const { args, env } = connection(url);
  await exec(tools.pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", file, ...args], env);
  return (await stat(file)).size;
}

export class NotEmptyError extends Error {}

/** Restores `file` into the database at `url`, replacing what the dump holds; refuses a database with data unless `force`. */
export async function restoreDatabase(url: string, file: string, options: { force?: boolean } = {}): Promise<void> {
  await stat(file); // a missing file is named before anything is touched
  const filled = await tablesWithRows(url);
  if (filled.length > 0 && !options.force) {
    throw new NotEmptyError(`The target database holds data (${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""}); nothing was restored. Add --force to replace it.`);
  }
  const tools = findPgTools(await serverMajor(url));
  const { args, env } = connection(url);
  await exec(tools.pgRestore, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...args, file], env);
}
