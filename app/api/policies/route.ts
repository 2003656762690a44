import { csvResponse, toCsv } from "@/lib/core/csv/to-csv";
import { listPoliciesForExport } from "@/lib/policies/queries/search";
import { choicesOf, getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";
import { parsePolicySearch } from "@/lib/policies/view-state/search";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "policy_id",
  "economy_iso3",
  "economy",
  "fealac_region",
  "fealac_member",
  "name_original",
  "name_en",
  "implementing_agency",
  "partners",
  "launch_year",
  "end_year",
  "status",
  "instrument_types",
  "target_groups",
  "sector",
  "market_focus",
  "pandemic_response",
  "description",
  "results",
  "sources",
  "notes",
];

/**
 * CSV of what the policy search shows, from the same URL state, every page at
 * once, in the list's order. Published policies only. Lists within a cell
 * (instrument types, target groups, results, sources) are separated by " | ";
 * vocabulary terms are given by their slugs. An empty cell means unknown.
 * `lang=es` orders economies as the Spanish page does and names them in Spanish.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  const { state } = parsePolicySearch(raw, choicesOf(await getPolicyVocabularies()));
  const locale = params.get("lang") === "es" ? "es" : "en";
  const rows = await listPoliciesForExport(state, locale);
  const list = (items: string[]) => items.join(" | ");
  const csv = toCsv({
    columns: COLUMNS,
    rows: rows.map((r) => [
      r.id,
      r.iso3,
      locale === "es" ? r.countryNameEs : r.countryNameEn,
      r.regionCode,
      r.isFealacMember,
      r.nameOriginal,
      r.nameEn,
      r.agency,
      r.partners,
      r.launchYear,
      r.endYear,
      r.status,
      list(r.instrumentTypes),
      list(r.targetGroups),
      r.sector,
      r.marketFocus,
      r.pandemicResponse,
      r.description,
      list(r.results),
      list(r.sources),
      r.notes,
    ]),
  });
  return csvResponse(csv, "fealac-msme-policies.csv");
}
