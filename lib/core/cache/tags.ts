/**
 * What cached data depends on. Each tag names a group of tables; a write to
 * any of them invalidates every cached result carrying the tag, on every
 * instance (the data_change triggers in the migration
 * 20261202150000_data_change_notify map each table to its tag).
 */
export const DATA_TAGS = ["traffic", "catalogue", "regulations", "policies"] as const;
export type DataTag = (typeof DATA_TAGS)[number];

/** The PostgreSQL channel every instance listens on; its payload is a tag, or "*" for all of them. */
export const DATA_CHANGE_CHANNEL = "data_change";
export const ALL_TAGS = "*";

/** The tags a data_change payload names (an unknown payload invalidates everything: never stale). */
export function tagsOfPayload(payload: string | undefined): readonly DataTag[] {
  return (DATA_TAGS as readonly string[]).includes(payload ?? "") ? [payload as DataTag] : DATA_TAGS;
}
