/**
 * npm run db:backup / db:restore: a dump restored into an empty database
 * gives every table back with the same rows (row counts and md5 of the rows);
 * a restore over a database with data is refused unless forced.
 *
 * pg_dump refuses a server newer than itself. When the machine's newest
 * client tools are older than the test server, the round trip runs on a
 * throwaway cluster of the tools' own version (same migrations, same data).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/core/db";
import { backupDatabase, NotEmptyError, restoreDatabase, serverMajor } from "@/scripts/db/backup";
import { applyMigrations } from "@/scripts/db/migrate";
import { findPgTools } from "@/scripts/db/pg-tools";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { createEmptyDatabase, dropDatabase } from "@/tests/helpers/scratch-database";
import { tableChecksums } from "@/tests/helpers/table-checksums";
import { startTemporaryCluster, type TemporaryCluster } from "@/tests/helpers/temporary-cluster";

const run = promisify(execFile);

async function checksumsOf(url: string) {
  const db = createPrismaClient(url);
  try {
    return await tableChecksums(db);
  } finally {
    await db.$disconnect();
  }
}

describe("database backup and restore", () => {
  let server = inject("serverUrl");
  let cluster: TemporaryCluster | null = null;
  let source: string;
  let target: string;
  const dir = mkdtempSync(path.join(tmpdir(), "portal-backup-"));
  const file = path.join(dir, "portal.dump");

  beforeAll(async () => {
    try {
      findPgTools(await serverMajor(server));
    } catch {
      cluster = await startTemporaryCluster(path.dirname(findPgTools(0).pgDump));
      server = cluster.url;
    }
    const suffix = Date.now().toString(36);
    source = await createEmptyDatabase(server, `portal_backup_source_${suffix}`);
    target = await createEmptyDatabase(server, `portal_backup_target_${suffix}`);
    await applyMigrations(source);
    const db = createPrismaClient(source);
    await loadRegulationFixture(db);
    await db.user.create({ data: { email: "ana@example.org", name: "Ana Pérez — «ñ» 日本", role: "ADMIN", passwordHash: "x" } });
    await db.regulationEntry.updateMany({ data: { answer: "multi\nline, \"quoted\"" } });
    const cited = await db.source.create({ data: { key: "url:https://example.org/b?x=1&y=2", title: "Fuente «ñ» 日本", url: "https://example.org/b?x=1&y=2", kind: "SECONDARY" } });
    const first = await db.regulationEntry.findFirstOrThrow();
    await db.regulationEntrySource.create({ data: { entryId: first.id, sourceId: cited.id, position: 1 } });
    await db.$disconnect();
  }, 180_000);

  afterAll(async () => {
    for (const url of [source, target]) if (url) await dropDatabase(server, url).catch(() => undefined);
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores every table with the same rows into an empty database", async () => {
    expect(await backupDatabase(source, file)).toBeGreaterThan(0);
    await restoreDatabase(target, file);
    const [before, after] = await Promise.all([checksumsOf(source), checksumsOf(target)]);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before.regulation_entry.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("refuses to restore over a database with data unless forced, and changes nothing when it refuses", async () => {
    const db = createPrismaClient(target);
    await db.user.create({ data: { email: "later@example.org", role: "EDITOR", passwordHash: "x" } });
    await db.$disconnect();
    const changed = await checksumsOf(target);
    await expect(restoreDatabase(target, file)).rejects.toThrow(NotEmptyError);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/holds data \(.*user.*\); nothing was restored\. Add --force/);
    expect(await checksumsOf(target)).toEqual(changed);
    await restoreDatabase(target, file, { force: true });
    expect(await checksumsOf(target)).toEqual(await checksumsOf(source));
  });

  it("the npm scripts take a file and DATABASE_URL, and say what is wrong", async () => {
    const cliFile = path.join(dir, "cli.dump");
    const env = { ...process.env, DATABASE_URL: source, PG_BIN: path.dirname(findPgTools(await serverMajor(source)).pgDump) };
    const { stdout } = await run("node_modules/.bin/tsx", ["scripts/db/backup-cli.ts", "backup", cliFile], { env });
    expect(stdout).toMatch(/Backup written to .*cli\.dump/);
    expect(statSync(cliFile).size).toBeGreaterThan(0);
    await expect(run("node_modules/.bin/tsx", ["scripts/db/backup-cli.ts", "restore", cliFile], { env: { ...env, DATABASE_URL: target } })).rejects.toMatchObject({ stderr: expect.stringMatching(/holds data/) });
    await expect(run("node_modules/.bin/tsx", ["scripts/db/backup-cli.ts", "restore"], { env })).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage/) });
  });
});
