import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { guardCell, guardText } from "@/lib/core/csv/guard";
import { toCsv } from "@/lib/core/csv/to-csv";
import { CopyTextToCsv, copyLineToRecord, unescapeCopyField } from "@/lib/downloads/copy-text";
import { findDataset } from "@/lib/downloads/datasets";
import { parseSelection, selectionSlug } from "@/lib/downloads/parse";

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

  it("writes the same CSV whatever the chunking, header (and BOM) first", async () => {
    const text = Buffer.from("Việt Nam\t1\nSão, \"Paulo\"\t2\n=last\t3\n");
    const types = ["string", "integer"] as const;
    const collect = async (chunks: Buffer[], bom = false) => {
      let out = "";
      await pipeline(Readable.from(chunks), new CopyTextToCsv([...types], ["name", "n [units]"], bom), new Writable({ write: (c: Buffer, _e, d) => ((out += c.toString("utf8")), d()) }));
      return out;
    };
    const whole = await collect([text]);
    expect(whole).toBe('name,n [units]\r\nViệt Nam,1\r\n"São, ""Paulo""",2\r\n\'=last,3\r\n');
    const bytes = [...text].map((b) => Buffer.from([b])); // splits multi-byte characters too
    expect(await collect(bytes)).toBe(whole);
    expect(await collect([text], true)).toBe(`\uFEFF${whole}`);
    expect(await collect([])).toBe("name,n [units]\r\n");
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
