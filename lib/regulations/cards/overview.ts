/** The regulation database's overview (/regulations): its table of pillars, for the page and its CSV. */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type Locale } from "@/lib/core/cards/types";
import { localizedName } from "@/lib/core/i18n/localized";
import { getPillars } from "@/lib/regulations/queries/taxonomy";

export type OverviewContext = { locale: Locale };

export const overviewCards = {
  pillars: defineCard({
    namespace: "regulations",
    load: async (ctx: OverviewContext) => (await getPillars()).map((p) => ({ ...p, name: localizedName(p, ctx.locale) })),
    columns: [
      {
        name: "pillar_code",
        type: "string",
        description: "Pillar code (P01 … P12, TF)",
        value: (p) => p.code,
        label: "landing.pillarCol",
        display: (p) => `${p.code} — ${p.name}`,
        note: (p, { t }) => (p.framework === "TRADE_FACILITATION" ? t("landing.framework.TRADE_FACILITATION") : null),
        href: (p) => `/regulations/pillar/${p.code.toLowerCase()}`,
        rowHeader: true,
      },
      { name: "pillar", type: "string", description: "Pillar name (in the CSV's language)", value: (p) => p.name },
      { name: "framework", type: "string", description: "RDTII (an ESCAP RDTII pillar) or TRADE_FACILITATION", value: (p) => p.framework },
      { name: "indicators", type: "integer", description: "Indicators in the pillar", value: (p) => p.indicators, label: "landing.indicatorsCol", format: "integer" },
      {
        name: "entries_with_data",
        type: "integer",
        description: "Entries of the pillar with data (status not NO_DATA), over all FEALAC economies",
        value: (p) => p.withData,
        label: "landing.withDataCol",
        format: "integer",
      },
      {
        name: "economies_with_data",
        type: "integer",
        description: "FEALAC economies with at least one entry with data in the pillar",
        value: (p) => p.economiesWithData,
        label: "landing.economiesCol",
        format: "integer",
      },
    ],
    filename: () => "fealac-regulation-pillars",
    rowKey: (p) => p.code,
  }),
};

export const overviewView = defineView<OverviewContext>({
  path: ["regulations", "overview"],
  resolve: async ({ locale }) => ({ locale }),
  cards: overviewCards,
  defaultCard: "pillars",
});

export function overviewCsv(ctx: OverviewContext, card: keyof typeof overviewCards): string {
  return csvHref(overviewView, card, "", ctx.locale);
}
