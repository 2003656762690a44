/**
 * Focal points: a member government's official proposes changes to their own
 * economy's regulation entries and support measures, never another's; staff
 * accept (the change is saved as a new version, audited) or reject with a
 * reason (nothing else changes); a proposal made on a version that has since
 * changed stays pending.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import { proposeEntryChange } from "@/lib/focal/actions/propose-entry-change";
import { proposePolicy } from "@/lib/focal/actions/propose-policy";
import { reviewProposal } from "@/lib/focal/actions/review-proposal";
import { getOwnProposals, getPendingProposals } from "@/lib/focal/queries";
import { saveRegulationEntry } from "@/lib/regulations/actions/save-regulation-entry";
import { VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";
import { tableChecksums } from "@/tests/helpers/table-checksums";

const CHANGE = {
  status: "IN_FORCE",
  answer: "Yes: Law 21.719 (2024) replaces Law 19.628.",
  score: 0,
  instrumentName: "Ley 21.719",
  instrumentNumber: "21.719",
  instrumentYear: 2024,
  lastAmendedYear: null,
  article: null,
  description: "A comprehensive data-protection law with an independent authority.",
  coverage: null,
  sourceUrls: ["https://www.bcn.cl/leychile/navegar?idNorma=1209272"],
};
const NOTE = "Published in the Diario Oficial on 13 December 2024.";

describe("focal points: proposals and their review", () => {
  let ids: Record<string, number>;
  let focal: Actor;
  let editor: Actor;
  const db = useScratchDatabase(async (db) => {
    ids = await loadRegulationFixture(db);
    await db.instrumentType.create({ data: { slug: "training-capacity-building", nameEn: "Training", nameEs: "Capacitación", sortOrder: 1 } });
    await db.targetGroup.create({ data: { slug: "women-entrepreneurs", nameEn: "Women entrepreneurs", nameEs: "Mujeres emprendedoras", sortOrder: 1 } });
  });

  beforeAll(async () => {
    const f = await db().user.create({ data: { email: "focal@example.gob.cl", role: "FOCAL_POINT", economyIso3: "CHL", passwordHash: "x" } });
    const e = await db().user.create({ data: { email: "editor@example.org", role: "EDITOR", passwordHash: "x" } });
    focal = { id: f.id, email: f.email, name: null, role: "FOCAL_POINT", economyIso3: "CHL" };
    editor = { id: e.id, email: e.email, name: null, role: "EDITOR" };
  });

  it("keeps a focal point to their own economy, and to a proposal with sources and a note", async () => {
    const before = await tableChecksums(db());
    // Argentina's entry: not Chile's.
    expect(await proposeEntryChange(focal, { ...CHANGE, entryId: ids["ARG P01.1"], baseVersion: 1, note: NOTE })).toEqual({ ok: false, error: "forbidden" });
    expect(await proposePolicy(focal, { ...VALID_POLICY, country: "ARG", id: null, version: null, note: NOTE })).toMatchObject({ ok: false, fieldErrors: { country: ["ownEconomyOnly"] } });
    expect(await proposeEntryChange(focal, { ...CHANGE, sourceUrls: [], entryId: ids["CHL P01.1"], baseVersion: 1, note: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { sourceUrls: ["sourceRequired"], note: ["noteTooShort"] },
    });
    expect(await proposePolicy(focal, { ...VALID_POLICY, sources: [], id: null, version: null, note: NOTE })).toMatchObject({ ok: false, fieldErrors: { sources: ["sourceRequired"] } });
    // A deactivated focal point, or one whose role the session still claims but the database no longer gives, proposes nothing.
    await db().user.update({ where: { id: focal.id }, data: { active: false } });
    expect(await proposeEntryChange(focal, { ...CHANGE, entryId: ids["CHL P01.1"], baseVersion: 1, note: NOTE })).toEqual({ ok: false, error: "forbidden" });
    await db().user.update({ where: { id: focal.id }, data: { active: true } });
    // Nothing was written (the deactivation was undone).
    expect(await tableChecksums(db())).toEqual(before);
  });

  it("accepts an entry proposal: the change is saved as a new version, unverified, audited; the focal point sees it accepted", async () => {
    const proposed = await proposeEntryChange(focal, { ...CHANGE, entryId: ids["CHL P01.1"], baseVersion: 1, note: NOTE });
    expect(proposed).toMatchObject({ ok: true });
    if (!proposed.ok) return;
    // Nothing public changed yet.
    expect(await db().regulationEntry.findUniqueOrThrow({ where: { id: ids["CHL P01.1"] } })).toMatchObject({ version: 1, instrumentName: null });
    const queue = await getPendingProposals();
    expect(queue.map((p) => p.id)).toContain(proposed.data.id);
    expect(queue.find((p) => p.id === proposed.data.id)).toMatchObject({ economyIso3: "CHL", stale: false, note: NOTE });
    expect(queue.find((p) => p.id === proposed.data.id)!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(["status", "score", "instrumentName", "sourceUrls"]));

    expect(await reviewProposal(focal, { id: proposed.data.id, decision: "accept", reason: null })).toEqual({ ok: false, error: "forbidden" });
    const accepted = await reviewProposal(editor, { id: proposed.data.id, decision: "accept", reason: null });
    expect(accepted).toEqual({ ok: true, data: { state: "ACCEPTED", appliedId: ids["CHL P01.1"] } });

    const entry = await db().regulationEntry.findUniqueOrThrow({ where: { id: ids["CHL P01.1"] }, include: { sources: { include: { source: true } } } });
    expect(entry).toMatchObject({ version: 2, status: "IN_FORCE", instrumentName: "Ley 21.719", instrumentYear: 2024, verification: "UNVERIFIED" });
    expect(Number(entry.score)).toBe(0);
    expect(entry.sources.map((s) => s.source.url)).toEqual(CHANGE.sourceUrls);
    const audit = await db().auditEvent.findMany({ where: { OR: [{ entityType: "regulation_entry", entityId: String(ids["CHL P01.1"]) }, { entityType: "focal_proposal", entityId: String(proposed.data.id) }] }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.entityType, a.action, a.actorId])).toEqual([
      ["focal_proposal", "propose", focal.id],
      ["regulation_entry", "update", editor.id],
      ["focal_proposal", "accept", editor.id],
    ]);
    expect((await getOwnProposals(focal.id)).find((p) => p.id === proposed.data.id)).toMatchObject({ state: "ACCEPTED", appliedVersion: 2 });
    // Decided once: a second decision is refused.
    expect(await reviewProposal(editor, { id: proposed.data.id, decision: "reject", reason: "Too late." })).toMatchObject({ ok: false, error: "refused", message: "proposal-reviewed" });
  });

  it("rejects with a reason and changes nothing else; a reason is required", async () => {
    const proposed = await proposeEntryChange(focal, { ...CHANGE, entryId: ids["CHL P02.1"], baseVersion: 1, note: NOTE });
    if (!proposed.ok) throw new Error("not proposed");
    const entryBefore = await db().regulationEntry.findUniqueOrThrow({ where: { id: ids["CHL P02.1"] } });
    expect(await reviewProposal(editor, { id: proposed.data.id, decision: "reject", reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: ["reasonRequired"] } });
    expect(await reviewProposal(editor, { id: proposed.data.id, decision: "reject", reason: "The law cited is about consumer credit, not data." })).toEqual({ ok: true, data: { state: "REJECTED", appliedId: null } });
    expect(await db().regulationEntry.findUniqueOrThrow({ where: { id: ids["CHL P02.1"] } })).toEqual(entryBefore);
    expect((await getOwnProposals(focal.id)).find((p) => p.id === proposed.data.id)).toMatchObject({ state: "REJECTED", reviewReason: "The law cited is about consumer credit, not data." });
  });

  it("leaves a proposal pending when the entry changed after it was made, and says so", async () => {
    const proposed = await proposeEntryChange(focal, { ...CHANGE, entryId: ids["CHL P01.3"], baseVersion: 1, note: NOTE });
    if (!proposed.ok) throw new Error("not proposed");
    const entry = await db().regulationEntry.findUniqueOrThrow({ where: { id: ids["CHL P01.3"] } });
    expect(await saveRegulationEntry(editor, { ...CHANGE, sourceUrls: [], instrumentName: "Another law", id: entry.id, version: 1, verify: false })).toMatchObject({ ok: true });
    expect((await getPendingProposals()).find((p) => p.id === proposed.data.id)).toMatchObject({ stale: true });
    expect(await reviewProposal(editor, { id: proposed.data.id, decision: "accept", reason: null })).toEqual({ ok: false, error: "conflict", message: "proposal-stale" });
    expect(await db().focalProposal.findUniqueOrThrow({ where: { id: proposed.data.id } })).toMatchObject({ state: "PENDING", reviewedAt: null });
    expect(await db().regulationEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ version: 2, instrumentName: "Another law" });
  });

  it("accepts a new support measure as a draft of the focal point's economy", async () => {
    const proposed = await proposePolicy(focal, { ...VALID_POLICY, id: null, version: null, note: NOTE });
    if (!proposed.ok) throw new Error("not proposed");
    expect(await db().policy.count()).toBe(0);
    const accepted = await reviewProposal(editor, { id: proposed.data.id, decision: "accept", reason: null });
    expect(accepted).toMatchObject({ ok: true, data: { state: "ACCEPTED" } });
    if (!accepted.ok) return;
    const policy = await db().policy.findUniqueOrThrow({ where: { id: accepted.data.appliedId! } });
    expect(policy).toMatchObject({ countryIso3: "CHL", nameEn: VALID_POLICY.nameEn, workflowState: "DRAFT", verification: "UNVERIFIED" });
    expect(await db().focalProposal.findUniqueOrThrow({ where: { id: proposed.data.id } })).toMatchObject({ policyId: policy.id, state: "ACCEPTED" });
    // A change to that measure is proposed on its version, and accepted as the next one.
    const change = await proposePolicy(focal, { ...VALID_POLICY, nameEn: "Test programme, second phase", id: policy.id, version: policy.version, note: NOTE });
    if (!change.ok) throw new Error("change not proposed");
    expect(await reviewProposal(editor, { id: change.data.id, decision: "accept", reason: null })).toMatchObject({ ok: true });
    expect(await db().policy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ nameEn: "Test programme, second phase", version: policy.version + 1 });
  });
});
