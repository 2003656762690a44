/**
 * Input that arrives from outside is checked by the shared schema parts
 * (lib/core/schema-parts.ts): NUL and control characters, overlong text and
 * ids beyond PostgreSQL's int4 get a field error naming the field, a search
 * box drops them, a path or a cursor that cannot be valid answers 4xx — never
 * a database error, and nothing is written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvGet } from "@/app/api/csv/[...path]/route";
import { GET as apiGet } from "@/app/api/v1/[dataset]/route";
import type { Actor } from "@/lib/core/auth/roles";
import { uploadIngestionFile } from "@/lib/ingest/actions/upload-ingestion-file";
import { mergeTerms } from "@/lib/policies/actions/merge-terms";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { saveTerm } from "@/lib/policies/actions/save-term";
import { setPolicyState } from "@/lib/policies/actions/set-policy-state";
import { verifyPolicy } from "@/lib/policies/actions/verify-policy";
import { reviewSuggestion } from "@/lib/regulations/actions/review-suggestion";
import { saveRegulationEntry } from "@/lib/regulations/actions/save-regulation-entry";
import { suggestCorrection } from "@/lib/regulations/actions/suggest-correction";
import { changeUserRole } from "@/lib/users/actions/change-user-role";
import { createUser } from "@/lib/users/actions/create-user";
import { setUserActive } from "@/lib/users/actions/set-user-active";
import { VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";
import { tableChecksums } from "@/tests/helpers/table-checksums";

const TOO_BIG = "99999999999";

const ENTRY = { status: "IN_FORCE", answer: null, score: 1, instrumentName: null, instrumentNumber: null, instrumentYear: null, lastAmendedYear: null, article: null, description: null, coverage: null, sourceUrls: [] };

describe("hostile input to the actions and public routes", () => {
  let admin: Actor;
  let editor: Actor;
  let entryId: number;
  const db = useScratchDatabase(async (db) => {
    entryId = (await loadRegulationFixture(db))["ARG P01.1"];
    await db.instrumentType.createMany({ data: [{ slug: "training-capacity-building", nameEn: "Training", nameEs: "Capacitación", sortOrder: 1 }, { slug: "financing", nameEn: "Financing", nameEs: "Financiamiento", sortOrder: 2 }] });
    await db.targetGroup.create({ data: { slug: "women-entrepreneurs", nameEn: "Women entrepreneurs", nameEs: "Mujeres emprendedoras", sortOrder: 1 } });
    const a = await db.user.create({ data: { email: "admin@example.org", role: "ADMIN", passwordHash: "x" } });
    const e = await db.user.create({ data: { email: "editor@example.org", role: "EDITOR", passwordHash: "x" } });
    admin = { id: a.id, email: a.email, name: null, role: "ADMIN" };
    editor = { id: e.id, email: e.email, name: null, role: "EDITOR" };
  });

  let before: Awaited<ReturnType<typeof tableChecksums>>;
  beforeAll(async () => {
    before = await tableChecksums(db());
  });

  /** A refused input leaves every table as it was. */
  const unchanged = async () => expect(await tableChecksums(db())).toEqual(before);

  it("refuses NUL and control characters in every text field, naming the field", async () => {
    const nul = "Programa\u0000";
    const policy = await savePolicy(editor, { ...VALID_POLICY, id: null, version: null, nameEn: nul, agency: "a\u0007b", description: "x\u0000", results: [{ text: "r\u0000", year: 2021 }], sources: [{ title: "t\u0000", url: "https://example.org/\u0000", document: null, lines: null }], instrumentTypes: ["training\u0000"] });
    expect(policy).toMatchObject({ ok: false, error: "invalid" });
    const errors = (policy as { fieldErrors: Record<string, string[]> }).fieldErrors;
    for (const field of ["nameEn", "agency", "description", "results.0.text", "sources.0.title", "sources.0.url", "instrumentTypes.0"]) expect(errors[field], field).toContain("controlCharacter");

    const entry = await saveRegulationEntry(editor, { ...ENTRY, id: entryId, version: 1, answer: "yes\u0000", instrumentName: "Law\u001b", sourceUrls: ["https://example.org/\u0000"] });
    expect(entry).toMatchObject({ ok: false, error: "invalid", fieldErrors: { answer: ["controlCharacter"], instrumentName: ["controlCharacter"], "sourceUrls.0": ["controlCharacter"] } });

    expect(await createUser(admin, { email: "new@example.org", name: "New\u0000", role: "EDITOR" })).toMatchObject({ ok: false, fieldErrors: { name: ["controlCharacter"] } });
    expect(await saveTerm(admin, { vocabulary: "instrument-types", id: "", nameEn: "Vouchers\u0000", nameEs: "Vales\u0008" })).toMatchObject({ ok: false, fieldErrors: { nameEn: ["controlCharacter"], nameEs: ["controlCharacter"] } });
    expect(await suggestCorrection(db(), { entryId: String(entryId), message: "The law was amended\u0000 in 2020.", contactEmail: null }, "192.0.2.1")).toMatchObject({ ok: false, fieldErrors: { message: ["controlCharacter"] } });
    await unchanged();
  });

  it("refuses half a character (an unpaired surrogate), which no database driver can encode, naming the field", async () => {
    const policyId = (await db().policy.findFirst({ select: { id: true } }))?.id ?? 1;
    expect(await verifyPolicy(admin, { id: String(policyId), version: "1", decision: "dispute", note: "\ud800" })).toMatchObject({ ok: false, fieldErrors: { note: ["controlCharacter"] } });
    expect(await savePolicy(editor, { ...VALID_POLICY, id: null, version: null, nameEn: "Programa \udfff" })).toMatchObject({ ok: false, fieldErrors: { nameEn: ["controlCharacter"] } });
    expect(await suggestCorrection(db(), { entryId: String(entryId), message: "The law was amended \ud83c in 2020.", contactEmail: null }, "192.0.2.1")).toMatchObject({ ok: false, fieldErrors: { message: ["controlCharacter"] } });
    await unchanged();
  });

  it("takes a honeypot that holds anything but text (an object that cannot be printed) as filled, answering as if stored", async () => {
    for (const website of [{ toString: "x" }, ["x"], 1, Object.create(null)]) {
      expect(await suggestCorrection(db(), { entryId: String(entryId), message: "The law was amended in 2020.", contactEmail: null, website }, "192.0.2.9"), JSON.stringify(website)).toEqual({ ok: true });
    }
    await unchanged();
  });

  it("answers ids beyond int4 with a field error, in every action that takes one", async () => {
    expect(await savePolicy(editor, { ...VALID_POLICY, id: Number(TOO_BIG), version: 1 })).toMatchObject({ ok: false, fieldErrors: { id: ["formAltered"] } });
    expect(await savePolicy(editor, { ...VALID_POLICY, id: 1, version: Number(TOO_BIG) })).toMatchObject({ ok: false, fieldErrors: { version: ["formAltered"] } });
    expect(await setPolicyState(editor, { id: TOO_BIG, version: "1", transition: "publish" })).toMatchObject({ ok: false, fieldErrors: { id: ["formAltered"] } });
    expect(await saveRegulationEntry(editor, { ...ENTRY, id: Number(TOO_BIG), version: 1 })).toMatchObject({ ok: false, fieldErrors: { id: ["formAltered"] } });
    expect(await reviewSuggestion(editor, { id: TOO_BIG, decision: "accept" })).toMatchObject({ ok: false, fieldErrors: { id: ["formAltered"] } });
    expect(await suggestCorrection(db(), { entryId: TOO_BIG, message: "The law was amended in 2020.", contactEmail: null }, "192.0.2.1")).toMatchObject({ ok: false, fieldErrors: { entryId: ["formAltered"] } });
    expect(await changeUserRole(admin, { userId: TOO_BIG, role: "ADMIN" })).toMatchObject({ ok: false, fieldErrors: { userId: ["formAltered"] } });
    expect(await setUserActive(admin, { userId: TOO_BIG, active: "false" })).toMatchObject({ ok: false, fieldErrors: { userId: ["formAltered"] } });
    await unchanged();
  });

  it("says when a user's name is too long, instead of dropping it", async () => {
    expect(await createUser(admin, { email: "long@example.org", name: "n".repeat(201), role: "EDITOR" })).toEqual({ ok: false, error: "invalid", fieldErrors: { name: ["nameTooLong"] } });
    await unchanged();
  });

  it("says which hidden field of a vocabulary form was tampered with", async () => {
    for (const id of ["abc", TOO_BIG, "-1", "1.5"]) {
      expect(await saveTerm(admin, { vocabulary: "instrument-types", id, nameEn: "Vouchers", nameEs: "Vales" }), id).toEqual({ ok: false, error: "invalid", fieldErrors: { id: ["unknownTerm"] } });
      expect(await mergeTerms(admin, { vocabulary: "instrument-types", fromId: id, intoId: "2" }), id).toMatchObject({ ok: false, fieldErrors: { fromId: ["unknownTerm"] } });
    }
    expect(await mergeTerms(admin, { vocabulary: "instrument-types", fromId: "1", intoId: TOO_BIG })).toMatchObject({ ok: false, fieldErrors: { intoId: ["chooseTerm"] } });
    expect(await saveTerm(admin, { vocabulary: "../users", id: "", nameEn: "Vouchers", nameEs: "Vales" })).toEqual({ ok: false, error: "invalid", fieldErrors: { vocabulary: ["unknownVocabulary"] } });
    await unchanged();
  });

  // The public routes, on the same database (the app's client is one per process).
  const csv = (path: string, query = "") => {
    const segments = path.split("/").map(decodeURIComponent);
    return csvGet(new Request(`http://x/api/csv/${path}${query}`), { params: Promise.resolve({ path: segments }) });
  };
  const api = (dataset: string, query: string) => apiGet(new Request(`http://x/api/v1/${dataset}${query}`, { headers: { "x-forwarded-for": "192.0.2.7" } }), { params: Promise.resolve({ dataset }) });

  it("search boxes drop NUL and control characters instead of failing", async () => {
    for (const q of ["%00", "datos%00personales", "%1B%5B31m", "%7F"]) {
      expect((await csv("regulations/search", `?q=${q}`)).status, q).toBe(200);
      expect((await csv("policies", `?q=${q}`)).status, q).toBe(200);
    }
  });

  it("a rate-limit key built from a hostile client value (NUL) counts, instead of failing", async () => {
    const result = await suggestCorrection(db(), { entryId: String(entryId), message: "The law was amended in 2020.", contactEmail: null }, "192.0.2.9\u0000");
    expect(result).toEqual({ ok: true });
    await db().regulationSuggestion.deleteMany({});
    await db().rateLimitBucket.deleteMany({});
  });

  it("an uploaded file's name with control characters is recorded cleaned, instead of failing the upload", async () => {
    const result = await uploadIngestionFile(editor, { kind: "TRAFFIC", dryRun: "on", file: new File(["domain,month,visits\n"], "traffic\u0000\u001b.csv") });
    expect(result).toMatchObject({ ok: true, data: { status: "FAILED" } });
    const run = await db().ingestionRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run.source).toBe("upload: traffic .csv");
  });

  it("an error answer that quotes the request holds no markup", async () => {
    for (const response of [await csv(encodeURIComponent("\"><script>alert(1)</script>")), await api("<script>", "")]) {
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).not.toContain("<script");
      expect(JSON.parse(body).error.message).toContain("<script>");
    }
  });

  it("a path parameter that cannot name anything is 404, not a database error", async () => {
    for (const path of ["explorer/marketplace/%00", "explorer/marketplace/a%00b", "explorer/country/%00%00%00", "policies/country/%00", "regulations/economy/%00", "regulations/pillar/%00"]) {
      const response = await csv(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not-found" } });
    }
  });

  it("the JSON API refuses a NUL in a filter and a cursor it did not give, with its error shape", async () => {
    const nul = await api("policies", "?q=%00");
    expect(nul.status).toBe(400);
    expect(await nul.json()).toEqual({ error: { code: "invalid_parameter", message: "Not a filter of policies.", parameter: "q" } });
    for (const cursor of [Buffer.from(JSON.stringify({ o: 1e300, v: "20260101T000000000" })).toString("base64url"), Buffer.from(JSON.stringify({ o: 2 ** 31, v: "x" })).toString("base64url"), "%00"]) {
      const response = await api("policies", `?cursor=${cursor}`);
      expect(response.status, cursor).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_parameter", message: "Not a cursor given by this API.", parameter: "cursor" } });
    }
    const countries = await api("policies", "?countries=CH%00");
    expect(countries.status).toBe(400);
    expect(await countries.json()).toMatchObject({ error: { code: "invalid_parameter", parameter: "countries" } });
  });
});
