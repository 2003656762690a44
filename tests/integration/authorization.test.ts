import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import { ACTIONS } from "@/lib/all-actions";
import { changeUserRole } from "@/lib/users/actions/change-user-role";
import { createUser } from "@/lib/users/actions/create-user";
import { setUserActive } from "@/lib/users/actions/set-user-active";
import { authenticate } from "@/lib/core/auth/authenticate";
import { revokeSessions, sessionIsCurrent } from "@/lib/core/auth/sessions";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";
import { VALID_POLICY } from "@/tests/helpers/policy-fixture";

/** Every action module: the files under each feature's actions/ folder (lib/<feature>/actions/). */
function actionModules(): string[] {
  return readdirSync("lib").flatMap((feature) => {
    const dir = path.join("lib", feature, "actions");
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
    return readdirSync(dir).map((name) => path.join(dir, name));
  });
}

/** Writes open to visitors by design (no role): each limits itself (honeypot, per-address limit) and is tested on its own. */
const PUBLIC_WRITES = new Set([path.join("lib", "regulations", "actions", "suggest-correction.ts")]);

/** A plausible input for each action, so that a missing role check would let it through. */
const INPUTS: Record<string, (ids: { admin: number; editor: number }) => unknown> = {
  createUser: () => ({ email: "new@example.org", name: "New", role: "ADMIN" }),
  changeUserRole: ({ editor }) => ({ userId: editor, role: "ADMIN" }),
  setUserActive: ({ editor }) => ({ userId: editor, active: "false" }),
  savePolicy: () => ({ ...VALID_POLICY, id: null, version: null }),
  setPolicyState: () => ({ id: 1, version: 1, transition: "publish" }),
  saveTerm: () => ({ vocabulary: "instrument-types", nameEn: "Export vouchers", nameEs: "Vales de exportación" }),
  mergeTerms: () => ({ vocabulary: "instrument-types", fromId: 1, intoId: 2 }),
  uploadIngestionFile: () => ({ kind: "TRAFFIC", dryRun: "false", file: new File(["domain,month,visits\n"], "traffic.csv", { type: "text/csv" }) }),
  runIngestionNow: () => ({}),
  saveRegulationEntry: () => ({ id: 1, version: 1, status: "IN_FORCE", answer: null, score: 1, instrumentName: null, instrumentNumber: null, instrumentYear: null, lastAmendedYear: null, article: null, description: null, coverage: null, sourceUrls: [], verify: true }),
  reviewSuggestion: () => ({ id: 1, decision: "accept" }),
  verifyRegulationEntry: () => ({ id: 1, version: 1, decision: "verify", note: null }),
  bulkVerifyIndicator: () => ({ indicatorId: 1, entries: [{ id: 1, version: 1 }] }),
  verifyPolicy: () => ({ id: 1, version: 1, decision: "verify", note: null }),
  proposeEntryChange: () => ({ entryId: 1, baseVersion: 1, note: "Amended by Law 21.719 in 2024.", status: "IN_FORCE", answer: null, score: 0, instrumentName: null, instrumentNumber: null, instrumentYear: null, lastAmendedYear: null, article: null, description: null, coverage: null, sourceUrls: ["https://www.bcn.cl/"] }),
  proposePolicy: () => ({ ...VALID_POLICY, id: null, version: null, note: "A programme launched by the ministry in 2024." }),
  reviewProposal: () => ({ id: 1, decision: "accept", reason: null }),
};

