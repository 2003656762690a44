/**
 * Streams an ingestion file through csv-parse and the kind's Zod checks.
 * Every problem goes into the IssueList with its line and column; valid rows
 * are handed to `onRow` one at a time (the caller copies them into staging),
 * so memory stays bounded whatever the file's size.
 */
import type { Readable } from "node:stream";
import { CsvError } from "csv-parse";
import { csvRecords } from "./records";
import type { z } from "zod";
import { Utf8Decoder } from "./decode";
import { FatalIngestError, type IssueList } from "./issues";
import { AGE_GROUPS, FIRST_YEAR, kindSpec, type IngestionKind } from "./kinds";
import { VALUE_PROBLEMS, type Problem, type ProblemCode } from "./problems";

export interface ParsedRow {
  line: number;
  marketplaceId: number;
  domain: string;
  values: Record<string, string | number>;
}

export interface ParseOptions {
  kind: IngestionKind;
  /** Known marketplaces: domain (lower case) → id. */
  domains: ReadonlyMap<string, number>;
  maxBytes: number;
  now: Date;
  issues: IssueList;
  /** May return a promise (when it must wait, e.g. for COPY to drain); most calls should not. */
  onRow: (row: ParsedRow) => void | Promise<void>;
}

export interface ParseSummary {
  rowsRead: number;
  rowsRejected: number;
  checksum: string;
  bytes: number;
}

/** Distinct values remembered per column. */
const MEMO_LIMIT = 20_000;
/** Columns whose values rarely repeat: not worth remembering. */
const UNREPEATED = new Set(["visits"]);

/** Delimiters people use instead of commas, by the name the problem messages give them. */
const DELIMITERS: Array<[string, "semicolon" | "tab" | "bar"]> = [
  [";", "semicolon"],
  ["\t", "tab"],
  ["|", "bar"],
];

function quoted(raw: string): string {
  return `"${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;
}

/** Reads the whole stream; throws FatalIngestError for problems that stop reading. */
export async function parseIngestFile(input: Readable, options: ParseOptions): Promise<ParseSummary> {
  const { issues } = options;
  const spec = kindSpec(options.kind);
  const schemas = spec.schemas(options.now);
  const decoder = new Utf8Decoder(options.maxBytes);
  input.on("error", (error) => decoder.destroy(error));
  input.pipe(decoder);
  // Domains, months, years, codes repeat across rows: their check results are
  // remembered (the schemas are pure for a run), up to a bounded number per column.
  const memo = new Map<string, Map<string, z.ZodSafeParseResult<string | number>>>();
  const check = (column: string, raw: string): z.ZodSafeParseResult<string | number> => {
    let seen = memo.get(column);
    if (!seen) memo.set(column, (seen = new Map()));
    const known = seen.get(raw);
    if (known) return known;
    const result = (schemas[column] as z.ZodType<string | number>).safeParse(raw);
    if (seen.size < MEMO_LIMIT && !UNREPEATED.has(column)) seen.set(raw, result);
    return result;
  };

  let header: string[] | null = null;
  let rowsRead = 0;
  let rowsRejected = 0;
  const unknownDomains = new Map<string, number>();
  let unknownDomainCount = 0;

  try {
    for await (const batch of csvRecords(decoder)) for (const { record, line } of batch) {
      if (!header) {
        header = checkHeader(record, line, spec.columns, issues);
        continue;
      }
      rowsRead++;
      if (record.length !== header.length) {
        rowsRejected++;
        const delimiter = (record.length === 1 && delimiterIn(record[0])) || "none";
        issues.add(line, null, { code: "columnCount", params: { expected: header.length, found: record.length, delimiter } });
        continue;
      }
      const values: Record<string, string | number> = {};
      let ok = true;
      for (let i = 0; i < header.length; i++) {
        const column = header[i];
        const raw = column === "domain" ? record[i].toLowerCase() : record[i];
        if (column === "source" && raw === "") continue;
        if (raw === "") {
          issues.add(line, column, { code: "empty", params: { column } });
          ok = false;
          continue;
        }
        const result = check(column, raw);
        if (result.success) values[column] = result.data;
        else {
          issues.add(line, column, valueProblem(column, raw, result.error.issues[0].message));
          ok = false;
        }
      }
      if (!ok) {
        rowsRejected++;
        continue;
      }
      const domain = values.domain as string;
      const marketplaceId = options.domains.get(domain);
      if (marketplaceId === undefined) {
        rowsRejected++;
        if (!unknownDomains.has(domain)) {
          unknownDomainCount++;
          if (unknownDomains.size < 50) unknownDomains.set(domain, line);
        }
        continue;
      }
      const wait = options.onRow({ line, marketplaceId, domain, values });
      if (wait) await wait;
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const at = (error as CsvError & { lines?: number }).lines;
      throw new FatalIngestError({ code: "notCsv", params: { detail: error.message.replace(/^Invalid Record Length: |^[^:]*: /, "") } }, at ?? null);
    }
    throw error;
  }

  if (!header) throw new FatalIngestError({ code: "emptyFile" }, null);
  if (rowsRead === 0) throw new FatalIngestError({ code: "headerOnly" }, 1);
  if (unknownDomainCount > 0) {
    const listed = [...unknownDomains].map(([domain, line]) => `${domain} (${line})`).join(", ");
    const more = unknownDomainCount - unknownDomains.size;
    issues.add(unknownDomains.values().next().value ?? null, "domain", { code: "unknownDomains", params: { count: unknownDomainCount, listed, more } });
  }
  return { rowsRead, rowsRejected, checksum: decoder.checksum(), bytes: decoder.bytes };
}

function delimiterIn(field: string): "semicolon" | "tab" | "bar" | undefined {
  return DELIMITERS.find(([d]) => field.includes(d))?.[1];
}

/** A value that failed its Zod check: the check's message is a value.* problem code. */
function valueProblem(column: string, raw: string, code: string): Problem {
  const known = (VALUE_PROBLEMS as string[]).includes(code) ? code : "invalid";
  return { code: `value.${known}` as ProblemCode, params: { column, value: quoted(raw), firstYear: FIRST_YEAR, groups: Object.keys(AGE_GROUPS).join(", ") } };
}

/** The header's column names (lower case); problems with it stop the run. */
function checkHeader(record: string[], line: number, required: string[], issues: IssueList): string[] {
  const names = record.map((name) => name.trim().toLowerCase());
  const expected = `${required.join(",")}[,source]`;
  if (names.length === 1) {
    const delimiter = delimiterIn(names[0]);
    if (delimiter) throw new FatalIngestError({ code: "separatedBy", params: { delimiter, expected } }, line);
  }
  const before = issues.total;
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) issues.add(line, name, { code: "duplicateColumn", params: { name: quoted(name) } });
    else if (![...required, "source"].includes(name)) issues.add(line, name || null, { code: "unknownColumn", params: { name: quoted(name), expected } });
    seen.add(name);
  }
  for (const name of required) if (!seen.has(name)) issues.add(line, name, { code: "missingColumn", params: { name: quoted(name), expected } });
  if (issues.total > before) throw new FatalIngestError({ code: "invalidHeader" }, line);
  return names;
}
