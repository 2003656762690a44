import { describe, expect, it } from "vitest";
import { csvRecords, type CsvRecord } from "@/lib/ingest/records";

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
});