describe("authorization of every write action", () => {
  let admin: Actor;
  let editor: Actor;
  let focal: Actor;
  const db = useScratchDatabase(async (db) => {
    const a = await db.user.create({ data: { email: "admin@example.org", role: "ADMIN", passwordHash: "x" } });
    const e = await db.user.create({ data: { email: "editor@example.org", role: "EDITOR", passwordHash: "x" } });
    await db.region.create({ data: { code: "LATIN_AMERICA", nameEn: "Latin America", nameEs: "América Latina", sortOrder: 2 } });
    await db.country.create({ data: { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", regionCode: "LATIN_AMERICA", isFealacMember: true } });
    const f = await db.user.create({ data: { email: "focal@example.gob.cl", role: "FOCAL_POINT", economyIso3: "CHL", passwordHash: "x" } });
    admin = { id: a.id, email: a.email, name: null, role: "ADMIN" };
    editor = { id: e.id, email: e.email, name: null, role: "EDITOR" };
    focal = { id: f.id, email: f.email, name: null, role: "FOCAL_POINT", economyIso3: "CHL" };
  });

  async function snapshot() {
    const [users, audit] = await Promise.all([
      db().user.findMany({ orderBy: { id: "asc" }, omit: { passwordHash: false } }),
      db().auditEvent.count(),
    ]);
    return { users, audit };
  }

  it("lists every action module in the registry, with an input for the matrix", async () => {
    const registered = new Set(ACTIONS.map((a) => a.actionName));
    const modules = actionModules();
    expect(modules.length).toBeGreaterThanOrEqual(registered.size);
    for (const file of modules.filter((m) => !PUBLIC_WRITES.has(m))) {
      const exported = Object.values(await import(path.resolve(file))) as Array<{ actionName?: string }>;
      const names = exported.map((e) => e.actionName).filter(Boolean);
      expect(names.length, `${file} exports an action`).toBeGreaterThan(0);
      for (const name of names) expect(registered.has(name!), `${name} is registered`).toBe(true);
    }
    for (const name of registered) expect(INPUTS[name], `matrix input for ${name}`).toBeDefined();
  });

  it("refuses a visitor and a staff member without the role, and changes nothing", async () => {
    const before = await snapshot();
    const ids = { admin: admin.id, editor: editor.id };
    for (const action of ACTIONS) {
      expect(await action(null, INPUTS[action.actionName](ids)), `${action.actionName} as a visitor`).toEqual({ ok: false, error: "unauthenticated" });
      if (action.role === "ADMIN") {
        expect(await action(editor, INPUTS[action.actionName](ids)), `${action.actionName} as an editor`).toEqual({ ok: false, error: "forbidden" });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a focal point every staff action (no publishing, no editing, no staff screens' writes), and staff the focal-point actions", async () => {
    const before = await snapshot();
    const ids = { admin: admin.id, editor: editor.id };
    for (const action of ACTIONS.filter((a) => a.role !== "FOCAL_POINT")) {
      expect(await action(focal, INPUTS[action.actionName](ids)), `${action.actionName} as a focal point`).toEqual({ ok: false, error: "forbidden" });
    }
    // A focal-point action needs an active focal point of an economy: staff are refused, not let through by their rank.
    for (const action of ACTIONS.filter((a) => a.role === "FOCAL_POINT")) {
      expect(await action(editor, INPUTS[action.actionName](ids)), `${action.actionName} as an editor`).toEqual({ ok: false, error: "forbidden" });
      expect(await action(admin, INPUTS[action.actionName](ids)), `${action.actionName} as an admin`).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await db().focalProposal.count()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("lets an admin create an account, audited, whose one-time password signs in", async () => {
    const result = await createUser(admin, { email: "Lu@Example.org", name: "", role: "EDITOR" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.email).toBe("lu@example.org");
    expect(await authenticate(db(), { email: "lu@example.org", password: result.data.password }, "10.9.0.1")).toMatchObject({ ok: true });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "user", entityId: String(result.data.id) } });
    expect(audit).toMatchObject({ action: "create", actorId: admin.id });
    expect(JSON.stringify(audit.after)).not.toContain("passwordHash");
  });

  it("reports field errors and a taken email without writing", async () => {
    const before = await snapshot();
    expect(await createUser(admin, { email: "nope", name: "", role: "OWNER" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { email: ["invalidEmail"], role: ["chooseRole"] },
    });
    expect(await createUser(admin, { email: "editor@example.org", name: "", role: "EDITOR" })).toMatchObject({ error: "invalid", fieldErrors: { email: ["emailTaken"] } });
    expect(await snapshot()).toEqual(before);
  });

  it("answers \"email taken\" to the loser of two admins creating the same account at once", async () => {
    // Both pass the "is it taken?" check before either writes (hashing the password takes a while); the unique index decides.
    const results = await Promise.all([1, 2, 3].map(() => createUser(admin, { email: "twice@example.org", name: "", role: "EDITOR" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toEqual({ ok: false, error: "invalid", fieldErrors: { email: ["emailTaken"] } });
    expect(await db().user.count({ where: { email: "twice@example.org" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityType: "user", action: "create", after: { path: ["email"], equals: "twice@example.org" } } })).toBe(1);
  });

  it("changes roles and deactivates accounts with before/after in the audit log, never one's own", async () => {
    expect(await changeUserRole(admin, { userId: admin.id, role: "EDITOR" })).toMatchObject({ ok: false, error: "refused" });
    expect(await setUserActive(admin, { userId: admin.id, active: "false" })).toMatchObject({ ok: false, error: "refused" });

    expect(await changeUserRole(admin, { userId: editor.id, role: "ADMIN" })).toEqual({ ok: true, data: undefined });
    expect(await setUserActive(admin, { userId: editor.id, active: "false" })).toEqual({ ok: true, data: undefined });
    const events = await db().auditEvent.findMany({ where: { entityType: "user", entityId: String(editor.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["change-role", "deactivate"]);
    expect(events[0].before).toMatchObject({ role: "EDITOR" });
    expect(events[0].after).toMatchObject({ role: "ADMIN" });
    expect(events[1].after).toMatchObject({ active: false });
    // Each change revokes the user's sessions: a token made before it is refused.
    expect(events[0].before).toMatchObject({ sessionVersion: 0 });
    expect((await db().user.findUniqueOrThrow({ where: { id: editor.id } })).sessionVersion).toBe(2);
  });

  it("invites a focal point with the economy they speak for, and keeps staff and focal points apart", async () => {
    const before = await snapshot();
    expect(await createUser(admin, { email: "punto@example.gob.cl", name: "", role: "FOCAL_POINT" })).toMatchObject({ ok: false, fieldErrors: { economy: ["chooseEconomy"] } });
    expect(await createUser(admin, { email: "punto@example.gob.cl", name: "", role: "FOCAL_POINT", economy: "ZZZ" })).toMatchObject({ ok: false, fieldErrors: { economy: ["chooseEconomy"] } });
    expect(await createUser(admin, { email: "staff@example.org", name: "", role: "EDITOR", economy: "CHL" })).toMatchObject({ ok: false, fieldErrors: { economy: ["economyOnlyForFocalPoints"] } });
    expect(await snapshot()).toEqual(before);
    const invited = await createUser(admin, { email: "punto@example.gob.cl", name: "Punto focal", role: "FOCAL_POINT", economy: "chl" });
    expect(invited).toMatchObject({ ok: true });
    if (!invited.ok) return;
    expect(await db().user.findUniqueOrThrow({ where: { id: invited.data.id } })).toMatchObject({ role: "FOCAL_POINT", economyIso3: "CHL" });
    expect(await authenticate(db(), { email: "punto@example.gob.cl", password: invited.data.password }, "10.9.0.2")).toMatchObject({ ok: true });
    expect(await changeUserRole(admin, { userId: invited.data.id, role: "EDITOR" })).toEqual({ ok: false, error: "refused", message: "focal-point-role" });
    expect(await changeUserRole(admin, { userId: editor.id, role: "FOCAL_POINT" })).toEqual({ ok: false, error: "refused", message: "focal-point-role" });
    // The database holds the rule too: a focal point without an economy, or staff with one, cannot be written.
    await expect(db().user.update({ where: { id: invited.data.id }, data: { economyIso3: null } })).rejects.toThrow(/app_user_focal_point_economy/);
    await expect(db().user.update({ where: { id: editor.id }, data: { economyIso3: "CHL" } })).rejects.toThrow(/app_user_focal_point_economy/);
  });

  it("revokes every session of a user on sign-out", async () => {
    const before = (await db().user.findUniqueOrThrow({ where: { id: admin.id } })).sessionVersion;
    await revokeSessions(db(), admin.email);
    const after = (await db().user.findUniqueOrThrow({ where: { id: admin.id } })).sessionVersion;
    expect(after).toBe(before + 1);
    expect(sessionIsCurrent(before, after)).toBe(false);
    expect(sessionIsCurrent(after, after)).toBe(true);
    expect(sessionIsCurrent(undefined, after)).toBe(false);
  });
});
