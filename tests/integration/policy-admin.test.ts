import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/core/auth/roles";
import { savePolicy } from "@/lib/policies/actions/save-policy";
import { setPolicyState } from "@/lib/policies/actions/set-policy-state";
import { policyEditFromForm } from "@/lib/policies/policy-form";
import { changedFields } from "@/lib/core/diff";
import { loadPolicyReference, VALID_POLICY } from "@/tests/helpers/policy-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("editing policies", () => {
  let editor: Actor;
  const db = useScratchDatabase(async (db) => {
    await loadPolicyReference(db);
    const u = await db.user.create({ data: { email: "ed@example.org", role: "EDITOR", passwordHash: "x" } });
    editor = { id: u.id, email: u.email, name: null, role: "EDITOR" };
  });

  async function tables() {
    const [policies, results, sources, audit] = await Promise.all([
      db().policy.findMany({ orderBy: { id: "asc" } }),
      db().policyResult.count(),
      db().policySource.count(),
      db().auditEvent.count(),
    ]);
    return { policies, results, sources, audit };
  }

  it("reads the form's fields, dropping blank repeated rows", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ id: "", version: "", country: "CHL", launchYear: "2020", endYear: "twenty", pandemicResponse: "no", "results.0.text": "x", "results.0.year": "", "results.1.text": "", "results.1.year": "", "sources.0.title": "T", "sources.0.url": "" })) form.set(k, v);
    form.append("instrumentTypes", "financing");
    form.append("instrumentTypes", "training-capacity-building");
    const input = policyEditFromForm(form);
    expect(input).toMatchObject({ id: null, version: null, launchYear: 2020, endYear: "twenty", pandemicResponse: false, agency: null });
    expect(input.instrumentTypes).toEqual(["financing", "training-capacity-building"]);
    expect(input.results).toEqual([{ text: "x", year: null }]);
    expect(input.sources).toEqual([{ title: "T", url: null, document: null, lines: null }]);
  });

  it("refuses invalid input field by field and writes nothing", async () => {
    const before = await tables();
    const result = await savePolicy(editor, { ...VALID_POLICY, id: null, version: null, nameEn: "", launchYear: 2020, endYear: 2010, instrumentTypes: [], sources: [{ title: "x", url: "javascript:alert(1)", document: null, lines: "ten" }] });
    expect(result.ok).toBe(false);
    if (result.ok || result.error !== "invalid") throw new Error("expected field errors");
    expect(result.fieldErrors).toMatchObject({
      nameEn: ["required"],
      instrumentTypes: ["chooseInstrumentType"],
      "sources.0.url": ["invalidUrl"],
      "sources.0.lines": ["invalidLines"],
    });
    expect(await savePolicy(editor, { ...VALID_POLICY, id: null, version: null, targetGroups: ["no-such-group"] })).toMatchObject({ fieldErrors: { targetGroups: ["chooseOption"] } });
    expect(await tables()).toEqual(before);
  });

  it("creates a draft, saves edits against their version, refuses a stale save and audits each change", async () => {
    const created = await savePolicy(editor, { ...VALID_POLICY, id: null, version: null });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(await db().policy.findUniqueOrThrow({ where: { id } })).toMatchObject({ workflowState: "DRAFT", version: 1 });

    // Two editors open version 1; the first saves.
    const first = await savePolicy(editor, { ...VALID_POLICY, id, version: 1, nameEn: "First editor's name", instrumentTypes: ["financing"] });
    expect(first).toEqual({ ok: true, data: { id, version: 2 } });
    const afterFirst = await tables();

    // The second save names version 1: refused, with the first editor's version to show.
    const second = await savePolicy(editor, { ...VALID_POLICY, id, version: 1, nameEn: "Second editor's name" });
    expect(second).toMatchObject({ ok: false, error: "conflict", current: { nameEn: "First editor's name", instrumentTypes: ["financing"], version: 2 } });
    expect(await tables()).toEqual(afterFirst);

    const events = await db().auditEvent.findMany({ where: { entityType: "policy", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(changedFields(events[1].before as Record<string, unknown>, events[1].after as Record<string, unknown>)).toEqual(["nameEn", "instrumentTypes"]);
  });

  it("publishes, unpublishes and archives with version checks, each audited", async () => {
    const created = await savePolicy(editor, { ...VALID_POLICY, id: null, version: null });
    if (!created.ok) throw new Error("create failed");
    const id = created.data.id;
    expect(await setPolicyState(editor, { id, version: 1, transition: "publish" })).toEqual({ ok: true, data: { version: 2 } });
    expect(await db().policy.findUniqueOrThrow({ where: { id } })).toMatchObject({ workflowState: "PUBLISHED" });
    expect(await setPolicyState(editor, { id, version: 1, transition: "archive" })).toMatchObject({ ok: false, error: "conflict" });
    expect(await setPolicyState(editor, { id, version: 2, transition: "unpublish" })).toEqual({ ok: true, data: { version: 3 } });
    expect(await setPolicyState(editor, { id, version: 3, transition: "archive" })).toEqual({ ok: true, data: { version: 4 } });
    const actions = await db().auditEvent.findMany({ where: { entityType: "policy", entityId: String(id) }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "publish", "unpublish", "archive"]);
  });
});
