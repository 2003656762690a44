/** The corridor view's tables (/explorer/corridor): the origin × destination matrix as rows, and the largest corridors. */
import "server-only";
import { defineCard, defineView, type CardColumn, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS, dataStatusOf } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { getCorridor } from "@/lib/explorer/queries/corridor";
import { getTrafficProvenance } from "@/lib/explorer/queries/provenance";
import { getMemberCountries } from "@/lib/explorer/queries/members";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import { DIRECTION_REGIONS, corridorMatrix, matrixRows, parseCorridorView, topCorridors, type CorridorRow } from "@/lib/explorer/view-state/corridor";

/** Both tables come from one matrix, so the context holds it. */
export async function resolveCorridorView({ search, locale }: ViewRequest) {
  const years = await getCompleteYears({});
  const { spec, state } = parseCorridorView(search, years);
  const regions = DIRECTION_REGIONS[state.direction];
  const [cells, members, provenance] = await Promise.all([
    getCorridor(state.direction, state.year),
    getMemberCountries(),
    getTrafficProvenance({ region: regions.destination }),
  ]);
  const names = new Map(members.map((c) => [c.iso3, localizedName(c, locale)]));
  return { years, spec, state, regions, members, locale, ...provenance, matrix: corridorMatrix(cells), name: (iso3: string) => names.get(iso3) ?? iso3 };
}
export type CorridorViewContext = Awaited<ReturnType<typeof resolveCorridorView>>;

export interface CorridorCardRow extends CorridorRow {
  year: number;
  direction: CorridorViewContext["state"]["direction"];
  originName: string;
  destinationName: string;
  demo: boolean;
}

function cardRows(ctx: CorridorViewContext, rows: CorridorRow[]): CorridorCardRow[] {
  return rows.map((r) => ({
    ...r,
    year: ctx.state.year,
    direction: ctx.state.direction,
    originName: ctx.name(r.origin),
    destinationName: ctx.name(r.destination),
    demo: ctx.demo,
  }));
}

const countryHref = (iso3: string) => `/explorer/country/${iso3.toLowerCase()}`;

function scopeColumns<Row extends CorridorCardRow>(): Array<CardColumn<Row>> {
  return [
    { ...COLUMNS.year, value: (r) => r.year },
    { name: "direction", type: "string", description: "east-asia-to-latin-america or latin-america-to-east-asia", value: (r) => r.direction },
  ];
}

/** A corridor's own columns; `shown` adds the page's labels (the matrix draws its own table). */
function pairColumns<Row extends CorridorCardRow>(shown: boolean): Array<CardColumn<Row>> {
  return [
    {
      ...COLUMNS.originIso3,
      description: "Visitors' economy (a member of the origin region), ISO 3166-1 alpha-3",
      value: (r) => r.origin,
    },
    {
      name: "origin_country",
      type: "string",
      description: "Visitors' economy name (in the CSV's language)",
      value: (r) => r.originName,
      ...(shown ? { label: "columnOrigin", href: (r: Row) => countryHref(r.origin), rowHeader: true } : {}),
    },
    { name: "destination_iso3", type: "string", description: "The marketplaces' economy, ISO 3166-1 alpha-3", value: (r) => r.destination },
    {
      name: "destination_country",
      type: "string",
      description: "The marketplaces' economy name (in the CSV's language)",
      value: (r) => r.destinationName,
      ...(shown ? { label: "columnDestination", href: (r: Row) => countryHref(r.destination) } : {}),
    },
    {
      name: "estimated_visits",
      type: "integer",
      unit: "visits in the year",
      description: "Visits estimated as each marketplace's visits in the year × its share of visitors from the origin, rounded to whole visits",
      value: (r) => r.visits,
      ...(shown ? { label: "columnVisits", format: "integer" as const } : {}),
    },
  ];
}

type TopRow = CorridorCardRow & { rank: number; share: number };

const dataStatus = <Row extends CorridorCardRow>(): CardColumn<Row> => ({ ...COLUMNS.dataStatus, value: (r) => dataStatusOf(r.demo) });

export const corridorCards = {
  matrix: defineCard({
    namespace: "corridor",
    // One row per non-empty cell, in the matrix's order, with the same whole-visit figures (the totals are their sums).
    load: async (ctx: CorridorViewContext) => cardRows(ctx, matrixRows(ctx.matrix)),
    columns: [...scopeColumns<CorridorCardRow>(), ...pairColumns<CorridorCardRow>(false), dataStatus()],
    filename: (ctx) => `fealac-explorer-corridor-${ctx.state.direction}-${ctx.state.year}`,
    rowKey: (row) => `${row.origin}-${row.destination}`,
  }),
  top: defineCard({
    namespace: "corridor",
    load: async (ctx: CorridorViewContext) =>
      cardRows(ctx, topCorridors(ctx.matrix)).map((r, i) => ({ ...r, rank: i + 1, share: ctx.matrix.total ? r.visits / ctx.matrix.total : 0 })),
    columns: [
      ...scopeColumns<TopRow>(),
      { ...COLUMNS.rank, value: (r) => r.rank, label: "columnRank", format: "integer" },
      ...pairColumns<TopRow>(true),
      { ...COLUMNS.shareOfVisits, description: "Share of all the visits in the matrix", value: (r) => r.share, label: "columnShare", format: "percent" },
      dataStatus(),
    ],
    filename: (ctx) => `fealac-explorer-corridor-${ctx.state.direction}-top-${ctx.state.year}`,
    rowKey: (row) => `${row.origin}-${row.destination}`,
  }),
};

export const corridorView = defineView<CorridorViewContext>({
  path: ["explorer", "corridor"],
  resolve: resolveCorridorView,
  cards: corridorCards,
  defaultCard: "matrix",
});
