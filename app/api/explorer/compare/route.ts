import { csvResponse, toCsv, type CsvCell } from "@/lib/core/csv/to-csv";
import { getCompareChoices, getCompareSeries } from "@/lib/explorer/queries/compare";
import { parseCompareView, selectedItems } from "@/lib/explorer/view-state/compare";

export const dynamic = "force-dynamic";

/**
 * CSV of what the compare view shows, from the same URL state: one row per
 * item and period, in the order the items were chosen. Per internet user, the
 * row also gives the internet users and the years of the figures behind them;
 * a period without those figures keeps its row with those cells empty.
 */
export async function GET(request: Request) {
  const choices = await getCompareChoices();
  const { state } = parseCompareView(Object.fromEntries(new URL(request.url).searchParams), {
    countries: choices.countries.map((c) => c.key),
    marketplaces: choices.marketplaces.map((m) => m.key),
  });
  const chosen = selectedItems(state);
  const points = await getCompareSeries(state.kind, chosen, state.granularity);
  const info = new Map<string, { name: string; iso3: string }>(
    state.kind === "countries"
      ? choices.countries.map((c) => [c.key, { name: c.nameEn, iso3: c.key.toUpperCase() }])
      : choices.marketplaces.map((m) => [m.key, { name: m.name, iso3: m.countryKey.toUpperCase() }]),
  );
  const perUser = state.measure === "per-internet-user";
  const order = new Map(chosen.map((key, i) => [key, i]));
  const rows = [...points]
    .sort((a, b) => order.get(a.key)! - order.get(b.key)! || a.period.localeCompare(b.period))
    .map((p): CsvCell[] => {
      const item = info.get(p.key)!;
      const base = [p.period, state.granularity, state.kind, p.key, item.name, item.iso3, p.visits, p.months];
      const ratio = perUser ? [p.internetUsers, p.populationYear, p.internetUseYear, p.perInternetUser] : [];
      return [...base, ...ratio, p.demo];
    });
  const columns = [
    "period_start",
    "granularity",
    "kind",
    "key",
    "name",
    "country_iso3",
    "visits",
    "months_with_data",
    ...(perUser ? ["internet_users", "population_year", "internet_use_year", "visits_per_internet_user"] : []),
    "demonstration_data",
  ];
  return csvResponse(toCsv({ columns, rows }), `fealac-explorer-compare-${state.kind}-${state.measure}-${state.granularity}.csv`);
}
