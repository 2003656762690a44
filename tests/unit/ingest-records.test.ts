import { describe, expect, it } from "vitest";
import { FatalIngestError } from "@/lib/ingest/issues";
import { csvRecords, MAX_RECORD_LENGTH, type CsvRecord } from "@/lib/ingest/records";

async function records(...chunks: string[]): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const batch of csvRecords((async function* () { yield* chunks; })())) out.push(...batch);
  return out;
}

describe("CSV records with line numbers", () => {
  it("splits plain lines, trims fields, skips blank lines and accepts CRLF", async () => {
    expect(await records("domain,month,visits\r\n a.cl , 2025-01 ,5\r\n\r\nb.cl,2025-01,6")).toEqual([
      { record: ["domain", "month", "visits"], line: 1 },
      { record: ["a.cl", "2025-01", "5"], line: 2 },
      { record: ["b.cl", "2025-01", "6"], line: 4 },
    ]);
  });

  it("parses quoted fields (commas, doubled quotes, line breaks) with csv-parse, across chunks", async () => {
    expect(await records('domain,month,visits,source\na.cl,2025-01,5,"Panel, ""A"""\nb.cl,2025-', '01,6,"two\nlines"\nc.cl,2025-01,7\n')).toEqual([
      { record: ["domain", "month", "visits", "source"], line: 1 },
      { record: ["a.cl", "2025-01", "5", 'Panel, "A"'], line: 2 },
      { record: ["b.cl", "2025-01", "6", "two\nlines"], line: 3 },
      { record: ["c.cl", "2025-01", "7"], line: 5 },
    ]);
  });

  it("reports an unclosed quote through csv-parse", async () => {
    await expect(records('domain,month\n"a.cl,2025-01\n')).rejects.toThrow(/Quote Not Closed/i);
  });

  it("stops at a line longer than the limit, naming it, in time linear in the input", async () => {
    const header = "domain,month,visits\n";
    const started = performance.now();
    // 16 MB without a line break, in 64 KB chunks: refused after the limit, not after reading it all.
    const chunks = (function* () {
      yield header;
      for (let i = 0; i < 256; i++) yield "x".repeat(64 * 1024);
    })();
    const error = await records(...chunks).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FatalIngestError);
    expect((error as FatalIngestError).line).toBe(2);
    expect((error as FatalIngestError).problem).toEqual({ code: "lineTooLong", params: { line: 2, limit: MAX_RECORD_LENGTH } });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("joins a line split over many chunks", async () => {
    const pieces = ["domain,month,visits\na.c", "l,20", "25-0", "1,", "5\n"];
    expect(await records(...pieces)).toEqual([
      { record: ["domain", "month", "visits"], line: 1 },
      { record: ["a.cl", "2025-01", "5"], line: 2 },
    ]);
  });

  it("bounds a quoted record that never closes", async () => {
    const open = 'domain,month,visits,source\na.cl,2025-01,5,"' + "y\n".repeat(MAX_RECORD_LENGTH);
    await expect(records(open)).rejects.toMatchObject({ problem: { code: "lineTooLong", params: { line: 2 } } });
  });
});
