/** One pillar's ranking of the economies (/regulations/pillar/<code>), for the page and its CSV. */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { regionCodeOf, regionSlugOf } from "@/lib/core/regions";
import { getPillarRanking } from "@/lib/regulations/queries/scores";
import { getPillars } from "@/lib/regulations/queries/taxonomy";
import { parsePillarView, pillarQuery } from "@/lib/regulations/view-state";
import { scoreColumns } from "./score-columns";

/** The ranking's context, or null when the code is not a pillar. */
export async function resolvePillarView({ params, search, locale }: ViewRequest) {
  const pillar = (await getPillars()).find((p) => p.code === params.code.toUpperCase());
  if (!pillar) return null;
  return { pillar, state: parsePillarView(search), locale };
}
export type PillarViewContext = NonNullable<Awaited<ReturnType<typeof resolvePillarView>>>;

export const pillarCards = {
  ranking: defineCard({
    namespace: "regulations",
    load: async (ctx: PillarViewContext) =>
      (await getPillarRanking(ctx.pillar.code, regionCodeOf(ctx.state.region), ctx.locale)).map((r) => ({
        ...r,
        pillarCode: ctx.pillar.code,
        country: countryName(r.iso3, ctx.locale),
      })),
    columns: [
      { name: "pillar_code", type: "string", description: "Pillar code (P01 … P12, TF)", value: (r) => r.pillarCode },
      {
        ...COLUMNS.rank,
        description: "Position on the pillar (1 = most open, the lowest score); equal scores share a rank; empty without a score",
        value: (r) => r.rank,
        label: "pillar.rankCol",
        format: "integer",
        missing: "pillar.noRank",
      },
      { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
      {
        ...COLUMNS.country,
        value: (r) => r.country,
        label: "pillar.economyCol",
        href: (r) => `/regulations/economy/${r.iso3.toLowerCase()}#pillar-${r.pillarCode}`,
        rowHeader: true,
      },
      {
        ...COLUMNS.region,
        value: (r) => r.regionCode,
        label: "pillar.regionCol",
        display: (r, { t }) => (r.regionCode ? t(`pillar.regions.${regionSlugOf(r.regionCode)}`) : ""),
      },
      ...scoreColumns(),
    ],
    filename: (ctx) => `fealac-regulation-pillar-${ctx.pillar.code.toLowerCase()}`,
    rowKey: (r) => r.iso3,
  }),
};

export const pillarView = defineView<PillarViewContext>({
  path: ["regulations", "pillar", ":code"],
  resolve: resolvePillarView,
  cards: pillarCards,
  defaultCard: "ranking",
});

export function pillarCsv(ctx: PillarViewContext, card: keyof typeof pillarCards): string {
  return csvHref(pillarView, card, pillarQuery(ctx.state), ctx.locale, { code: ctx.pillar.code.toLowerCase() });
}
