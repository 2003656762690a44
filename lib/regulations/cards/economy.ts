/**
 * An economy's regulation profile (/regulations/economy/<iso3>): its pillar
 * scores table and its entries (listed on the page, all of them in the CSV
 * that /api/regulations/economy/<iso3> has always answered).
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { getEntries } from "@/lib/regulations/queries/entries";
import { getPillarScores } from "@/lib/regulations/queries/scores";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { entryColumns, entryRows } from "./entry-columns";
import { scoreColumns } from "./score-columns";

/** The profile's context, or null when the code is not a FEALAC economy. */
export async function resolveEconomyView({ params, locale }: Pick<ViewRequest, "params" | "locale">) {
  const economy = (await getEconomies()).find((e) => e.iso3 === params.iso3.toUpperCase());
  if (!economy) return null;
  return { economy, name: countryName(economy.iso3, locale), locale };
}
export type EconomyViewContext = NonNullable<Awaited<ReturnType<typeof resolveEconomyView>>>;

const fileOf = (ctx: EconomyViewContext, suffix = "") => `fealac-regulation-${ctx.economy.iso3.toLowerCase()}${suffix}`;

export const economyCards = {
  scores: defineCard({
    namespace: "regulations",
    async load(ctx: EconomyViewContext) {
      const [pillars, scores] = await Promise.all([getPillars(), getPillarScores({ economies: [ctx.economy.iso3] })]);
      const nameOf = new Map(pillars.map((p) => [p.code, localizedName(p, ctx.locale)]));
      return scores.map((s) => ({ ...s, country: ctx.name, pillar: nameOf.get(s.pillarCode) ?? s.pillarCode }));
    },
    columns: [
      { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
      { ...COLUMNS.country, value: (r) => r.country },
      {
        name: "pillar_code",
        type: "string",
        description: "Pillar code (P01 … P12, TF)",
        value: (r) => r.pillarCode,
        label: "profile.pillarCol",
        display: (r) => `${r.pillarCode} — ${r.pillar}`,
        href: (r) => `/regulations/economy/${r.iso3.toLowerCase()}#pillar-${r.pillarCode}`,
        rowHeader: true,
      },
      { name: "pillar", type: "string", description: "Pillar name (in the CSV's language)", value: (r) => r.pillar },
      ...scoreColumns(),
    ],
    filename: (ctx) => fileOf(ctx, "-scores"),
    rowKey: (r) => r.pillarCode,
  }),
  entries: defineCard({
    namespace: "regulations",
    load: async (ctx: EconomyViewContext) => entryRows(await getEntries([ctx.economy.iso3]), ctx.locale),
    columns: entryColumns(),
    filename: (ctx) => fileOf(ctx),
    rowKey: (r) => r.indicatorCode,
  }),
};

export const economyView = defineView<EconomyViewContext>({
  path: ["regulations", "economy", ":iso3"],
  resolve: resolveEconomyView,
  cards: economyCards,
  defaultCard: "entries",
});

export function economyCsv(ctx: EconomyViewContext, card: keyof typeof economyCards): string {
  return csvHref(economyView, card, "", ctx.locale, { iso3: ctx.economy.iso3.toLowerCase() });
}
