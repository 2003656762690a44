/**
 * The regulation search (/regulations/search) as a CSV: every entry it finds
 * (all pages at once), in the list's order. The page shows them as a list of
 * results, not a table, so no column has a label.
 */
import "server-only";
import { csvHref } from "@/lib/core/cards/href";
import { defineCard, defineView, type ViewRequest } from "@/lib/core/cards/types";
import { listEntriesForExport } from "@/lib/regulations/queries/search";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { parseSearchView, searchQuery } from "@/lib/regulations/view-state";
import { entryColumns, entryRows } from "./entry-columns";

export async function resolveSearchView({ search, locale }: Pick<ViewRequest, "search" | "locale">) {
  const [economies, pillars] = await Promise.all([getEconomies(), getPillars()]);
  const choices = { economies: economies.map((e) => e.iso3), pillars: pillars.map((p) => p.code) };
  return { economies, pillars, choices, state: parseSearchView(search, choices), locale };
}
export type SearchViewContext = Awaited<ReturnType<typeof resolveSearchView>>;

export const searchCards = {
  entries: defineCard({
    namespace: "regulations",
    load: async (ctx: SearchViewContext) => entryRows(await listEntriesForExport(ctx.state, ctx.locale), ctx.locale),
    columns: entryColumns(),
    filename: () => "fealac-regulation-search",
    rowKey: (e) => String(e.id),
  }),
};

export const searchView = defineView<SearchViewContext>({
  path: ["regulations", "search"],
  resolve: resolveSearchView,
  cards: searchCards,
  defaultCard: "entries",
});

/** The CSV of every page: the search's query without its page number. */
export function searchCsv(ctx: SearchViewContext, card: keyof typeof searchCards): string {
  return csvHref(searchView, card, searchQuery(ctx.choices, { ...ctx.state, page: 1 }), ctx.locale);
}
