/**
 * Paths to similarity (/regulations/paths?economy=<ISO3>&to=<ISO3 or region>):
 * the indicators where an economy differs from a partner economy, or from a
 * region's members, ordered by how much aligning each would reduce the
 * distance, with the distance after the first k (lib/regulations/simulation/paths.ts).
 * Each step links to the what-if simulator with the first k changes made.
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type CardColumn, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { REGION_SLUGS, regionCodeOf, type RegionSlug } from "@/lib/core/regions";
import { getIndicators } from "@/lib/regulations/queries/indicators";
import { getScoreTable } from "@/lib/regulations/queries/score-table";
import { getEconomies } from "@/lib/regulations/queries/taxonomy";
import { pathToSimilarity, type PartnerDistance, type PathStep } from "@/lib/regulations/simulation/paths";
import { parsePathsView, pathsQuery, whatIfQuery } from "@/lib/regulations/view-state";
import { SCORE } from "./score-columns";

export type Partner = { kind: "economy"; iso3: string } | { kind: "region"; slug: RegionSlug };

export async function resolvePathsView({ search, locale }: Pick<ViewRequest, "search" | "locale">) {
  const [economies, indicators, table] = await Promise.all([getEconomies(), getIndicators(), getScoreTable()]);
  const known = economies.map((e) => e.iso3);
  const parsed = parsePathsView(search, known);
  // An economy's path to itself is no path: the partner falls back to none.
  const state = { economy: parsed.economy, to: parsed.to === parsed.economy ? "" : parsed.to };
  const partner: Partner | null = !state.to ? null : (REGION_SLUGS as readonly string[]).includes(state.to) ? { kind: "region", slug: state.to as RegionSlug } : { kind: "economy", iso3: state.to };
  const partners = !partner ? [] : partner.kind === "economy" ? [partner.iso3] : table.economies.filter((e) => e.regionCode === regionCodeOf(partner.slug)).map((e) => e.iso3);
  const path = state.economy && partner ? pathToSimilarity(table, state.economy, partners) : null;
  return { locale, economies, known, indicators, state, partner, path, name: state.economy ? countryName(state.economy, locale) : "" };
}
export type PathsViewContext = Awaited<ReturnType<typeof resolvePathsView>>;

interface StepRow extends PathStep {
  iso3: string;
  partner: string;
  step: number;
  indicator: string;
  /** The what-if simulator with this step and all before it taken. */
  whatIf: string;
}

const rounded = (value: number) => Number(value.toFixed(6));

const STEP_COLUMNS: ReadonlyArray<CardColumn<StepRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
  { name: "partner_code", type: "string", description: "The partner: an economy (ISO 3166-1 alpha-3) or a region (east-asia, latin-america)", value: (r) => r.partner },
  { name: "step", type: "integer", description: "Position on the path: 1 reduces the distance most", value: (r) => r.step, label: "paths.stepCol", format: "integer" },
  { name: "indicator_code", type: "string", description: "Indicator code", value: (r) => r.code, label: "whatIf.indicatorCol", display: (r) => `${r.code} — ${r.indicator}`, rowHeader: true },
  { name: "indicator", type: "string", description: "Indicator name (in the CSV's language)", value: (r) => r.indicator },
  { ...SCORE, name: "score_today", description: `The economy's score today: ${SCORE.description}`, value: (r) => r.from, label: "paths.fromCol", format: "score" },
  { ...SCORE, name: "score_aligned", description: "The score that aligns the economy with the partner on this indicator", value: (r) => r.to, label: "paths.toCol", format: "score" },
  {
    ...SCORE,
    name: "partner_score",
    description: "The partner economy's score, or the mean score of the region's members that have scored the indicator",
    value: (r) => rounded(r.partnerScore),
    label: "paths.partnerScoreCol",
    format: "score",
  },
  { name: "partners_scored", type: "integer", description: "Partners (of those counted) that have scored this indicator", value: (r) => r.partnersScored },
  { name: "distance_reduction", type: "number", unit: "0 same to 1 opposite", description: "How much this step alone lowers the distance", value: (r) => rounded(r.reduction), label: "paths.reductionCol", format: "score" },
  {
    name: "distance_after",
    type: "number",
    unit: "0 same to 1 opposite",
    description: "The distance once this step and every step before it are taken",
    value: (r) => rounded(r.distanceAfter),
    label: "paths.afterCol",
    format: "score",
    href: (r) => r.whatIf,
  },
];

