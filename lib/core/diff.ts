/**
 * What changed between two flat snapshots of a record (the audit log keeps
 * them before and after each change): used by history pages, conflict
 * messages and the audit trail of every entity.
 */

/** The fields whose values differ between two snapshots (either may be missing); the version counter is not a change of its own. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => k !== "version" && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null));
}
