/** The country page's tables (/explorer/country/<iso3>): their loaders and columns, for the page and its CSV. */
import "server-only";
import { defineCard, defineView, type ViewRequest } from "@/lib/core/cards/types";
import { getMemberCountry } from "@/lib/explorer/queries/country";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getCompleteYears, getVisitSeries } from "@/lib/explorer/queries/region-overview";
import { characteristicFilter, parseCountryView } from "@/lib/explorer/view-state/country";
import { seriesColumns, seriesRows } from "./series-columns";

/** The country page's context, or null when the code is not a FEALAC member. */
export async function resolveCountryView({ params, search, locale }: ViewRequest) {
  const country = await getMemberCountry(params.iso3.toUpperCase());
  if (!country) return null;
  const years = await getCompleteYears({ country: country.iso3 });
  const { spec, state } = parseCountryView(search, years);
  const scope = { country: country.iso3, characteristics: characteristicFilter(state) };
  return { country, years, spec, state, scope, locale, demo: await getTrafficIsDemo({ country: country.iso3 }) };
}
export type CountryViewContext = NonNullable<Awaited<ReturnType<typeof resolveCountryView>>>;

export const countryCards = {
  series: defineCard({
    namespace: "explorer",
    load: async (ctx: CountryViewContext) =>
      seriesRows(await getVisitSeries(ctx.scope, ctx.state.granularity), ctx.state.granularity, ctx.demo, ctx.country.iso3),
    columns: seriesColumns({ withCountry: true }),
    filename: (ctx) => `fealac-explorer-${ctx.country.iso3.toLowerCase()}-series-${ctx.state.granularity}`,
    rowKey: (row) => row.period,
  }),
};

export const countryView = defineView<CountryViewContext>({
  path: ["explorer", "country", ":iso3"],
  resolve: resolveCountryView,
  cards: countryCards,
});
