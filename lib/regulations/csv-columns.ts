/** Shared pieces of the regulation CSVs: how an entry becomes columns, and the request's params. */

export const ENTRY_COLUMNS = [
  "economy_iso3",
  "economy",
  "pillar",
  "indicator_code",
  "indicator",
  "indicator_weight",
  "status",
  "score_0_open_1_restrictive",
  "answer",
  "instrument_name",
  "instrument_number",
  "instrument_year",
  "last_amended_year",
  "article",
  "description",
  "coverage",
  "source_urls",
  "verified_on",
  "verified_by",
];

export interface CsvEntry {
  iso3: string;
  pillarCode: string;
  indicatorCode: string;
  indicatorNameEn: string;
  indicatorNameEs: string;
  weight?: number;
  status: string;
  answer?: string | null;
  score: number | null;
  instrumentName: string | null;
  instrumentNumber: string | null;
  instrumentYear: number | null;
  lastAmendedYear?: number | null;
  article: string | null;
  description: string | null;
  coverage: string | null;
  sourceUrls: string[];
  verifiedOn?: Date | null;
  verifiedBy?: string | null;
}

export function entryCells(e: CsvEntry, economyName: string, locale: string) {
  return [
    e.iso3,
    economyName,
    e.pillarCode,
    e.indicatorCode,
    locale === "es" ? e.indicatorNameEs : e.indicatorNameEn,
    e.weight ?? null,
    e.status,
    e.score,
    e.answer ?? null,
    e.instrumentName,
    e.instrumentNumber,
    e.instrumentYear,
    e.lastAmendedYear ?? null,
    e.article,
    e.description,
    e.coverage,
    e.sourceUrls.join(" | "),
    e.verifiedOn ? e.verifiedOn.toISOString().slice(0, 10) : null,
    e.verifiedBy ?? null,
  ];
}

/** The request's query as the pages read it (repeated keys kept), and the CSV's language. */
export function requestParams(request: Request) {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  return { raw, locale: params.get("lang") === "es" ? "es" : "en" };
}
