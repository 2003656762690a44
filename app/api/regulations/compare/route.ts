import { countryName } from "@/lib/core/i18n/country-names";
import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { getEntries } from "@/lib/regulations/queries/entries";
import { getEconomies } from "@/lib/regulations/queries/taxonomy";
import { visibleRows } from "@/lib/regulations/compare";
import { ENTRY_COLUMNS, entryCells, requestParams } from "@/lib/regulations/csv-columns";
import { MIN_COMPARE } from "@/lib/regulations/method";
import { parseCompareView } from "@/lib/regulations/view-state";

export const dynamic = "force-dynamic";

/**
 * CSV of the compare view, from the same URL state: one row per economy ×
 * indicator shown (with diff=only, only the indicators that differ), and a
 * `differs` column.
 */
export async function GET(request: Request) {
  const { raw, locale } = requestParams(request);
  const state = parseCompareView(raw, (await getEconomies()).map((e) => e.iso3));
  if (state.economies.length < MIN_COMPARE) {
    return Response.json({ error: { parameter: "economies", message: "name 2 to 5 FEALAC economies (ISO3, comma-separated)" } }, { status: 400 });
  }
  const entries = await getEntries(state.economies);
  const byIndicator = new Map<string, typeof entries>();
  for (const e of entries) byIndicator.set(e.indicatorCode, [...(byIndicator.get(e.indicatorCode) ?? []), e]);
  const all = [...byIndicator.values()].map((cells) => ({ cells }));
  const differing = new Set(visibleRows(all, true).map((r) => r.cells[0].indicatorCode));
  const shown = visibleRows(all, state.diff === "only");
  const csv = toCsv({
    columns: [...ENTRY_COLUMNS, "differs"],
    rows: shown.flatMap((row) => row.cells.map((e) => [...entryCells(e, countryName(e.iso3, locale), locale), differing.has(e.indicatorCode)])),
  });
  return csvResponse(csv, `fealac-regulation-compare-${state.economies.join("-").toLowerCase()}.csv`);
}
