/**
 * Property-based fuzzing of every server action (lib/all-actions.ts, and the
 * public suggestion) with random and hostile inputs, as a visitor, an editor
 * and an admin: no action throws (a thrown error is what a user would see as
 * a 500), and whenever an action refuses (ok: false) no table has changed.
 *
 * Every table is compared by row count and md5 of its rows, except:
 * - rate_limit_bucket: a suggestion counts against its address once it is
 *   well-formed, also when the entry then turns out not to exist (by design);
 * - ingestion_run: every ingestion run is recorded, failed ones too (by design);
 *   the data tables a run would change are still compared.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Action, ActionResult } from "@/lib/core/actions";
import type { Actor } from "@/lib/core/auth/roles";
import { ACTIONS } from "@/lib/all-actions";
import { policyEditFromForm } from "@/lib/policies/policy-form";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { entryEditFromForm } from "@/lib/regulations/entry-form";
import { suggestCorrection, suggestionFromForm } from "@/lib/regulations/actions/suggest-correction";
import { FRAGMENTS, hostileText } from "@/tests/helpers/hostile";
import { VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { loadRegulationFixture } from "@/tests/helpers/regulation-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";
import { tableChecksums } from "@/tests/helpers/table-checksums";

const EXCLUDED = ["rate_limit_bucket", "ingestion_run"];
const RUNS_PER_ACTION = 50;

/** A field's hostile replacement: text, numbers at and past the edges, wrong types. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 31, 99999999999, 1e300, Number.NaN, Infinity)) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, [], {}, [""], { toString: "x" }) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 4 }) },
);

/** A valid-looking input with some fields replaced, a field added at times, or something else entirely. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(base).map(([key, value]) => [key, fc.oneof({ weight: 2, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: hostileValue })]));
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.record(fields), fc.option(fc.tuple(fc.constantFrom("__proto__", "constructor", "extra", "id", "role"), hostileValue))).map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record)) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
}

/** A form as a browser (or a script) would post it: hostile values under the form's field names, repeated at times. */
function formData(names: readonly string[]): fc.Arbitrary<FormData> {
  return fc.array(fc.tuple(fc.constantFrom(...names), hostileText), { maxLength: 14 }).map((pairs) => {
    const form = new FormData();
    for (const [name, value] of pairs) form.append(name, value);
    return form;
  });
}

const POLICY_FIELDS = ["id", "version", "country", "nameOriginal", "nameEn", "agency", "partners", "launchYear", "endYear", "status", "instrumentTypes", "targetGroups", "sector", "marketFocus", "pandemicResponse", "description", "notes", "results.0.text", "results.0.year", "results.999999.text", "sources.0.title", "sources.0.url", "sources.0.document", "sources.0.lines"];
const ENTRY_FIELDS = ["id", "version", "status", "answer", "score", "instrumentName", "instrumentNumber", "instrumentYear", "lastAmendedYear", "article", "description", "coverage", "sourceUrls.0", "sourceUrls.5", "verify"];

