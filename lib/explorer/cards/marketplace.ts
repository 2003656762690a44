/** A marketplace page's tables (/explorer/marketplace/<slug>): its monthly series, visitor origin and profile. */
import "server-only";
import { defineCard, defineView, type CellContext, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { formatPeriod } from "@/lib/explorer/format";
import { getOriginShares } from "@/lib/explorer/queries/country";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getMarketplaceBreakdowns, getMarketplaceBySlug, getMonthlyGrowth } from "@/lib/explorer/queries/marketplace";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { parseMarketplaceView } from "@/lib/explorer/view-state/marketplace";
import { originColumns, originRows, profileColumns, profileRows } from "./visitor-columns";

/** The marketplace page's context, or null for an unknown slug. */
export async function resolveMarketplaceView({ params, search, locale }: ViewRequest) {
  const marketplace = await getMarketplaceBySlug(params.slug);
  if (!marketplace) return null;
  const scope = { marketplaceIds: [marketplace.id] };
  // Years with a full twelve months of traffic (the rank compares whole years).
  const years = await getCompleteYears(scope);
  const { spec, state } = parseMarketplaceView(search, years);
  return { marketplace, scope, years, spec, state, locale, ...(await getTrafficProvenance(scope)) };
}
export type MarketplaceViewContext = NonNullable<Awaited<ReturnType<typeof resolveMarketplaceView>>>;

/** Growth with its sign, as a change reads ("+12.5%", "−3%"). */
function signedPercent(value: number | null, { locale, t }: CellContext): string {
  if (value === null) return t("notAvailable");
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(value);
}

export const marketplaceCards = {
  monthly: defineCard({
    namespace: "explorer",
    load: async (ctx: MarketplaceViewContext) => {
      const { name, domain, countryIso3 } = ctx.marketplace;
      return (await getMonthlyGrowth(ctx.marketplace.id)).map((r) => ({ ...r, name, domain, countryIso3, demo: ctx.demo }));
    },
    columns: [
      { ...COLUMNS.marketplaceName, value: (r) => r.name },
      { ...COLUMNS.domain, value: (r) => r.domain },
      { ...COLUMNS.countryIso3, value: (r) => r.countryIso3 },
      {
        name: "month",
        type: "string",
        description: "Month (YYYY-MM)",
        value: (r) => r.month.slice(0, 7),
        label: "columnMonth",
        display: (r, { format }) => formatPeriod(r.month, "month", format),
        rowHeader: true,
      },
      { ...COLUMNS.visits, description: "Visits in the month (a count)", value: (r) => r.visits, label: "columnVisits", format: "integer" },
      {
        name: "growth_mom",
        type: "number",
        unit: "ratio",
        description: "Change from the previous month, as a ratio (0.1 = +10%); empty without the previous month",
        value: (r) => r.mom,
        label: "columnMom",
        format: "percent",
        display: (r, cell) => signedPercent(r.mom, cell),
      },
      {
        ...COLUMNS.growthYoy,
        description: "Change from the same month a year before, as a ratio (0.1 = +10%); empty without that month",
        value: (r) => r.yoy,
        label: "columnYoy",
        format: "percent",
        display: (r, cell) => signedPercent(r.yoy, cell),
      },
      { ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) },
    ],
    filename: (ctx) => `fealac-explorer-marketplace-${ctx.marketplace.slug}-monthly`,
    rowKey: (row) => row.month,
  }),
  origin: defineCard({
    namespace: "explorer",
    load: async (ctx: MarketplaceViewContext) =>
      originRows(await getOriginShares(ctx.scope, ctx.state.year), {
        home: ctx.marketplace.country.regionCode,
        locale: ctx.locale,
        year: ctx.state.year,
        demo: ctx.demo,
      }),
    columns: originColumns,
    filename: (ctx) => `fealac-explorer-marketplace-${ctx.marketplace.slug}-origin-${ctx.state.year}`,
    rowKey: (row) => row.origin,
  }),
  profile: defineCard({
    namespace: "explorer",
    load: async (ctx: MarketplaceViewContext) =>
      profileRows(await getMarketplaceBreakdowns(ctx.marketplace.id, ctx.state.year), { year: ctx.state.year, demo: ctx.demo }),
    columns: profileColumns,
    filename: (ctx) => `fealac-explorer-marketplace-${ctx.marketplace.slug}-profile-${ctx.state.year}`,
    rowKey: (row) => `${row.breakdown}-${row.group}`,
  }),
};

export const marketplaceView = defineView<MarketplaceViewContext>({
  path: ["explorer", "marketplace", ":slug"],
  resolve: resolveMarketplaceView,
  cards: marketplaceCards,
  defaultCard: "monthly",
});
