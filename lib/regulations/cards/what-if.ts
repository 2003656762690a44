/**
 * The what-if simulator (/regulations/what-if?economy=<ISO3>&set=<code>:<score>,…):
 * an economy's scores with some indicators changed, beside today's — its
 * pillar and overall scores and ranks, its distance to every other member,
 * and the changes themselves. A simulation computed in memory
 * (lib/regulations/simulation); nothing is written. Every CSV row carries
 * the scenario, so a download is never mistaken for the economy's rules.
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type CardColumn, type CellContext, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { MIN_OVERLAP } from "@/lib/regulations/method";
import { getIndicators } from "@/lib/regulations/queries/indicators";
import { getScoreTable } from "@/lib/regulations/queries/score-table";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { isShown, scoresOf, type Distance, type ScoreChange } from "@/lib/regulations/simulation/model";
import { effectiveChanges, OVERALL, simulate, type RankedScore, type SimulatedDistance } from "@/lib/regulations/simulation/what-if";
import { parseWhatIfView, whatIfQuery } from "@/lib/regulations/view-state";
import { INDICATORS_TOTAL, SCORE } from "./score-columns";

export async function resolveWhatIfView({ search, locale }: Pick<ViewRequest, "search" | "locale">) {
  const [economies, indicators, pillars, table] = await Promise.all([getEconomies(), getIndicators(), getPillars(), getScoreTable()]);
  const choices = { economies: economies.map((e) => e.iso3), indicators: indicators.map((i) => i.code) };
  const parsed = parseWhatIfView(search, choices);
  // A change to today's score changes nothing and is dropped: the URL holds only real changes.
  const state = { economy: parsed.economy, set: parsed.economy ? effectiveChanges(table, parsed.economy, parsed.set) : [] };
  const simulation = state.economy ? simulate(table, state.economy, state.set) : null;
  return {
    locale,
    choices,
    economies,
    indicators,
    pillars,
    state,
    simulation,
    /** The chosen economy's scores today, by indicator code. */
    today: scoresOf(table, state.economy),
    name: state.economy ? countryName(state.economy, locale) : "",
  };
}
export type WhatIfViewContext = Awaited<ReturnType<typeof resolveWhatIfView>>;

/** The scenario as the CSV writes it on every row: "P03.2:0 P07.1:0.5". */
export function scenarioText(changes: readonly ScoreChange[]): string {
  return changes.map((c) => `${c.code}:${c.score}`).join(" ");
}

