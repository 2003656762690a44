import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/downloads/all.zip/route";
import { DATASETS } from "@/lib/downloads/datasets";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

process.env.DOWNLOADS_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "bulk-test-"));

const get = (headers: Record<string, string> = {}) => GET(new Request("http://portal.test/api/downloads/all.zip", { headers }));

/** Reads a ZIP's entries (central directory, stored or deflated) — enough for a test. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra;
  }
  return entries;
}

describe("the full download", () => {
  const db = useScratchDatabase(loadExplorerFixture);

  it("zips every dataset with datapackage.json and SOURCES.md, keyed by data version, with ETag and 304", async () => {
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"\d{8}T\d{9}"$/);
    const entries = readZip(Buffer.from(await first.arrayBuffer()));
    const content = {
      names: [...entries.keys()],
      pkg: JSON.parse(entries.get("datapackage.json")!.toString("utf8")) as { resources: Array<{ name: string; schema: { fields: Array<{ name: string; unit?: string }> } }> },
      monthly: entries.get("traffic-monthly.csv")!.toString("utf8"),
    };
    expect(entries.get("SOURCES.md")!.toString("utf8")).toContain("#");
    expect(content.names.sort()).toEqual([...DATASETS.map((d) => `${d.id}.csv`), "README.txt", "SOURCES.md", "datapackage.json"].sort());
    expect(content.pkg.resources.map((r) => r.name)).toEqual(DATASETS.map((d) => d.id));
    expect(content.pkg.resources[0].schema.fields.find((f) => f.name === "visits [visits per month]")?.unit).toBe("visits per month");
    expect(content.monthly.split("\r\n").filter(Boolean)).toHaveLength(1 + 12 * 7);

    expect((await get({ "if-none-match": etag })).status).toBe(304);

    await db().marketplace.updateMany({ where: { domain: "a.example.cl" }, data: { name: "Renamed" } });
    const after = await get({ "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    await after.arrayBuffer();
  });
});
