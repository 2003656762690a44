import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import type { Database } from "@/lib/core/db";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { verifyPolicy } from "@/lib/policies/actions/verify-policy";
import { bulkVerifyIndicator } from "@/lib/regulations/actions/bulk-verify-indicator";
import { verifyRegulationEntry } from "@/lib/regulations/actions/verify-regulation-entry";
import { loadPolicyReference, VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/** Chile and Japan, one indicator, an entry with a status for each and a NO_DATA one for a second indicator. */
async function load(db: Database) {
  await loadPolicyReference(db);
  await db.region.create({ data: { code: "EAST_ASIA", nameEn: "East Asia", nameEs: "Asia del Este", sortOrder: 1 } });
  await db.country.create({ data: { iso3: "JPN", iso2: "JP", isoNumeric: "392", nameEn: "Japan", nameEs: "Japón", regionCode: "EAST_ASIA", isFealacMember: true } });
  const pillar = await db.regulationPillar.create({ data: { number: 12, code: "P12", framework: "RDTII", nameEn: "E-commerce", nameEs: "Comercio electrónico" } });
  const rule = { score0En: "party", score0Es: "parte", scoreHalfEn: "signed", scoreHalfEs: "firmó", score1En: "not party", score1Es: "no es parte" };
  const p128 = await db.regulationIndicator.create({ data: { code: "P12.8", pillarId: pillar.id, position: 1, nameEn: "UN ECC", nameEs: "CCE ONU", ...rule } });
  const p129 = await db.regulationIndicator.create({ data: { code: "P12.9", pillarId: pillar.id, position: 2, nameEn: "MLEC", nameEs: "LMCE", ...rule } });
  for (const iso3 of ["CHL", "JPN"]) {
    await db.regulationEntry.create({ data: { countryIso3: iso3, indicatorId: p128.id, status: "IN_FORCE", score: 0, answer: "party" } });
    await db.regulationEntry.create({ data: { countryIso3: iso3, indicatorId: p129.id } });
  }
}

describe("verification by the secretariat", () => {
  let editor: Actor;
  const db = useScratchDatabase(async (db) => {
    await load(db);
    const u = await db.user.create({ data: { email: "ana@example.org", name: "Ana", role: "EDITOR", passwordHash: "x" } });
    editor = { id: u.id, email: u.email, name: u.name, role: "EDITOR" };
  });
  const entry = (iso3: string, code: string) => db().regulationEntry.findFirstOrThrow({ where: { countryIso3: iso3, indicator: { code } } });

  it("verifies an entry, writing the state, the staff member, the day and an audit event", async () => {
    const e = await entry("CHL", "P12.8");
    expect(await verifyRegulationEntry(editor, { id: e.id, version: e.version, decision: "verify", note: null })).toEqual({ ok: true, data: { id: e.id, version: 2 } });
    const after = await entry("CHL", "P12.8");
    expect(after).toMatchObject({ verification: "VERIFIED", verifiedBy: "Ana", verifiedById: editor.id, disputeNote: null });
    expect(after.verifiedOn?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    const events = await db().auditEvent.findMany({ where: { entityType: "regulation_entry", entityId: String(e.id) } });
    expect(events.map((x) => [x.action, x.actorId])).toEqual([["verify", editor.id]]);
    expect(events[0].before).toMatchObject({ verification: "UNVERIFIED" });
    expect(events[0].after).toMatchObject({ verification: "VERIFIED", verifiedBy: "Ana" });
  });

  it("disputes only with a note, takes a verification back, and refuses a stale version or an entry with no data", async () => {
    const e = await entry("JPN", "P12.8");
    expect(await verifyRegulationEntry(editor, { id: e.id, version: 1, decision: "dispute", note: " " })).toEqual({ ok: false, error: "invalid", fieldErrors: { note: ["disputeNoteRequired"] } });
    expect(await verifyRegulationEntry(editor, { id: e.id, version: 1, decision: "dispute", note: "Japan acceded in 2020, not 2019." })).toMatchObject({ ok: true });
    expect(await entry("JPN", "P12.8")).toMatchObject({ verification: "DISPUTED", disputeNote: "Japan acceded in 2020, not 2019.", verifiedOn: null });
    expect(await verifyRegulationEntry(editor, { id: e.id, version: 1, decision: "verify", note: null })).toMatchObject({ ok: false, error: "conflict" });
    expect(await verifyRegulationEntry(editor, { id: e.id, version: 2, decision: "unverify", note: null })).toMatchObject({ ok: true });
    expect(await entry("JPN", "P12.8")).toMatchObject({ verification: "UNVERIFIED", disputeNote: null });
    const empty = await entry("JPN", "P12.9");
    const audit = await db().auditEvent.count();
    expect(await verifyRegulationEntry(editor, { id: empty.id, version: 1, decision: "verify", note: null })).toMatchObject({ ok: false, error: "refused" });
    expect(await verifyRegulationEntry(editor, { id: 99999999999, version: 1, decision: "verify", note: null })).toMatchObject({ ok: false, error: "invalid" });
    expect(await db().auditEvent.count()).toBe(audit);
  });

  it("verifies one indicator across economies in one step, skipping what changed since, is verified already or holds no data", async () => {
    const chl = await entry("CHL", "P12.8"); // verified above
    const jpn = await entry("JPN", "P12.8");
    const empty = await entry("CHL", "P12.9");
    const stale = await bulkVerifyIndicator(editor, { indicatorId: jpn.indicatorId, entries: [{ id: jpn.id, version: jpn.version + 5 }] });
    expect(stale).toEqual({ ok: true, data: { verified: 0, skipped: 1 } });
    const verifiedBefore = await db().auditEvent.count({ where: { action: "verify" } });
    const result = await bulkVerifyIndicator(editor, {
      indicatorId: chl.indicatorId,
      entries: [{ id: chl.id, version: chl.version }, { id: jpn.id, version: jpn.version }, { id: empty.id, version: 1 }],
    });
    expect(result).toEqual({ ok: true, data: { verified: 1, skipped: 2 } });
    expect((await entry("JPN", "P12.8")).verification).toBe("VERIFIED");
    expect((await entry("CHL", "P12.9")).verification).toBe("UNVERIFIED");
    expect(await db().auditEvent.count({ where: { action: "verify" } })).toBe(verifiedBefore + 1);
    expect(await bulkVerifyIndicator(editor, { indicatorId: chl.indicatorId, entries: [] })).toEqual({ ok: false, error: "invalid", fieldErrors: { entries: ["chooseEntries"] } });
  });

  it("verifies a policy, and an edit of its content makes it unverified again", async () => {
    const saved = await savePolicy(editor, { ...VALID_POLICY, id: null, version: null });
    if (!saved.ok) throw new Error("fixture policy not saved");
    const { id } = saved.data;
    expect(await verifyPolicy(editor, { id, version: 1, decision: "verify", note: null })).toEqual({ ok: true, data: { id, version: 2 } });
    expect(await db().policy.findUniqueOrThrow({ where: { id } })).toMatchObject({ verification: "VERIFIED", verifiedBy: "Ana" });
    expect(await db().auditEvent.count({ where: { entityType: "policy", action: "verify" } })).toBe(1);
    // The same content saved again keeps the verification; a changed description does not.
    expect(await savePolicy(editor, { ...VALID_POLICY, id, version: 2 })).toMatchObject({ ok: true });
    expect((await db().policy.findUniqueOrThrow({ where: { id } })).verification).toBe("VERIFIED");
    expect(await savePolicy(editor, { ...VALID_POLICY, id, version: 3, description: "Changed." })).toMatchObject({ ok: true });
    expect(await db().policy.findUniqueOrThrow({ where: { id } })).toMatchObject({ verification: "UNVERIFIED", verifiedBy: null });
  });
});
