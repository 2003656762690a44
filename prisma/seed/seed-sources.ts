/**
 * The source registry's seeded rows. A source is created once: a later seed
 * never overwrites what staff changed in it (its title, its kind).
 */
import type { SourceSeed } from "@/lib/core/sources/schema";
import type { Transaction } from "./transaction";

/** Registry ids by key, creating the sources that are not there yet. */
export async function ensureSources(tx: Transaction, sources: readonly SourceSeed[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const source of sources) {
    const row = await tx.source.upsert({ where: { key: source.key }, create: source, update: {}, select: { id: true } });
    ids.set(source.key, row.id);
  }
  return ids;
}

/** Whether an owner's links (in order) differ from `sourceIds`. */
export function linksDiffer(current: ReadonlyArray<{ sourceId: number }>, sourceIds: readonly number[]): boolean {
  return current.length !== sourceIds.length || current.some((l, i) => l.sourceId !== sourceIds[i]);
}
