/** An economy's measures (/policies/country/<iso3>): one row per published policy and instrument type. */
import "server-only";
import { defineCard, defineView, type ViewRequest } from "@/lib/core/cards/types";
import { COLUMNS } from "@/lib/core/columns";
import { localizedName } from "@/lib/core/i18n/localized";
import { getCountryMeasures, getPolicyEconomy } from "@/lib/policies/queries/country";
import { getPolicyVocabularies } from "@/lib/policies/queries/vocabularies";

/** The economy a path names (any economy the portal knows, members or not), or null. */
export async function resolvePolicyCountry({ params, locale }: Pick<ViewRequest, "params" | "locale">) {
  const { iso3 } = params;
  const economy = /^[a-z]{3}$/i.test(iso3) ? await getPolicyEconomy(iso3.toUpperCase()) : null;
  if (!economy) return null;
  return { economy, country: localizedName(economy, locale), locale };
}
export type PolicyCountryContext = NonNullable<Awaited<ReturnType<typeof resolvePolicyCountry>>>;

export const policyCountryCards = {
  measures: defineCard({
    namespace: "policies",
    async load(ctx: PolicyCountryContext) {
      const [rows, vocabularies] = await Promise.all([getCountryMeasures(ctx.economy.iso3), getPolicyVocabularies()]);
      const termName = new Map(vocabularies.instrumentTypes.map((term) => [term.slug, localizedName(term, ctx.locale)]));
      return rows.map((r) => ({
        ...r,
        iso3: ctx.economy.iso3,
        country: ctx.country,
        instrumentName: r.instrumentType === null ? null : (termName.get(r.instrumentType) ?? r.instrumentType),
      }));
    },
    columns: [
      { ...COLUMNS.countryIso3, value: (r) => r.iso3 },
      { ...COLUMNS.country, value: (r) => r.country },
      {
        name: "instrument_type",
        type: "string",
        description: "Instrument type (slug); empty when none is recorded. A policy of several types has a row for each",
        value: (r) => r.instrumentType,
        label: "country.columnInstrument",
        display: (r, { t }) => r.instrumentName ?? t("country.noInstrument"),
      },
      { name: "policy_id", type: "integer", description: "Policy identifier (its page is /policies/<id>)", value: (r) => r.id },
      { name: "name_en", type: "string", description: "Name in English", value: (r) => r.nameEn, label: "country.columnPolicy", href: (r) => `/policies/${r.id}`, rowHeader: true },
      { name: "name_original", type: "string", description: "Name in the original language", value: (r) => r.nameOriginal },
      {
        name: "launch_year",
        type: "integer",
        description: "Year launched; empty when unknown",
        value: (r) => r.launchYear,
        label: "country.columnLaunchYear",
        display: (r, { t }) => (r.launchYear === null ? t("unknown") : String(r.launchYear)),
      },
      { name: "end_year", type: "integer", description: "Year ended; empty when unknown or ongoing", value: (r) => r.endYear },
      { name: "status", type: "string", description: "ONGOING_AT_SOURCE, ENDED, PLANNED or UNKNOWN", value: (r) => r.status },
      { ...COLUMNS.verification, value: (r) => r.verification },
    ],
    filename: (ctx) => `fealac-msme-policies-${ctx.economy.iso3.toLowerCase()}`,
    rowKey: (row) => `${row.instrumentType ?? "none"}-${row.id}`,
  }),
};

export const policyCountryView = defineView<PolicyCountryContext>({
  path: ["policies", "country", ":iso3"],
  resolve: resolvePolicyCountry,
  cards: policyCountryCards,
  defaultCard: "measures",
});
