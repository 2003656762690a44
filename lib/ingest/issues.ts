/**
 * Problems found in an ingestion file: each with its line (1 = the header),
 * the column it concerns, its message code and parameters (translated on the
 * admin screen) and its English text. Only the first ISSUE_LIMIT are kept;
 * the rest are counted, so a badly broken file cannot fill memory.
 */
import { englishMessage, type Problem, type ProblemCode, type ProblemParams } from "./problems";

export interface IngestIssue {
  line: number | null;
  column: string | null;
  message: string;
  /** Absent in runs recorded before problems had codes. */
  code?: ProblemCode;
  params?: ProblemParams;
}

export const ISSUE_LIMIT = 100;

export function issueOf(line: number | null, column: string | null, problem: Problem): IngestIssue {
  return { line, column, message: englishMessage(problem), code: problem.code, params: problem.params ?? {} };
}

export class IssueList {
  readonly kept: IngestIssue[] = [];
  total = 0;

  constructor(private readonly limit = ISSUE_LIMIT) {}

  add(line: number | null, column: string | null, problem: Problem): void {
    this.total++;
    if (this.kept.length < this.limit) this.kept.push(issueOf(line, column, problem));
  }

  /** Problems found in bulk but not listed one by one (past the first ones a query returns): counted only. */
  countMore(count: number): void {
    this.total += count;
  }

  /** The kept issues in line order, with a closing note on how many more there were. */
  report(): IngestIssue[] {
    const sorted = [...this.kept].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const more = this.total - this.kept.length;
    if (more > 0) sorted.push(issueOf(null, null, { code: "moreProblems", params: { count: more } }));
    return sorted;
  }
}

/** A problem that stops reading the file at once (bad encoding, too large, wrong delimiter …). */
export class FatalIngestError extends Error {
  constructor(
    readonly problem: Problem,
    readonly line: number | null = null,
    readonly column: string | null = null,
  ) {
    super(englishMessage(problem));
  }
}
