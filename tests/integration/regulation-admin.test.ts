import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import { reviewSuggestion } from "@/lib/regulations/actions/review-suggestion";
import { saveRegulationEntry } from "@/lib/regulations/actions/save-regulation-entry";
import type { Database } from "@/lib/core/db";
import { entryEditFromForm } from "@/lib/regulations/entry-form";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

/** One economy, one pillar with one indicator, and a NO_DATA entry, as the seed leaves unknown cells. */
async function loadEntry(db: Database) {
  await db.country.create({ data: { iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", isFealacMember: false } });
  const pillar = await db.regulationPillar.create({ data: { number: 1, code: "P01", framework: "RDTII", nameEn: "Tariffs", nameEs: "Aranceles" } });
  const indicator = await db.regulationIndicator.create({
    data: { code: "P01.1", pillarId: pillar.id, position: 1, nameEn: "Tariffs on ICT goods", nameEs: "Aranceles TIC", score0En: "none", score0Es: "ninguno", scoreHalfEn: "some", scoreHalfEs: "algunos", score1En: "all", score1Es: "todos" },
  });
  return db.regulationEntry.create({ data: { countryIso3: "CHL", indicatorId: indicator.id } });
}

const EMPTY = {
  status: "NO_DATA", answer: null, score: null, instrumentName: null, instrumentNumber: null, instrumentYear: null, lastAmendedYear: null,
  article: null, description: null, coverage: null, sourceUrls: [] as string[],
};
const KNOWN = {
  ...EMPTY, status: "IN_FORCE", score: 0.5, instrumentName: "Ley 19.799", instrumentNumber: "19.799", instrumentYear: 2002, lastAmendedYear: 2020,
  article: "Art. 3", description: "Electronic documents and signatures.", sourceUrls: ["https://www.bcn.cl/leychile/navegar?idNorma=196640"],
};

describe("editing regulation entries", () => {
  let editor: Actor;
  let entryId: number;
  const db = useScratchDatabase(async (db) => {
    entryId = (await loadEntry(db)).id;
    const u = await db.user.create({ data: { email: "ed@example.org", role: "EDITOR", passwordHash: "x" } });
    editor = { id: u.id, email: u.email, name: null, role: "EDITOR" };
  });
  const tables = async () => ({
    entries: await db().regulationEntry.findMany({ orderBy: { id: "asc" } }),
    audit: await db().auditEvent.count(),
  });

  it("reads the form's fields: empty optionals become null, numbers numbers, URLs a list", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ id: "7", version: "2", status: "PARTIAL", score: "0.5", instrumentYear: "2019", lastAmendedYear: "next", answer: " ", "sourceUrls.1": "https://b.example", "sourceUrls.0": "https://a.example" })) form.set(k, v);
    expect(entryEditFromForm(form)).toMatchObject({ id: 7, version: 2, status: "PARTIAL", score: 0.5, instrumentYear: 2019, lastAmendedYear: "next", answer: null, sourceUrls: ["https://a.example", "https://b.example"] });
  });

  it("refuses a bad URL, a score with NO_DATA and future years field by field, writing nothing", async () => {
    const before = await tables();
    const next = new Date().getUTCFullYear() + 1;
    const urls = await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 1, sourceUrls: ["javascript:alert(1)", "ftp://x.example"], instrumentYear: next });
    expect(urls).toMatchObject({ ok: false, error: "invalid", fieldErrors: { "sourceUrls.0": ["invalidUrl"], "sourceUrls.1": ["invalidUrl"], instrumentYear: ["yearInFuture"] } });
    expect(await saveRegulationEntry(editor, { ...EMPTY, id: entryId, version: 1, score: 1 })).toEqual({ ok: false, error: "invalid", fieldErrors: { score: ["scoreWithNoData"] } });
    expect(await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 1, score: 0.7 })).toMatchObject({ error: "invalid", fieldErrors: { score: ["chooseScore"] } });
    expect(await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 1, lastAmendedYear: 1999 })).toEqual({ ok: false, error: "invalid", fieldErrors: { lastAmendedYear: ["amendedBeforeInstrument"] } });
    const six = Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`);
    expect(await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 1, sourceUrls: six })).toMatchObject({ error: "invalid", fieldErrors: { sourceUrls: ["tooManyUrls"] } });
    expect(await tables()).toEqual(before);
  });

  it("saves an edit with before/after in the audit log, and refuses a stale one without losing anything", async () => {
    const saved = await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 1 });
    expect(saved).toEqual({ ok: true, data: { id: entryId, version: 2 } });
    const row = await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId }, include: { sources: { include: { source: true } } } });
    expect(row).toMatchObject({ status: "IN_FORCE", instrumentYear: 2002, version: 2, verification: "UNVERIFIED" });
    expect(row.sources.map((l) => l.source.url)).toEqual(KNOWN.sourceUrls);
    expect(Number(row.score)).toBe(0.5);

    const [event] = await db().auditEvent.findMany({ where: { entityType: "regulation_entry", entityId: String(entryId) } });
    expect(event).toMatchObject({ action: "update", actorId: editor.id });
    expect(event.before).toMatchObject({ status: "NO_DATA", score: null, version: 1 });
    expect(event.after).toMatchObject({ status: "IN_FORCE", score: 0.5, verification: "UNVERIFIED", sourceUrls: KNOWN.sourceUrls, version: 2 });

    // A second editor still holds version 1.
    const before = await tables();
    const stale = await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 1, score: 1, description: "Someone else's text." });
    expect(stale).toMatchObject({ ok: false, error: "conflict", current: { status: "IN_FORCE", score: 0.5, description: KNOWN.description, version: 2 } });
    expect(await tables()).toEqual(before);

    // Saving the same values again is no change: no new version, no audit event.
    expect(await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version: 2 })).toEqual({ ok: true, data: { id: entryId, version: 2 } });
    expect(await tables()).toEqual(before);
    expect(await saveRegulationEntry(editor, { ...KNOWN, id: 999999, version: 1 })).toMatchObject({ ok: false, error: "not-found" });
  });

  it("accepts a known status whose score is not set yet", async () => {
    const { version } = await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(await saveRegulationEntry(editor, { ...KNOWN, id: entryId, version, score: null })).toEqual({ ok: true, data: { id: entryId, version: version + 1 } });
    expect(await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ status: "IN_FORCE", score: null });
  });

  it("verifies in the same step as a correction, and a later plain edit makes it unverified again", async () => {
    const named: Actor = { ...editor, name: "Ana Editor" };
    const { version: v } = await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } });
    const audit = await db().auditEvent.count();
    expect(await saveRegulationEntry(named, { ...KNOWN, id: entryId, version: v, verify: true })).toEqual({ ok: true, data: { id: entryId, version: v + 1 } });
    const verified = await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(verified).toMatchObject({ verification: "VERIFIED", verifiedBy: "Ana Editor", verifiedById: editor.id });
    expect(verified.verifiedOn?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(await db().auditEvent.count()).toBe(audit + 1);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "regulation_entry" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "update-verify", actorId: editor.id });
    expect(event.after).toMatchObject({ verification: "VERIFIED", verifiedBy: "Ana Editor" });

    // Saving the same content again keeps the verification; changing it does not.
    expect(await saveRegulationEntry(named, { ...KNOWN, id: entryId, version: v + 1 })).toEqual({ ok: true, data: { id: entryId, version: v + 1 } });
    expect(await saveRegulationEntry(named, { ...KNOWN, id: entryId, version: v + 1, description: "Corrected." })).toEqual({ ok: true, data: { id: entryId, version: v + 2 } });
    expect(await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ verification: "UNVERIFIED", verifiedOn: null, verifiedBy: null });
  });

  it("records accepting and rejecting suggestions, once each, without changing the entry", async () => {
    const entryBefore = await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } });
    const [a, b] = await Promise.all([
      db().regulationSuggestion.create({ data: { entryId, message: "The law was amended in 2023." } }),
      db().regulationSuggestion.create({ data: { entryId, message: "Spam spam spam spam." } }),
    ]);
    expect(await reviewSuggestion(editor, { id: String(a.id), decision: "accept" })).toEqual({ ok: true, data: { status: "ACCEPTED" } });
    expect(await reviewSuggestion(editor, { id: b.id, decision: "reject" })).toEqual({ ok: true, data: { status: "REJECTED" } });
    expect(await reviewSuggestion(editor, { id: b.id, decision: "accept" })).toMatchObject({ ok: false, error: "refused" });
    expect(await reviewSuggestion(editor, { id: 999999, decision: "accept" })).toMatchObject({ ok: false, error: "not-found" });
    expect(await reviewSuggestion(editor, { id: a.id, decision: "maybe" })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { decision: ["chooseOption"] } });

    expect(await db().regulationSuggestion.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "ACCEPTED", reviewedById: editor.id });
    const events = await db().auditEvent.findMany({ where: { entityType: "regulation_suggestion" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.entityId, e.action, e.actorId])).toEqual([[String(a.id), "accept", editor.id], [String(b.id), "reject", editor.id]]);
    expect(events[0].before).toEqual({ status: "PENDING", entryId });
    expect(events[0].after).toEqual({ status: "ACCEPTED", entryId });
    expect(await db().regulationEntry.findUniqueOrThrow({ where: { id: entryId } })).toEqual(entryBefore);
  });
});