describe("fuzzing the server actions", () => {
  const ids = { admin: 0, editor: 0, focal: 0, entry: 0, policy: 0, suggestion: 0, proposal: 0 };
  const actors: Record<string, Actor | null> = { visitor: null };
  let cases = 0;
  const db = useScratchDatabase(async (db) => {
    ids.entry = (await loadRegulationFixture(db))["ARG P01.1"];
    await db.instrumentType.createMany({ data: [{ slug: "training-capacity-building", nameEn: "Training", nameEs: "Capacitación", sortOrder: 1 }, { slug: "financing", nameEn: "Financing", nameEs: "Financiamiento", sortOrder: 2 }] });
    await db.targetGroup.createMany({ data: [{ slug: "women-entrepreneurs", nameEn: "Women entrepreneurs", nameEs: "Mujeres emprendedoras", sortOrder: 1 }, { slug: "digital-exporters", nameEn: "Digital exporters", nameEs: "Exportadores digitales", sortOrder: 2 }] });
    await db.marketplace.create({ data: { domain: "a.example.cl", name: "A", slug: "a-example-cl", countryIso3: "CHL", category: "GENERAL" } });
    const a = await db.user.create({ data: { email: "admin@example.org", role: "ADMIN", passwordHash: "x" } });
    const e = await db.user.create({ data: { email: "editor@example.org", role: "EDITOR", passwordHash: "x" } });
    // A focal point of Argentina, whose entry the fixture's ARG P01.1 is.
    const f = await db.user.create({ data: { email: "focal@example.gob.ar", role: "FOCAL_POINT", economyIso3: "ARG", passwordHash: "x" } });
    Object.assign(ids, { admin: a.id, editor: e.id, focal: f.id });
    ids.suggestion = (await db.regulationSuggestion.create({ data: { entryId: ids.entry, message: "Please check the year of the law." } })).id;
  });

  let baseline: Awaited<ReturnType<typeof tableChecksums>>;
  beforeAll(async () => {
    actors.editor = { id: ids.editor, email: "editor@example.org", name: null, role: "EDITOR" };
    actors.admin = { id: ids.admin, email: "admin@example.org", name: null, role: "ADMIN" };
    actors.focal = { id: ids.focal, email: "focal@example.gob.ar", name: null, role: "FOCAL_POINT", economyIso3: "ARG" };
    const policy = await savePolicy(actors.editor, { ...VALID_POLICY, id: null, version: null });
    if (!policy.ok) throw new Error("fixture policy refused");
    ids.policy = policy.data.id;
    const payload = { status: "IN_FORCE", answer: null, score: 0, instrumentName: "Ley 25.326", instrumentNumber: null, instrumentYear: 2000, lastAmendedYear: null, article: null, description: null, coverage: null, sourceUrls: ["https://www.argentina.gob.ar/normativa"] };
    ids.proposal = (await db().focalProposal.create({ data: { kind: "REGULATION_ENTRY", economyIso3: "ARG", entryId: ids.entry, baseVersion: 1, payload, note: "Amended in 2024.", proposedById: ids.focal } })).id;
    baseline = await tableChecksums(db(), { exclude: EXCLUDED });
  });
  afterAll(() => console.log(`Action fuzzing: ${cases} calls.`));

  /** Runs one call; a refusal must leave every table as it was, a success becomes the new baseline. */
  async function check(label: string, call: () => Promise<{ ok: boolean }>, visitor: boolean): Promise<void> {
    cases++;
    let result: { ok: boolean; error?: string };
    try {
      result = await call();
    } catch (error) {
      throw new Error(`${label} threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    expect(typeof result.ok, label).toBe("boolean");
    if (visitor) expect(result, label).toEqual({ ok: false, error: "unauthenticated" });
    const after = await tableChecksums(db(), { exclude: EXCLUDED });
    if (!result.ok) expect(after, `${label} refused (${JSON.stringify(result).slice(0, 200)}) but changed a table`).toEqual(baseline);
    baseline = after;
  }

  const bases = (): Record<string, Record<string, unknown>> => ({
    createUser: { email: "new@example.org", name: "New", role: "EDITOR" },
    changeUserRole: { userId: String(ids.editor), role: "ADMIN" },
    setUserActive: { userId: String(ids.editor), active: "false" },
    savePolicy: { ...VALID_POLICY, id: ids.policy, version: 1 },
    setPolicyState: { id: String(ids.policy), version: "1", transition: "publish" },
    saveTerm: { vocabulary: "instrument-types", id: "", nameEn: "Vouchers", nameEs: "Vales" },
    mergeTerms: { vocabulary: "target-groups", fromId: "1", intoId: "2" },
    uploadIngestionFile: { kind: "TRAFFIC", dryRun: "on", file: new File(["domain,month,visits\na.example.cl,2024-01,5\n"], "traffic.csv") },
    runIngestionNow: { dryRun: "on" },
    saveRegulationEntry: { id: ids.entry, version: 1, status: "IN_FORCE", answer: null, score: 1, instrumentName: null, instrumentNumber: null, instrumentYear: null, lastAmendedYear: null, article: null, description: null, coverage: null, sourceUrls: [], verify: false },
    reviewSuggestion: { id: String(ids.suggestion), decision: "accept" },
    verifyRegulationEntry: { id: String(ids.entry), version: "1", decision: "verify", note: "" },
    bulkVerifyIndicator: { indicatorId: "1", entries: [{ id: String(ids.entry), version: "1" }] },
    verifyPolicy: { id: String(ids.policy), version: "1", decision: "dispute", note: "The agency is wrong." },
    proposeEntryChange: { entryId: ids.entry, baseVersion: 1, note: "Amended in 2024, see the gazette.", status: "IN_FORCE", answer: null, score: 0, instrumentName: "Ley 25.326", instrumentNumber: null, instrumentYear: 2000, lastAmendedYear: null, article: null, description: null, coverage: null, sourceUrls: ["https://www.argentina.gob.ar/normativa"] },
    proposePolicy: { ...VALID_POLICY, country: "ARG", id: null, version: null, note: "A programme launched in 2024." },
    reviewProposal: { id: String(ids.proposal), decision: "reject", reason: "Not stated in the source." },
  });

  it.each(ACTIONS.map((a) => [a.actionName, a] as const))("%s: random and hostile inputs as a visitor, an editor, an admin and a focal point", async (name, action: Action<unknown>) => {
    const base = bases()[name];
    expect(base, `a base input for ${name}`).toBeDefined();
    // An upload also gets a hostile file, at times.
    const hostileFile = fc.option(fc.array(fc.oneof(hostileText, fc.constantFrom("domain,month,visits", "a.example.cl,2024-01,5")), { maxLength: 6 }).map((lines) => new File([lines.join("\n")], "hostile.csv")));
    const input = name === "uploadIngestionFile"
      ? fc.tuple(mutated(base), hostileFile).map(([v, file]) => (file && v && typeof v === "object" && !Array.isArray(v) ? { ...v, file } : v))
      : mutated(base);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("visitor", "editor", "admin", "focal"), input, async (who, raw) => {
        await check(`${name} as ${who} with ${String(JSON.stringify(raw)).slice(0, 200)}`, () => action(actors[who], raw) as Promise<ActionResult<unknown>>, who === "visitor");
      }),
      { numRuns: RUNS_PER_ACTION },
    );
  });

  it("the policy and entry forms: hostile form posts through the forms' readers", async () => {
    const policy = ACTIONS.find((a) => a.actionName === "savePolicy")!;
    const entry = ACTIONS.find((a) => a.actionName === "saveRegulationEntry")!;
    await fc.assert(
      fc.asyncProperty(formData(POLICY_FIELDS), async (form) => check("savePolicy form", () => policy(actors.editor, policyEditFromForm(form)), false)),
      { numRuns: RUNS_PER_ACTION },
    );
    await fc.assert(
      fc.asyncProperty(formData(ENTRY_FIELDS), async (form) => check("saveRegulationEntry form", () => entry(actors.editor, entryEditFromForm(form)), false)),
      { numRuns: RUNS_PER_ACTION },
    );
  });

  it("the public suggestion: hostile form posts and inputs from many addresses", async () => {
    let n = 0;
    const raw = fc.oneof(
      formData(["entryId", "message", "contactEmail", "website"]).map((form) => suggestionFromForm(form)),
      mutated({ entryId: String(ids.entry), message: "The law was amended in 2020.", contactEmail: null, website: "" }),
    );
    await fc.assert(
      fc.asyncProperty(raw, fc.constantFrom(...FRAGMENTS.slice(0, 5), "192.0.2.1"), async (input, address) => {
        await check("suggestCorrection", () => suggestCorrection(db(), input, `${address}-${++n}`), false);
      }),
      { numRuns: RUNS_PER_ACTION * 2 },
    );
  });
});
