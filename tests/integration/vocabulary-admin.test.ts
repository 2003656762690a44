import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { mergeTerms } from "@/lib/policies/actions/merge-terms";
import { saveTerm } from "@/lib/policies/actions/save-term";
import { getTermUsage } from "@/lib/policies/queries/vocabulary-admin";
import { loadPolicyReference, VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("managing the policy vocabularies", () => {
  let admin: Actor;
  const db = useScratchDatabase(async (db) => {
    await loadPolicyReference(db);
    const u = await db.user.create({ data: { email: "admin@example.org", role: "ADMIN", passwordHash: "x" } });
    admin = { id: u.id, email: u.email, name: null, role: "ADMIN" };
  });

  // Each test starts from the fixture's two terms per vocabulary and no policies.
  beforeEach(async () => {
    await db().$executeRaw`TRUNCATE policy, instrument_type, target_group, audit_event RESTART IDENTITY CASCADE`;
    await db().instrumentType.createMany({
      data: [
        { slug: "training-capacity-building", nameEn: "Training", nameEs: "Capacitación", sortOrder: 1 },
        { slug: "financing", nameEn: "Financing", nameEs: "Financiamiento", sortOrder: 2 },
      ],
    });
    await db().targetGroup.createMany({
      data: [
        { slug: "women-entrepreneurs", nameEn: "Women entrepreneurs", nameEs: "Mujeres emprendedoras", sortOrder: 1 },
        { slug: "digital-exporters", nameEn: "Digital exporters", nameEs: "Exportadores digitales", sortOrder: 2 },
      ],
    });
  });

  async function tables() {
    const [instrumentTypes, targetGroups, links, policies, audit] = await Promise.all([
      db().instrumentType.findMany({ orderBy: { id: "asc" } }),
      db().targetGroup.findMany({ orderBy: { id: "asc" } }),
      db().policyInstrumentType.findMany({ orderBy: [{ policyId: "asc" }, { instrumentTypeId: "asc" }] }),
      db().policy.findMany({ orderBy: { id: "asc" } }),
      db().auditEvent.count(),
    ]);
    return { instrumentTypes, targetGroups, links, policies, audit };
  }

  async function policyWith(nameEn: string, instrumentTypes: string[]): Promise<number> {
    const result = await savePolicy(admin, { ...VALID_POLICY, id: null, version: null, nameEn, instrumentTypes });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.id;
  }

  const slugsOf = async (id: number) =>
    (await db().policyInstrumentType.findMany({ where: { policyId: id }, include: { instrumentType: true } })).map((l) => l.instrumentType.slug).sort();

  it("adds a term with a slug from its English name, renames it keeping the slug, and audits both", async () => {
    const added = await saveTerm(admin, { vocabulary: "instrument-types", id: "", nameEn: "Export vouchers (pilot)", nameEs: "Vales de exportación" });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const term = await db().instrumentType.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(term).toMatchObject({ slug: "export-vouchers-pilot", nameEs: "Vales de exportación", sortOrder: 3 });

    expect(await saveTerm(admin, { vocabulary: "instrument-types", id: String(term.id), nameEn: "Export vouchers", nameEs: "Bonos de exportación" })).toMatchObject({ ok: true });
    expect(await db().instrumentType.findUniqueOrThrow({ where: { id: term.id } })).toMatchObject({ slug: "export-vouchers-pilot", nameEn: "Export vouchers", nameEs: "Bonos de exportación" });

    const events = await db().auditEvent.findMany({ where: { entityType: "instrument-type", entityId: String(term.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "rename"]);
    expect(events[1].before).toMatchObject({ nameEn: "Export vouchers (pilot)" });
    expect(events[1].after).toMatchObject({ nameEn: "Export vouchers" });
  });

  it("refuses empty and duplicate names field by field, and writes nothing", async () => {
    const before = await tables();
    expect(await saveTerm(admin, { vocabulary: "instrument-types", nameEn: " ", nameEs: "" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { nameEn: ["required"], nameEs: ["required"] },
    });
    expect(await saveTerm(admin, { vocabulary: "instrument-types", nameEn: "financing", nameEs: "Nuevo" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { nameEn: ["termExists"] },
    });
    expect(await saveTerm(admin, { vocabulary: "target-groups", nameEn: "Exporters", nameEs: "MUJERES EMPRENDEDORAS" })).toMatchObject({ fieldErrors: { nameEs: ["termExists"] } });
    expect(await saveTerm(admin, { vocabulary: "instrument-types", nameEn: "¿?", nameEs: "¿?" })).toMatchObject({ fieldErrors: { nameEn: ["needsLetters"] } });
    expect(await saveTerm(admin, { vocabulary: "budgets", nameEn: "X", nameEs: "X" })).toMatchObject({ fieldErrors: { vocabulary: ["unknownVocabulary"] } });
    expect(await tables()).toEqual(before);
  });

  it("merges a term into another: every policy moves, once, gets a new version and a history entry", async () => {
    const onlyTraining = await policyWith("Only training", ["training-capacity-building"]);
    const both = await policyWith("Both", ["training-capacity-building", "financing"]);
    const onlyFinancing = await policyWith("Only financing", ["financing"]);
    const training = await db().instrumentType.findUniqueOrThrow({ where: { slug: "training-capacity-building" } });
    const financing = await db().instrumentType.findUniqueOrThrow({ where: { slug: "financing" } });
    expect((await getTermUsage("instrument-types")).map((t) => [t.slug, t.policies])).toEqual([
      ["training-capacity-building", 2],
      ["financing", 2],
    ]);
    const versions = await db().policy.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } });

    expect(await mergeTerms(admin, { vocabulary: "instrument-types", fromId: String(training.id), intoId: String(financing.id) })).toEqual({ ok: true, data: { moved: 2 } });

    expect(await db().instrumentType.findUnique({ where: { id: training.id } })).toBeNull();
    expect(await slugsOf(onlyTraining)).toEqual(["financing"]);
    expect(await slugsOf(both)).toEqual(["financing"]);
    expect(await slugsOf(onlyFinancing)).toEqual(["financing"]);
    expect((await getTermUsage("instrument-types")).map((t) => [t.slug, t.policies])).toEqual([["financing", 3]]);

    const after = await db().policy.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } });
    const bumped = after.filter((p, i) => p.version === versions[i].version + 1).map((p) => p.id);
    expect(bumped).toEqual([onlyTraining, both]);

    const history = await db().auditEvent.findMany({ where: { action: "merge-term" }, orderBy: { id: "asc" } });
    expect(history.map((e) => Number(e.entityId))).toEqual([onlyTraining, both]);
    expect(history[0].before).toMatchObject({ instrumentTypes: ["training-capacity-building"] });
    expect(history[0].after).toMatchObject({ instrumentTypes: ["financing"] });
    expect(await db().auditEvent.count({ where: { action: "merge", entityType: "instrument-type", entityId: String(training.id) } })).toBe(1);

    // An edit form opened before the merge is stale: saving it would silently undo the merge.
    const stale = await savePolicy(admin, { ...VALID_POLICY, id: both, version: versions[1].version, instrumentTypes: ["financing"] });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    // One that still names the removed term is refused for that field.
    const removed = await savePolicy(admin, { ...VALID_POLICY, id: onlyTraining, version: versions[0].version + 1 });
    expect(removed).toMatchObject({ ok: false, error: "invalid", fieldErrors: { instrumentTypes: ["chooseOption"] } });
  });

  it("merges target groups the same way", async () => {
    const id = await policyWith("Women", ["financing"]);
    const women = await db().targetGroup.findUniqueOrThrow({ where: { slug: "women-entrepreneurs" } });
    const exporters = await db().targetGroup.findUniqueOrThrow({ where: { slug: "digital-exporters" } });
    expect(await mergeTerms(admin, { vocabulary: "target-groups", fromId: women.id, intoId: exporters.id })).toEqual({ ok: true, data: { moved: 1 } });
    const groups = await db().policyTargetGroup.findMany({ where: { policyId: id }, include: { targetGroup: true } });
    expect(groups.map((g) => g.targetGroup.slug)).toEqual(["digital-exporters"]);
  });

  it("refuses a merge into itself or with a missing term, and writes nothing", async () => {
    await policyWith("Kept", ["training-capacity-building"]);
    const training = await db().instrumentType.findUniqueOrThrow({ where: { slug: "training-capacity-building" } });
    const before = await tables();
    expect(await mergeTerms(admin, { vocabulary: "instrument-types", fromId: training.id, intoId: training.id })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { intoId: ["mergeIntoItself"] },
    });
    expect(await mergeTerms(admin, { vocabulary: "instrument-types", fromId: training.id, intoId: "" })).toMatchObject({ fieldErrors: { intoId: ["chooseTerm"] } });
    expect(await mergeTerms(admin, { vocabulary: "instrument-types", fromId: training.id, intoId: 99999 })).toMatchObject({ ok: false, error: "not-found" });
    expect(await tables()).toEqual(before);
  });
});
