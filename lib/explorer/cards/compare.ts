/** The compare view's table (/explorer/compare): one row per chosen item and period, for the page and its CSV. */
import "server-only";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { defineCard, defineView, type CardColumn, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { formatRatio } from "@/lib/explorer/format";
import { getCompareChoices, getCompareSeries, type ComparePoint } from "@/lib/explorer/queries/compare";
import { parseCompareView, selectedItems, type CompareKind } from "@/lib/explorer/view-state/compare";
import type { Granularity, Measure } from "@/lib/explorer/view-state/options";
import { periodColumn } from "./series-columns";

export async function resolveCompareView({ search, locale }: ViewRequest) {
  const choices = await getCompareChoices();
  const { spec, state, redirectTo } = parseCompareView(search, {
    countries: choices.countries.map((c) => c.key),
    marketplaces: choices.marketplaces.map((m) => m.key),
  });
  const info = new Map<string, { name: string; iso3: string }>(
    state.kind === "countries"
      ? choices.countries.map((c) => [c.key, { name: localizedName(c, locale), iso3: c.key.toUpperCase() }])
      : choices.marketplaces.map((m) => [m.key, { name: m.name, iso3: m.countryKey.toUpperCase() }]),
  );
  const chosen = selectedItems(state);
  /** The chosen items in the order chosen, which is also the order of the chart's colours. */
  const items = chosen.map((key) => ({ key, label: info.get(key)?.name ?? key, iso3: info.get(key)?.iso3 ?? "" }));
  // The items' economies' traffic sources: a marketplace is credited with its economy's.
  const provenances = await Promise.all([...new Set(items.map((i) => i.iso3).filter(Boolean))].map((country) => getTrafficProvenance({ country })));
  const sources = [...new Set(provenances.flatMap((p) => p.sources))].sort();
  return { choices, spec, state, redirectTo, chosen, items, locale, sources, demo: provenances.some((p) => p.demo) };
}
export type CompareViewContext = Awaited<ReturnType<typeof resolveCompareView>>;

export interface CompareRow extends ComparePoint {
  kind: CompareKind;
  granularity: Granularity;
  name: string;
  countryIso3: string;
}

/** The columns for a measure: per internet user adds the figures the ratio rests on. */
function compareColumns(measure: Measure, kind: CompareKind): Array<CardColumn<CompareRow>> {
  const perUser = measure === "per-internet-user";
  const columns: Array<CardColumn<CompareRow>> = [
    periodColumn<CompareRow>(),
    { ...COLUMNS.granularity, value: (r) => r.granularity },
    { name: "kind", type: "string", description: "countries or marketplaces: what is compared", value: (r) => r.kind },
    { name: "key", type: "string", description: "The item as in the URL: lower-case ISO3 code or marketplace slug", value: (r) => r.key },
    { name: "name", type: "string", description: "The item's name (in the CSV's language)", value: (r) => r.name, label: `columnItem.${kind}` },
    { ...COLUMNS.countryIso3, description: "The item's economy (a marketplace's home country), ISO 3166-1 alpha-3", value: (r) => r.countryIso3 },
    { ...COLUMNS.visits, value: (r) => r.visits, ...(perUser ? {} : { label: "measures.visits", format: "integer" as const }) },
    { ...COLUMNS.monthsWithData, value: (r) => r.months },
  ];
  if (perUser) {
    columns.push(
      { name: "internet_users", type: "number", description: "Population × share using the internet (%) / 100, of the item's economy", value: (r) => r.internetUsers },
      { name: "population_year", type: "integer", description: "Year of the population figure used (the latest at or before the period's year)", value: (r) => r.populationYear },
      { name: "internet_use_year", type: "integer", description: "Year of the internet-use figure used (the latest at or before the period's year)", value: (r) => r.internetUseYear },
      {
        name: "visits_per_internet_user",
        type: "number",
        description: "visits / internet_users; empty without both figures",
        value: (r) => r.perInternetUser,
        label: "measures.per-internet-user",
        format: "number",
        display: (r, { locale, t }) => (r.perInternetUser === null ? t("notAvailable") : formatRatio(r.perInternetUser, locale)),
      },
    );
  }
  columns.push({ ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) });
  return columns;
}

export const compareCards = {
  series: defineCard({
    namespace: "compare",
    async load(ctx: CompareViewContext): Promise<CompareRow[]> {
      const { kind, granularity } = ctx.state;
      const points = await getCompareSeries(kind, ctx.chosen, granularity);
      const order = new Map(ctx.items.map((item, i) => [item.key, i]));
      return [...points]
        .sort((a, b) => order.get(a.key)! - order.get(b.key)! || a.period.localeCompare(b.period))
        .map((p) => {
          const item = ctx.items[order.get(p.key)!];
          return { ...p, kind, granularity, name: item.label, countryIso3: item.iso3 };
        });
    },
    columns: compareColumns("visits", "countries"),
    columnsFor: (ctx) => compareColumns(ctx.state.measure, ctx.state.kind),
    filename: (ctx) => `fealac-explorer-compare-${ctx.state.kind}-${ctx.state.measure}-${ctx.state.granularity}`,
    rowKey: (row) => `${row.key}-${row.period}`,
  }),
};

export const compareView = defineView<CompareViewContext>({
  path: ["explorer", "compare"],
  resolve: resolveCompareView,
  cards: compareCards,
  defaultCard: "series",
});
