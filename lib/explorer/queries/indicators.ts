import "server-only";
import { getDb } from "@/lib/core/db";
import { CITATION_SELECT, type Citation } from "@/lib/core/sources/citation";

export interface IndicatorChoice {
  code: string;
  nameEn: string;
  nameEs: string;
  unitEn: string;
  unitEs: string;
  publisher: string;
}

/** Every indicator in the database, in its display order. */
export async function getIndicatorChoices(): Promise<IndicatorChoice[]> {
  return getDb().indicator.findMany({
    select: { code: true, nameEn: true, nameEs: true, unitEn: true, unitEs: true, publisher: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}

/** Where an indicator series is published, in display order (every value of the series shares them). */
export async function getIndicatorCitations(code: string): Promise<Citation[]> {
  const rows = await getDb().indicatorSource.findMany({
    where: { indicatorCode: code },
    orderBy: { position: "asc" },
    select: { source: { select: CITATION_SELECT } },
  });
  return rows.map((r) => r.source);
}
