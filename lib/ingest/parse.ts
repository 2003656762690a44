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
import { kindSpec, type IngestionKind } from "./kinds";

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

const DELIMITERS: Array<[string, string]> = [
  [";", "semicolons"],
  ["\t", "tabs"],
  ["|", "vertical bars"],
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
        const hint = record.length === 1 ? delimiterHint(record[0]) : "";
        issues.add(line, null, `expected ${header.length} columns but found ${record.length}${hint}`);
        continue;
      }
      const values: Record<string, string | number> = {};
      let ok = true;
      for (let i = 0; i < header.length; i++) {
        const column = header[i];
        const raw = column === "domain" ? record[i].toLowerCase() : record[i];
        if (column === "source" && raw === "") continue;
        if (raw === "") {
          issues.add(line, column, `${column} is empty`);
          ok = false;
          continue;
        }
        const result = check(column, raw);
        if (result.success) values[column] = result.data;
        else {
          issues.add(line, column, `${column} ${quoted(raw)} ${result.error.issues[0].message}`);
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
      throw new FatalIngestError(`The file is not well-formed CSV: ${error.message.replace(/^Invalid Record Length: |^[^:]*: /, "")}`, at ?? null);
    }
    throw error;
  }

  if (!header) throw new FatalIngestError("The file is empty.", null);
  if (rowsRead === 0) throw new FatalIngestError("The file has a header row but no data rows.", 1);
  if (unknownDomainCount > 0) {
    const listed = [...unknownDomains].map(([domain, line]) => `${domain} (line ${line})`).join(", ");
    const more = unknownDomainCount - unknownDomains.size;
    issues.add(
      unknownDomains.values().next().value ?? null,
      "domain",
      `${unknownDomainCount} unknown domain${unknownDomainCount === 1 ? "" : "s"} (not in the marketplace list): ${listed}${more > 0 ? ` and ${more} more` : ""}`,
    );
  }
  return { rowsRead, rowsRejected, checksum: decoder.checksum(), bytes: decoder.bytes };
}

function delimiterHint(field: string): string {
  const found = DELIMITERS.find(([d]) => field.includes(d));
  return found ? ` (the row seems separated by ${found[1]}; use commas)` : "";
}

/** The header's column names (lower case); problems with it stop the run. */
function checkHeader(record: string[], line: number, required: string[], issues: IssueList): string[] {
  const names = record.map((name) => name.trim().toLowerCase());
  const expected = `expected ${required.join(",")}[,source]`;
  if (names.length === 1) {
    const found = DELIMITERS.find(([d]) => names[0].includes(d));
    if (found) throw new FatalIngestError(`The file seems to be separated by ${found[1]}, not commas; ${expected}.`, line);
  }
  const before = issues.total;
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) issues.add(line, name, `column ${quoted(name)} appears twice in the header`);
    else if (![...required, "source"].includes(name)) issues.add(line, name || null, `unknown column ${quoted(name)} in the header; ${expected}`);
    seen.add(name);
  }
  for (const name of required) if (!seen.has(name)) issues.add(line, name, `missing column "${name}" in the header; ${expected}`);
  if (issues.total > before) throw new FatalIngestError("The header row is not valid; fix it and try again.", line);
  return names;
}
