/**
 * The policy search's results (/policies) as a CSV: every page of the
 * search at once, in the list's order, published policies only. The page
 * shows them as a list, not a table, so no column has a label.
 */
import "server-only";
import { defineCard, defineView, type Locale } from "@/lib/core/cards/types";
import { citationsText } from "@/lib/core/sources/citation";
import { COLUMNS } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import type { SearchParams } from "@/lib/core/url-state";
import { listPoliciesForExport } from "@/lib/policies/queries/search";
import { choicesOf, getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { parsePolicySearch } from "@/lib/policies/view-state/search";

/** The search's state, read from the query as the page reads it. */
export async function resolvePolicySearch(search: SearchParams, locale: Locale) {
  const vocabularies = await getPolicyVocabularies();
  const choices = choicesOf(vocabularies);
  const { spec, state } = parsePolicySearch(search, choices);
  return { vocabularies, choices, spec, state, locale };
}
export type PolicySearchContext = Awaited<ReturnType<typeof resolvePolicySearch>>;

/** Lists within a cell (instrument types, target groups, results, sources). */
const list = (items: string[]) => items.join(" | ");

export const policySearchCards = {
  results: defineCard({
    namespace: "policies",
    // Spanish orders economies by their Spanish names, as the Spanish list does.
    load: async (ctx: PolicySearchContext) =>
      (await listPoliciesForExport(ctx.state, ctx.locale)).map((r) => ({ ...r, country: localizedName({ nameEn: r.countryNameEn, nameEs: r.countryNameEs }, ctx.locale) })),
    columns: [
      { name: "policy_id", type: "integer", description: "Policy identifier (its page is /policies/<id>)", value: (r) => r.id },
      { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
      { ...COLUMNS.country, value: (r) => r.country },
      { ...COLUMNS.region, value: (r) => r.regionCode },
      { name: "fealac_member", type: "boolean", description: "Whether the economy is a FEALAC member (false: a non-member benchmark)", value: (r) => r.isFealacMember },
      { name: "name_original", type: "string", description: "Name in the original language", value: (r) => r.nameOriginal },
      { name: "name_en", type: "string", description: "Name in English", value: (r) => r.nameEn },
      { name: "implementing_agency", type: "string", description: "Implementing agency; empty when unknown", value: (r) => r.agency },
      { name: "partners", type: "string", description: "Partners; empty when unknown", value: (r) => r.partners },
      { name: "launch_year", type: "integer", description: "Year launched; empty when unknown", value: (r) => r.launchYear },
      { name: "end_year", type: "integer", description: "Year ended; empty when unknown or ongoing", value: (r) => r.endYear },
      { name: "status", type: "string", description: "ONGOING_AT_SOURCE, ENDED, PLANNED or UNKNOWN", value: (r) => r.status },
      { name: "instrument_types", type: "string", description: "Instrument types (slugs), separated by \" | \"", value: (r) => list(r.instrumentTypes) },
      { name: "target_groups", type: "string", description: "Target groups (slugs), separated by \" | \"", value: (r) => list(r.targetGroups) },
      { name: "sector", type: "string", description: "GOODS, SERVICES or BOTH; empty when unknown", value: (r) => r.sector },
      { name: "market_focus", type: "string", description: "DOMESTIC, CROSS_BORDER or BOTH; empty when unknown", value: (r) => r.marketFocus },
      { name: "pandemic_response", type: "boolean", description: "Whether the measure answered the COVID-19 pandemic; empty when unknown", value: (r) => r.pandemicResponse },
      { name: "description", type: "string", description: "Description", value: (r) => r.description },
      { name: "results", type: "string", description: "Quoted result figures with their year, separated by \" | \"", value: (r) => list(r.results) },
      { ...COLUMNS.sources, value: (r) => citationsText(r.sources) },
      { ...COLUMNS.verification, value: (r) => r.verification },
      { name: "verified_on", type: "date", description: "Date the measure was last verified by the secretariat (YYYY-MM-DD)", value: (r) => r.verifiedOn?.toISOString().slice(0, 10) ?? null },
      { name: "notes", type: "string", description: "Editorial notes", value: (r) => r.notes },
    ],
    filename: () => "fealac-msme-policies",
    rowKey: (row) => String(row.id),
  }),
};

export const policySearchView = defineView<PolicySearchContext>({
  path: ["policies"],
  resolve: ({ search, locale }) => resolvePolicySearch(search, locale),
  cards: policySearchCards,
  defaultCard: "results",
});
