import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceKind } from "@/lib/generated/prisma/enums";
import { sourceKey } from "./citation";

/** A citation as a form or an importer gives it: at least a URL or a document. */
export interface CitationInput {
  title?: string | null;
  publisher?: string | null;
  url: string | null;
  asOf?: string | null;
  kind?: SourceKind | null;
  document?: string | null;
  lines?: string | null;
}

/**
 * The registry ids of these citations, in order: an existing source is found
 * by its key (the same URL, or the same document and lines) and takes what the
 * input says of it (a title, a kind); a new one is created, titled by its URL
 * when no title is given.
 */
export async function sourceIdsFor(tx: Pick<Prisma.TransactionClient, "source">, citations: readonly CitationInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (const c of citations) {
    const document = c.document ?? null;
    const lines = c.lines ?? null;
    const key = sourceKey({ url: c.url, document, lines });
    const given = {
      ...(c.title ? { title: c.title } : {}),
      ...(c.publisher !== undefined ? { publisher: c.publisher } : {}),
      ...(c.asOf !== undefined ? { asOf: c.asOf } : {}),
      ...(c.kind !== undefined ? { kind: c.kind } : {}),
    };
    const row = await tx.source.upsert({
      where: { key },
      create: { key, title: c.title || c.url || document!, url: c.url, document, lines, ...given },
      update: { url: c.url, ...given },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
