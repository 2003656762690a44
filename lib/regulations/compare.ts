/** Which indicator rows of the compare view differ between the economies shown. */

export interface CompareCell {
  status: string;
  score: number | null;
}

/**
 * A row differs when any two economies have a different status or a
 * different score. "No data" against a known answer counts as a difference;
 * rows where every economy has no data do not differ.
 */
export function rowDiffers(cells: readonly CompareCell[]): boolean {
  if (cells.length < 2) return false;
  const [first, ...rest] = cells;
  return rest.some((cell) => cell.status !== first.status || cell.score !== first.score);
}

/** The rows to show: all of them, or with `onlyDifferences` only those that differ. */
export function visibleRows<T extends { cells: readonly CompareCell[] }>(rows: readonly T[], onlyDifferences: boolean): T[] {
  return onlyDifferences ? rows.filter((row) => rowDiffers(row.cells)) : [...rows];
}