function signed(value: number | null, locale: string): string {
  if (value === null) return "";
  return new Intl.NumberFormat(locale, { signDisplay: "exceptZero", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

const difference = (after: number | null, before: number | null) => (after === null || before === null ? null : Number((after - before).toFixed(6)));
const rounded = (value: number | null) => (value === null ? null : Number(value.toFixed(6)));

const SCENARIO: CardColumn<unknown> = {
  name: "scenario",
  type: "string",
  description: "The simulated score changes (indicator_code:score, space-separated): these figures are a simulation, not the economy's rules",
  value: () => "",
};

interface ScoreRow {
  iso3: string;
  pillarCode: string;
  pillar: string | null;
  today: RankedScore;
  simulated: RankedScore;
  ranked: number;
  scenario: string;
}

const rankDisplay = (rank: number | null, of: number, { t }: CellContext) => (rank === null ? t("noData") : t("whatIf.rankOf", { rank, of }));

const SCORE_COLUMNS: ReadonlyArray<CardColumn<ScoreRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
  {
    name: "pillar_code",
    type: "string",
    description: "Pillar code (P01 … P12, TF), or ALL for the overall score",
    value: (r) => r.pillarCode,
    label: "profile.pillarCol",
    display: (r, { t }) => (r.pillar === null ? t("whatIf.overall") : `${r.pillarCode} — ${r.pillar}`),
    rowHeader: true,
  },
  { name: "pillar", type: "string", description: "Pillar name (in the CSV's language); empty for the overall score", value: (r) => r.pillar ?? "" },
  { ...SCORE, name: "score_today", description: `Today: ${SCORE.description}`, value: (r) => rounded(r.today.score), label: "whatIf.todayCol", format: "score", missing: "noData" },
  {
    ...SCORE,
    name: "score_simulated",
    description: `In the simulation: ${SCORE.description}`,
    value: (r) => rounded(r.simulated.score),
    label: "whatIf.simulatedCol",
    format: "score",
    missing: "noData",
  },
  {
    name: "score_change",
    type: "number",
    unit: "score points",
    description: "Simulated score minus today's (negative: more open)",
    value: (r) => difference(r.simulated.score, r.today.score),
    label: "whatIf.changeCol",
    display: (r, { locale }) => signed(difference(r.simulated.score, r.today.score), locale),
  },
  { name: "rank_today", type: "integer", description: "Rank among FEALAC members today (1 = most open; equal scores share a rank)", value: (r) => r.today.rank, label: "whatIf.rankTodayCol", display: (r, cell) => rankDisplay(r.today.rank, r.ranked, cell) },
  {
    name: "rank_simulated",
    type: "integer",
    description: "Rank among FEALAC members in the simulation, the others as they are today",
    value: (r) => r.simulated.rank,
    label: "whatIf.rankSimulatedCol",
    display: (r, cell) => rankDisplay(r.simulated.rank, r.ranked, cell),
  },
  { name: "economies_ranked", type: "integer", description: "Members with a score in this pillar (what the rank is out of)", value: (r) => r.ranked },
  { name: "indicators_scored_today", type: "integer", unit: "indicators", description: "Indicators today's score rests on", value: (r) => r.today.scored },
  {
    name: "indicators_scored_simulated",
    type: "integer",
    unit: "indicators",
    description: "Indicators the simulated score rests on",
    value: (r) => r.simulated.scored,
    label: "profile.restsOnCol",
    display: (r, { t }) => t("profile.restsOn", { scored: r.simulated.scored, total: r.simulated.total }),
  },
  { ...INDICATORS_TOTAL, value: (r) => r.today.total },
  { ...SCENARIO, value: (r) => r.scenario },
];

interface DistanceRow extends SimulatedDistance {
  name: string;
  economy: string;
  scenario: string;
}

const shownDistance = (d: Distance | null) => (isShown(d) ? Number(d.distance.toFixed(6)) : null);

const DISTANCE_COLUMNS: ReadonlyArray<CardColumn<DistanceRow>> = [
  { ...COLUMNS.countryIso3, description: "The simulated economy, ISO 3166-1 alpha-3", value: (r) => r.economy },
  { name: "partner_iso3", type: "string", description: "The other economy, ISO 3166-1 alpha-3", value: (r) => r.iso3 },
  {
    name: "partner",
    type: "string",
    description: "The other economy's name (in the CSV's language)",
    value: (r) => r.name,
    label: "whatIf.partnerCol",
    href: (r) => `/regulations/paths?economy=${r.economy}&to=${r.iso3}`,
    rowHeader: true,
  },
  {
    name: "distance_today",
    type: "number",
    unit: "0 same to 1 opposite",
    description: "Distance today (mean absolute score difference over the shared scored indicators); empty when they share too few",
    value: (r) => shownDistance(r.today),
    label: "whatIf.distanceTodayCol",
    format: "score",
    missing: "similarity.tooLittle",
  },
  {
    name: "distance_simulated",
    type: "number",
    unit: "0 same to 1 opposite",
    description: "Distance in the simulation; empty when they share too few indicators",
    value: (r) => shownDistance(r.simulated),
    label: "whatIf.distanceSimulatedCol",
    format: "score",
    missing: "similarity.tooLittle",
  },
  {
    name: "distance_change",
    type: "number",
    unit: "0 same to 1 opposite",
    description: "Simulated distance minus today's (negative: closer)",
    value: (r) => difference(shownDistance(r.simulated), shownDistance(r.today)),
    label: "whatIf.changeCol",
    display: (r, { locale }) => signed(difference(shownDistance(r.simulated), shownDistance(r.today)), locale),
  },
  { name: "shared_indicators_today", type: "integer", description: "Indicators both have scored today", value: (r) => r.today?.overlap ?? 0 },
  {
    name: "shared_indicators_simulated",
    type: "integer",
    description: "Indicators both have scored in the simulation",
    value: (r) => r.simulated?.overlap ?? 0,
    label: "similarity.overlapCol",
    format: "integer",
  },
  { name: "min_shared_indicators", type: "integer", description: "Fewest shared indicators for a distance to be shown", value: () => MIN_OVERLAP },
  { ...SCENARIO, value: (r) => r.scenario },
];

interface ChangeRow {
  iso3: string;
  code: string;
  indicator: string;
  /** Null: not scored today. */
  today: number | null;
  simulated: number;
}

const CHANGE_COLUMNS: ReadonlyArray<CardColumn<ChangeRow>> = [
  { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
  { name: "indicator_code", type: "string", description: "Indicator code", value: (r) => r.code, label: "whatIf.indicatorCol", display: (r) => `${r.code} — ${r.indicator}`, rowHeader: true },
  { name: "indicator", type: "string", description: "Indicator name (in the CSV's language)", value: (r) => r.indicator },
  { ...SCORE, name: "score_today", description: `Today: ${SCORE.description}; empty when not scored`, value: (r) => r.today, label: "whatIf.todayCol", format: "score", missing: "whatIf.notScored" },
  { ...SCORE, name: "score_simulated", description: `In the simulation: ${SCORE.description}`, value: (r) => r.simulated, label: "whatIf.simulatedCol", format: "score" },
];

const fileOf = (ctx: WhatIfViewContext, card: string) => `fealac-regulation-what-if-${ctx.state.economy.toLowerCase()}-${card}`;

export const whatIfCards = {
  scores: defineCard({
    namespace: "regulations",
    async load(ctx: WhatIfViewContext): Promise<ScoreRow[]> {
      if (!ctx.simulation) return [];
      const nameOf = new Map(ctx.pillars.map((p) => [p.code, localizedName(p, ctx.locale)]));
      const scenario = scenarioText(ctx.state.set);
      return ctx.simulation.scores.map((s) => ({ ...s, iso3: ctx.state.economy, pillar: s.pillarCode === OVERALL ? null : (nameOf.get(s.pillarCode) ?? s.pillarCode), scenario }));
    },
    columns: SCORE_COLUMNS,
    filename: (ctx) => fileOf(ctx, "scores"),
    rowKey: (r) => r.pillarCode,
  }),
  distances: defineCard({
    namespace: "regulations",
    async load(ctx: WhatIfViewContext): Promise<DistanceRow[]> {
      if (!ctx.simulation) return [];
      const scenario = scenarioText(ctx.state.set);
      const collator = new Intl.Collator(ctx.locale);
      const order = (d: Distance | null) => (isShown(d) ? d.distance : Number.POSITIVE_INFINITY);
      return ctx.simulation.distances
        .map((d) => ({ ...d, name: countryName(d.iso3, ctx.locale), economy: ctx.state.economy, scenario }))
        .sort((a, b) => order(a.simulated) - order(b.simulated) || collator.compare(a.name, b.name));
    },
    columns: DISTANCE_COLUMNS,
    filename: (ctx) => fileOf(ctx, "distances"),
    rowKey: (r) => r.iso3,
  }),
  changes: defineCard({
    namespace: "regulations",
    async load(ctx: WhatIfViewContext): Promise<ChangeRow[]> {
      const byCode = new Map(ctx.indicators.map((i) => [i.code, i]));
      return ctx.state.set.map((c) => {
        const indicator = byCode.get(c.code);
        return { iso3: ctx.state.economy, code: c.code, indicator: indicator ? localizedName(indicator, ctx.locale) : c.code, today: ctx.today.get(c.code) ?? null, simulated: c.score };
      });
    },
    columns: CHANGE_COLUMNS,
    filename: (ctx) => fileOf(ctx, "changes"),
    rowKey: (r) => r.code,
  }),
};

export const whatIfView = defineView<WhatIfViewContext>({
  path: ["regulations", "what-if"],
  resolve: resolveWhatIfView,
  cards: whatIfCards,
  defaultCard: "scores",
  invalid: (ctx) => (ctx.state.economy ? null : { parameter: "economy", message: "Choose an economy: economy=<ISO3 code of a FEALAC member>" }),
});

export function whatIfCsv(ctx: WhatIfViewContext, card: keyof typeof whatIfCards): string {
  return csvHref(whatIfView, card, whatIfQuery(ctx.choices, ctx.state), ctx.locale);
}
