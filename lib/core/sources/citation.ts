/**
 * The source registry's shapes (docs/design.md §6, §7): a citation as every
 * fact and figure shows it, the key that makes a citation one registry row,
 * and the SQL that reads a fact's citations in display order.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SourceKind } from "@/lib/generated/prisma/enums";

export interface Citation {
  title: string;
  publisher: string | null;
  url: string | null;
  /** The date the source itself shows, as it shows it. */
  asOf: string | null;
  /** null: entered by staff without a kind. */
  kind: SourceKind | null;
  /** A project document and its lines, for kind PROJECT_DOCUMENT. */
  document: string | null;
  lines: string | null;
}

/** The registry columns of a Citation, for Prisma selects. */
export const CITATION_SELECT = { title: true, publisher: true, url: true, asOf: true, kind: true, document: true, lines: true } as const;

/**
 * One registry row per citable thing: a project document's line range, or a
 * URL. The same rule is written in SQL in the source registry migration.
 */
export function sourceKey(c: { url: string | null; document: string | null; lines: string | null }): string {
  if (c.document) return `doc:${c.document}#${c.lines ?? ""}`;
  if (c.url) return `url:${c.url}`;
  throw new Error("A citation needs a URL or a document.");
}

/** A citation as one line of text, for CSV cells and alternative text: "Publisher, Title (as of …) <url>". */
export function citationText(c: Citation): string {
  const head = [c.publisher, c.title].filter(Boolean).join(", ");
  const asOf = c.asOf ? ` (${c.asOf})` : "";
  const where = c.url ? ` <${c.url}>` : c.document ? ` [${c.document}${c.lines ? `, lines ${c.lines}` : ""}]` : "";
  return `${head}${asOf}${where}`;
}

/** Several citations in one CSV cell. */
export function citationsText(citations: readonly Citation[]): string {
  return citations.map(citationText).join(" | ");
}

/**
 * The citations of the row `owner` (a table alias) as a JSON array in display
 * order, through the link table that joins it to `source`. Identifiers only,
 * never user input.
 */
export function citationsJson(linkTable: string, ownerColumn: string, owner: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((
      SELECT json_agg(json_build_object('title', s.title, 'publisher', s.publisher, 'url', s.url, 'asOf', s.as_of,
                                        'kind', s.kind, 'document', s.document, 'lines', s.lines) ORDER BY l.position)
        FROM ${Prisma.raw(`"${linkTable}"`)} l JOIN source s ON s.id = l.source_id
       WHERE l.${Prisma.raw(`"${ownerColumn}"`)} = ${owner}), '[]'::json)`;
}

/** Compiled from public sources only (none of the project's documents): such a fact says so until staff review it. */
export function isFromPublicSources(citations: ReadonlyArray<Pick<Citation, "kind">>): boolean {
  return citations.length > 0 && citations.every((c) => c.kind !== "PROJECT_DOCUMENT");
}

/** Still unverified and compiled from public sources only: what the pages mark "from public sources, not yet reviewed". */
export function awaitsReviewFromPublicSources(fact: { verification: string; sources: ReadonlyArray<Pick<Citation, "kind">> }): boolean {
  return fact.verification === "UNVERIFIED" && isFromPublicSources(fact.sources);
}

/**
 * The same citations as one line of text in SQL (what citationsText writes),
 * for the downloads that stream straight from PostgreSQL. Identifiers only.
 */
export function citationsTextSql(linkTable: string, ownerColumn: string, owner: string): string {
  return `(SELECT string_agg(concat_ws(', ', s.publisher, s.title) || coalesce(' (' || s.as_of || ')', '')
            || coalesce(' <' || s.url || '>', ' [' || s.document || coalesce(', lines ' || s.lines, '') || ']', ''), ' | ' ORDER BY l.position)
       FROM "${linkTable}" l JOIN source s ON s.id = l.source_id WHERE l."${ownerColumn}" = ${owner})`;
}

/** The registry ids of an owner's sources, in order, as one text cell (SQL, identifiers only). */
export function sourceIdsSql(linkTable: string, ownerColumn: string, owner: string): string {
  return `(SELECT string_agg(l.source_id::text, ' | ' ORDER BY l.position) FROM "${linkTable}" l WHERE l."${ownerColumn}" = ${owner})`;
}
