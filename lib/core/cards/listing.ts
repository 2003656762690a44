/**
 * The rows a page lists of a card: the first `limit` (the card's order, e.g.
 * largest first), and how many there are in all, so the page can say that
 * the CSV holds the rest. Without a limit, every row.
 */
export function listedRows<Row>(rows: readonly Row[], limit?: number): { listed: readonly Row[]; total: number } {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new RangeError(`limit must be a positive integer, not ${limit}`);
  return { listed: limit !== undefined && rows.length > limit ? rows.slice(0, limit) : rows, total: rows.length };
}
