/**
 * The compare view (/regulations/compare?economies=…&diff=…): the chosen
 * economies' scores side by side (a column per economy), and their entries
 * indicator by indicator, one row per economy, with whether the indicator
 * differs between them (the CSV /api/regulations/compare has always given).
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type CardColumn, type ViewRequest } from "@/lib/core/cards/types";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { rowDiffers, visibleRows } from "@/lib/regulations/compare";
import { MAX_COMPARE, MIN_COMPARE } from "@/lib/regulations/method";
import { getEntries, type EntryRow } from "@/lib/regulations/queries/entries";
import { getOverallScores, getPillarScores } from "@/lib/regulations/queries/scores";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { compareQuery, parseCompareView } from "@/lib/regulations/view-state";
import { entryColumns, entryRows, type NamedEntry } from "./entry-columns";
import { INDICATORS_SCORED, INDICATORS_TOTAL, SCORE } from "./score-columns";

export async function resolveCompareView({ search, locale }: Pick<ViewRequest, "search" | "locale">) {
  const economies = await getEconomies();
  const known = economies.map((e) => e.iso3);
  const state = parseCompareView(search, known);
  const chosen = state.economies.map((iso3) => ({ iso3, name: countryName(iso3, locale) }));
  return { economies, known, state, chosen, ready: chosen.length >= MIN_COMPARE, locale };
}
export type CompareViewContext = Awaited<ReturnType<typeof resolveCompareView>>;

/** The code of the overall score's row, as in the regulation-scores dataset. */
export const OVERALL = "ALL";

interface ScoresRow {
  pillarCode: string;
  /** Empty for the overall score. */
  pillar: string | null;
  total: number;
  of: Record<string, { score: number | null; scored: number }>;
}

/** A column pair (score, indicators scored) per chosen economy, after the pillar's. */
function economyScoreColumns(ctx: CompareViewContext): Array<CardColumn<ScoresRow>> {
  return ctx.chosen.flatMap(({ iso3, name }): Array<CardColumn<ScoresRow>> => {
    const code = iso3.toLowerCase();
    return [
      {
        ...SCORE,
        name: `score_${code}`,
        description: `${iso3}: ${SCORE.description}`,
        value: (r) => r.of[iso3]?.score ?? null,
        label: "profile.scoreCol",
        header: () => name,
        format: "score",
        missing: "noData",
        note: (r, { t }) => `(${t("profile.restsOn", { scored: r.of[iso3]?.scored ?? 0, total: r.total })})`,
        href: (r) => `/regulations/economy/${code}${r.pillarCode === OVERALL ? "" : `#pillar-${r.pillarCode}`}`,
      },
      { ...INDICATORS_SCORED, name: `indicators_scored_${code}`, description: `${iso3}: ${INDICATORS_SCORED.description}`, value: (r) => r.of[iso3]?.scored ?? 0 },
    ];
  });
}

const SCORES_COLUMNS: ReadonlyArray<CardColumn<ScoresRow>> = [
  {
    name: "pillar_code",
    type: "string",
    description: "Pillar code; ALL for the overall score",
    value: (r) => r.pillarCode,
    label: "profile.pillarCol",
    display: (r, { t }) => (r.pillarCode === OVERALL ? t("compare.overallRow") : `${r.pillarCode} — ${r.pillar}`),
    rowHeader: true,
  },
  { name: "pillar", type: "string", description: "Pillar name (in the CSV's language); empty for the overall score", value: (r) => r.pillar },
  { ...INDICATORS_TOTAL, value: (r) => r.total },
];

/** An entry of the compare table: whether its indicator differs between the economies. */
export type CompareEntry = NamedEntry<EntryRow> & { differs: boolean };

export const compareCards = {
  scores: defineCard({
    namespace: "regulations",
    async load(ctx: CompareViewContext): Promise<ScoresRow[]> {
      if (!ctx.ready) return [];
      const economies = ctx.state.economies;
      const [pillars, scores, overall] = await Promise.all([getPillars(), getPillarScores({ economies }), getOverallScores({ economies })]);
      const rows: ScoresRow[] = [
        { pillarCode: OVERALL, pillar: null, total: overall[0]?.total ?? 0, of: Object.fromEntries(overall.map((o) => [o.iso3, o])) },
        ...pillars.map((p) => ({ pillarCode: p.code, pillar: localizedName(p, ctx.locale), total: p.indicators, of: {} as ScoresRow["of"] })),
      ];
      const byPillar = new Map(rows.map((r) => [r.pillarCode, r]));
      for (const s of scores) {
        const row = byPillar.get(s.pillarCode);
        if (row) row.of[s.iso3] = s;
      }
      return rows;
    },
    columns: SCORES_COLUMNS,
    columnsFor: (ctx) => [...SCORES_COLUMNS, ...economyScoreColumns(ctx)],
    filename: (ctx) => `fealac-regulation-compare-${ctx.state.economies.join("-").toLowerCase()}-scores`,
    rowKey: (r) => r.pillarCode,
  }),
  entries: defineCard({
    namespace: "regulations",
    async load(ctx: CompareViewContext): Promise<CompareEntry[]> {
      if (!ctx.ready) return [];
      const entries = entryRows(await getEntries(ctx.state.economies), ctx.locale);
      const byIndicator = new Map<string, typeof entries>();
      for (const e of entries) byIndicator.set(e.indicatorCode, [...(byIndicator.get(e.indicatorCode) ?? []), e]);
      const rows = [...byIndicator.values()].map((cells) => ({ cells, differs: rowDiffers(cells) }));
      return visibleRows(rows, ctx.state.diff === "only").flatMap((row) => row.cells.map((e) => ({ ...e, differs: row.differs })));
    },
    columns: [
      ...entryColumns<CompareEntry>({
        country: { label: "pillar.economyCol", href: (e) => `/regulations/economy/${e.iso3.toLowerCase()}#pillar-${e.pillarCode}`, rowHeader: true },
        indicator_code: {
          label: "compare.indicatorCol",
          display: (e) => `${e.indicatorCode} ${e.indicator}`,
          note: (e, { t }) => (e.differs ? t("compare.differs") : null),
          href: (e) => `/regulations/indicators#${e.indicatorCode}`,
        },
        status: { label: "entry.status", display: (e, { t }) => t(`status.${e.status}`) },
        score: { label: "entry.score", format: "score", missing: "noData" },
        instrument_name: {
          label: "entry.instrument",
          display: (e) => [e.instrumentName, e.instrumentNumber, e.instrumentYear].filter((v) => v !== null && v !== "").join(", "),
        },
      }),
      {
        name: "differs",
        type: "boolean",
        description: "Whether the economies differ on this indicator (status or score; no data against an answer counts)",
        value: (e) => e.differs,
      },
    ],
    filename: (ctx) => `fealac-regulation-compare-${ctx.state.economies.join("-").toLowerCase()}`,
    rowKey: (e) => `${e.indicatorCode}-${e.iso3}`,
  }),
};

export const compareView = defineView<CompareViewContext>({
  path: ["regulations", "compare"],
  resolve: resolveCompareView,
  cards: compareCards,
  defaultCard: "entries",
  invalid: (ctx) => (ctx.ready ? null : { parameter: "economies", message: `name ${MIN_COMPARE} to ${MAX_COMPARE} FEALAC economies (ISO3, comma-separated)` }),
});

export function compareCsv(ctx: CompareViewContext, card: keyof typeof compareCards): string {
  return csvHref(compareView, card, compareQuery(ctx.known, ctx.state), ctx.locale);
}
