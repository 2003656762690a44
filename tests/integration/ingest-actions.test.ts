import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runIngestionNow } from "@/lib/ingest/actions/run-ingestion-now";
import { uploadIngestionFile } from "@/lib/ingest/actions/upload-ingestion-file";
import type { Actor } from "@/lib/core/auth/roles";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { fingerprint } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("ingestion actions of the admin screen", () => {
  let editor: Actor;
  const db = useScratchDatabase(async (db) => {
    await loadExplorerFixture(db);
    const e = await db.user.create({ data: { email: "editor@example.org", role: "EDITOR", passwordHash: "x" } });
    editor = { id: e.id, email: e.email, name: null, role: "EDITOR" };
  });
  afterEach(() => vi.unstubAllEnvs());

  const file = (text: string, name = "traffic.csv") => new File([text], name, { type: "text/csv" });

  it("validates an uploaded file only, then loads it, recording the editor", async () => {
    const csv = "domain,month,visits\nb.example.cl,2025-02,42\n";
    const before = await fingerprint(db());
    const dry = await uploadIngestionFile(editor, { kind: "TRAFFIC", dryRun: "on", file: file(csv) });
    expect(dry).toMatchObject({ ok: true, data: { status: "VALIDATED", counts: { inserted: 1 }, changes: [{ line: 2, domain: "b.example.cl", after: "42" }] } });
    expect(await fingerprint(db())).toEqual(before);

    const loaded = await uploadIngestionFile(editor, { kind: "TRAFFIC", dryRun: null, file: file(csv) });
    expect(loaded).toMatchObject({ ok: true, data: { status: "SUCCEEDED", counts: { inserted: 1 } } });
    if (!loaded.ok) return;
    expect(await db().ingestionRun.findUniqueOrThrow({ where: { id: loaded.data.runId } })).toMatchObject({
      trigger: "UPLOAD",
      triggeredById: editor.id,
      triggeredBy: "editor@example.org",
      source: "upload: traffic.csv",
    });
  });

  it("asks for a file and a kind", async () => {
    expect(await uploadIngestionFile(editor, { kind: "WEATHER", dryRun: null, file: new File([], "") })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { kind: ["chooseKind"], file: ["chooseFile"] },
    });
  });

  it("runs the configured source now, or explains that none is configured", async () => {
    vi.stubEnv("TRAFFIC_SOURCE_URL", "");
    expect(await runIngestionNow(editor, {})).toEqual({ ok: false, error: "refused", message: "not-configured" });
    const source = path.join(tmpdir(), `ingest-actions-${process.pid}.csv`);
    writeFileSync(source, "domain,month,visits\nd.example.jp,2025-02,9\n");
    vi.stubEnv("TRAFFIC_SOURCE_URL", pathToFileURL(source).toString());
    const result = await runIngestionNow(editor, {});
    expect(result).toMatchObject({ ok: true, data: { status: "SUCCEEDED", counts: { inserted: 1 } } });
    if (!result.ok) return;
    expect(await db().ingestionRun.findUniqueOrThrow({ where: { id: result.data.runId } })).toMatchObject({ trigger: "MANUAL", triggeredById: editor.id });
  });
});