interface PartnerRow extends PartnerDistance {
  economy: string;
  name: string;
  counted: boolean;
}

const PARTNER_COLUMNS: ReadonlyArray<CardColumn<PartnerRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.economy },
  { name: "partner_iso3", type: "string", description: "A partner economy, ISO 3166-1 alpha-3", value: (r) => r.iso3 },
  {
    name: "partner",
    type: "string",
    description: "The partner's name (in the CSV's language)",
    value: (r) => r.name,
    label: "whatIf.partnerCol",
    href: (r) => `/regulations/paths?economy=${r.economy}&to=${r.iso3}`,
    rowHeader: true,
  },
  { name: "distance", type: "number", unit: "0 same to 1 opposite", description: "Distance today; empty when they share too few indicators", value: (r) => (r.counted ? rounded(r.distance) : null), label: "similarity.distanceCol", format: "score", missing: "similarity.tooLittle" },
  { name: "shared_indicators", type: "integer", description: "Indicators both have scored", value: (r) => r.overlap, label: "similarity.overlapCol", format: "integer" },
  { name: "counted", type: "boolean", description: "Whether the partner counts in the region's distance (enough shared indicators)", value: (r) => r.counted },
];

const partnerCode = (ctx: PathsViewContext) => (ctx.partner?.kind === "economy" ? ctx.partner.iso3 : (ctx.partner?.slug ?? ""));
const fileOf = (ctx: PathsViewContext, card: string) => `fealac-regulation-path-${ctx.state.economy.toLowerCase()}-${partnerCode(ctx).toLowerCase()}-${card}`;

export const pathsCards = {
  steps: defineCard({
    namespace: "regulations",
    async load(ctx: PathsViewContext): Promise<StepRow[]> {
      if (!ctx.path) return [];
      const nameOf = new Map(ctx.indicators.map((i) => [i.code, localizedName(i, ctx.locale)]));
      const choices = { economies: ctx.known, indicators: ctx.indicators.map((i) => i.code) };
      return ctx.path.steps.map((s, k) => ({
        ...s,
        iso3: ctx.state.economy,
        partner: partnerCode(ctx),
        step: k + 1,
        indicator: nameOf.get(s.code) ?? s.code,
        whatIf: `/regulations/what-if${whatIfQuery(choices, { economy: ctx.state.economy, set: ctx.path!.steps.slice(0, k + 1).map((t) => ({ code: t.code, score: t.to })) })}`,
      }));
    },
    columns: STEP_COLUMNS,
    filename: (ctx) => fileOf(ctx, "steps"),
    rowKey: (r) => r.code,
  }),
  partners: defineCard({
    namespace: "regulations",
    async load(ctx: PathsViewContext): Promise<PartnerRow[]> {
      if (!ctx.path) return [];
      const row = (counted: boolean) => (p: PartnerDistance) => ({ ...p, economy: ctx.state.economy, name: countryName(p.iso3, ctx.locale), counted });
      return [...ctx.path.counted.map(row(true)), ...ctx.path.tooLittle.map(row(false))];
    },
    columns: PARTNER_COLUMNS,
    filename: (ctx) => fileOf(ctx, "partners"),
    rowKey: (r) => r.iso3,
  }),
};

export const pathsView = defineView<PathsViewContext>({
  path: ["regulations", "paths"],
  resolve: resolvePathsView,
  cards: pathsCards,
  defaultCard: "steps",
  invalid: (ctx) =>
    !ctx.state.economy
      ? { parameter: "economy", message: "Choose an economy: economy=<ISO3 code of a FEALAC member>" }
      : !ctx.partner
        ? { parameter: "to", message: "Choose a partner: to=<ISO3 code of another member, or east-asia, latin-america>" }
        : null,
});

export function pathsCsv(ctx: PathsViewContext, card: keyof typeof pathsCards): string {
  return csvHref(pathsView, card, pathsQuery(ctx.known, ctx.state), ctx.locale);
}
