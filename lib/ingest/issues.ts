/**
 * Problems found in an ingestion file: each with its line (1 = the header),
 * the column it concerns and a plain message. Only the first ISSUE_LIMIT are
 * kept; the rest are counted, so a badly broken file cannot fill memory.
 */
export interface IngestIssue {
  line: number | null;
  column: string | null;
  message: string;
}

export const ISSUE_LIMIT = 100;

export class IssueList {
  readonly kept: IngestIssue[] = [];
  total = 0;

  constructor(private readonly limit = ISSUE_LIMIT) {}

  add(line: number | null, column: string | null, message: string): void {
    this.total++;
    if (this.kept.length < this.limit) this.kept.push({ line, column, message });
  }

  /** The kept issues in line order, with a closing note on how many more there were. */
  report(): IngestIssue[] {
    const sorted = [...this.kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const more = this.total - this.kept.length;
    if (more > 0) sorted.push({ line: null, column: null, message: `… and ${more} more problem${more === 1 ? "" : "s"} not listed.` });
    return sorted;
  }
}

/** A problem that stops reading the file at once (bad encoding, too large, wrong delimiter …). */
export class FatalIngestError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
    readonly column: string | null = null,
  ) {
    super(message);
  }
}
