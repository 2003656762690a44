/** Scratch databases on the test server, so that each test file owns its data. */
import { randomBytes } from "node:crypto";
import pg from "pg";

/** A per-run template name, so that two test runs on one server do not collide. */
export function templateDatabaseName(): string {
  return `portal_test_template_${randomBytes(4).toString("hex")}`;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function quoted(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return `"${name}"`;
}

export async function createEmptyDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, (c) => c.query(`create database ${quoted(name)}`));
  return withDatabase(serverUrl, name);
}

/** A new database copied from the migrated template. */
export async function createScratchDatabase(serverUrl: string, from: string): Promise<string> {
  const name = `portal_test_${randomBytes(5).toString("hex")}`;
  await onServer(serverUrl, (c) => c.query(`create database ${quoted(name)} template ${quoted(from)}`));
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, nameOrUrl: string): Promise<void> {
  const name = nameOrUrl.includes("://") ? new URL(nameOrUrl).pathname.slice(1) : nameOrUrl;
  await onServer(serverUrl, (c) => c.query(`drop database if exists ${quoted(name)} with (force)`));
}
