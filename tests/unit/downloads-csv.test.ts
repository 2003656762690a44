import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { guardCell, guardText } from "../../lib/csv/guard";
import { toCsv } from "../../lib/csv/to-csv";
import { CopyTextToRecords, copyLineToRecord, unescapeCopyField, type CsvValue } from "../../lib/downloads/copy-text";
import { findDataset } from "../../lib/downloads/datasets";
import { parseSelection, selectionSlug } from "../../lib/downloads/parse";

describe("the shared formula guard", () => {
  it("prefixes text that a spreadsheet would run, and never numbers", () => {
    for (const v of ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"]) expect(guardText(v)).toBe(`'${v}`);
    expect(guardText("São Paulo")).toBe("São Paulo");
    expect(guardCell(-5)).toBe(-5);
    expect(toCsv({ columns: ["a"], rows: [["=x"]] })).toBe("\uFEFFa\r\n'=x\r\n");
  });
});

describe("COPY text → CSV records", () => {
  it("unescapes COPY's backslash sequences and NULL", () => {
    expect(unescapeCopyField("\\N")).toBeNull();
    expect(unescapeCopyField("a\\tb\\nc\\\\d\\re")).toBe("a\tb\nc\\d\re");
    expect(copyLineToRecord("=x\t-3\tt\t\\N", ["string", "integer", "boolean", "string"])).toEqual(["'=x", "-3", true, null]);
  });

  it("gives the same records whatever the chunking", async () => {
    const text = Buffer.from("Việt Nam\t1\nSão, \"Paulo\"\t2\nlast\t3\n");
    const types = ["string", "integer"] as const;
    const collect = async (chunks: Buffer[]) => {
      const out: CsvValue[][] = [];
      await pipeline(Readable.from(chunks), new CopyTextToRecords([...types]), new Writable({ objectMode: true, write: (r, _e, d) => (out.push(r), d()) }));
      return out;
    };
    const whole = await collect([text]);
    expect(whole).toEqual([["Việt Nam", "1"], ['São, "Paulo"', "2"], ["last", "3"]]);
    const bytes = [...text].map((b) => Buffer.from([b])); // splits multi-byte characters too
    expect(await collect(bytes)).toEqual(whole);
  });
});

describe("dataset parameters", () => {
  const monthly = findDataset("traffic-monthly")!;
  it("names the bad parameter", () => {
    const bad = (q: string) => {
      const r = parseSelection(monthly, new URLSearchParams(q));
      return r.ok ? null : r.parameter;
    };
    expect(bad("countries=CHL,1")).toBe("countries");
    expect(bad("from=2024-00")).toBe("from");
    expect(bad("from=2024&to=2023")).toBe("to");
    expect(bad("shape=cross-section")).toBe("period");
    expect(bad("period=2024")).toBe("period");
    expect(bad("region=EAST_ASIA&region=LATIN_AMERICA")).toBe("region");
    expect(bad("unknown=1")).toBe("unknown");
    expect(bad("countries=chl,jpn&from=2023&to=2024&bom=1")).toBeNull();
  });
  it("describes the selection in the file name", () => {
    const r = parseSelection(monthly, new URLSearchParams("countries=chl,jpn,mex&from=2023-01&to=2024-06"));
    expect(r.ok && selectionSlug(r.selection)).toBe("chl-jpn-mex_2023-01-to-2024-06");
    expect(selectionSlug({})).toBe("all");
  });
});
