import { countryName } from "@/lib/core/i18n/country-names";
import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { listEntriesForExport } from "@/lib/regulations/queries/search";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { ENTRY_COLUMNS, entryCells, requestParams } from "@/lib/regulations/csv-columns";
import { parseSearchView } from "@/lib/regulations/view-state";

export const dynamic = "force-dynamic";

/** CSV of every entry the regulation search finds (all pages), from the same URL state, in the list's order. */
export async function GET(request: Request) {
  const { raw, locale } = requestParams(request);
  const [economies, pillars] = await Promise.all([getEconomies(), getPillars()]);
  const state = parseSearchView(raw, { economies: economies.map((e) => e.iso3), pillars: pillars.map((p) => p.code) });
  const rows = await listEntriesForExport(state, locale);
  return csvResponse(toCsv({ columns: ENTRY_COLUMNS, rows: rows.map((e) => entryCells(e, countryName(e.iso3, locale), locale)) }), "fealac-regulation-search.csv");
}
