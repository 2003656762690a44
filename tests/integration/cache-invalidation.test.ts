/**
 * The public data cache (lib/core/cache) never serves what a committed write
 * changed: staff actions invalidate it through defineAction, and any other
 * writer (psql, a script, another instance) through the data_change triggers
 * and the listener.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import { listenForDataChanges } from "@/lib/core/cache/listen";
import { cacheSize, disableCache, enableCache } from "@/lib/core/cache/store";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { setPolicyState } from "@/lib/policies/actions/set-policy-state";
import { getPublishedPolicy } from "@/lib/public-data";
import { loadPolicyReference, VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("the public data cache", () => {
  let editor: Actor;
  let id: number;
  const db = useScratchDatabase(async (db) => {
    await loadPolicyReference(db);
    const u = await db.user.create({ data: { email: "ed@example.org", role: "EDITOR", passwordHash: "x" } });
    editor = { id: u.id, email: u.email, name: null, role: "EDITOR" };
  });
  beforeAll(async () => {
    enableCache();
    const created = await savePolicy(editor, { ...VALID_POLICY, id: null, version: null });
    if (!created.ok) throw new Error(JSON.stringify(created));
    id = created.data.id;
    expect(await setPolicyState(editor, { id, version: 1, transition: "publish" })).toMatchObject({ ok: true });
  });
  afterAll(() => disableCache());
  afterEach(() => vi.useRealTimers());

  const name = async () => (await getPublishedPolicy(id))?.nameEn;
  const versionOf = async () => (await db().policy.findUniqueOrThrow({ where: { id } })).version;

  it("keeps serving a result while nothing tells it of a write", async () => {
    expect(await name()).toBe("Test programme");
    // A write that no action, trigger or listener reports (triggers off for this session).
    await db().$transaction([
      db().$executeRaw`SET session_replication_role = replica`,
      db().$executeRaw`UPDATE policy SET name_en = 'Written behind its back' WHERE id = ${id}`,
      db().$executeRaw`SET session_replication_role = DEFAULT`,
    ]);
    expect(await name()).toBe("Test programme");
    expect(cacheSize()).toBeGreaterThan(0);
  });

  it("shows an edit saved through a staff action on the very next read", async () => {
    const saved = await savePolicy(editor, { ...VALID_POLICY, id, version: await versionOf(), nameEn: "Renamed by an editor" });
    expect(saved).toMatchObject({ ok: true });
    expect(await name()).toBe("Renamed by an editor");
  });

  it("forgets when any other writer commits, told by the data_change trigger", async () => {
    const listener = listenForDataChanges(process.env.DATABASE_URL);
    try {
      await listener.ready;
      expect(await name()).toBe("Renamed by an editor");
      await db().$executeRaw`UPDATE policy SET name_en = 'Renamed in psql' WHERE id = ${id}`;
      await vi.waitFor(async () => expect(await name()).toBe("Renamed in psql"), { timeout: 5000, interval: 50 });
    } finally {
      await listener.stop();
    }
  });

  it("does not let an uncommitted write reach the cache", async () => {
    const listener = listenForDataChanges(process.env.DATABASE_URL);
    try {
      await listener.ready;
      expect(await name()).toBe("Renamed in psql");
      await db()
        .$transaction(async (tx) => {
          await tx.$executeRaw`UPDATE policy SET name_en = 'Rolled back' WHERE id = ${id}`;
          throw new Error("roll back");
        })
        .catch(() => undefined);
      expect(await name()).toBe("Renamed in psql");
    } finally {
      await listener.stop();
    }
  });
});
