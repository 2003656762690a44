/**
 * The columns of a regulation entry, shared by the cards that list entries
 * (economy profile, compare, search): the same names, order and content in
 * each of their CSVs. A card shows some of them on its page by adding labels.
 */
import type { CardColumn, Locale } from "@/lib/core/cards/types";
import { COLUMNS, type ColumnSpec } from "@/lib/core/columns";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import type { EntryFields } from "@/lib/regulations/queries/entries";
import { citationsText } from "@/lib/core/sources/citation";

/** An entry as the entry queries return it (getEntries, the search). */
export type { EntryFields };
/** An entry with its economy's and indicator's names in the view's language. */
export type NamedEntry<E extends EntryFields = EntryFields> = E & { country: string; indicator: string };

export function entryRows<E extends EntryFields>(entries: readonly E[], locale: Locale): Array<NamedEntry<E>> {
  return entries.map((e) => ({
    ...e,
    country: countryName(e.iso3, locale),
    indicator: localizedName({ nameEn: e.indicatorNameEn, nameEs: e.indicatorNameEs }, locale),
  }));
}

const COLUMNS_OF_ENTRY: ReadonlyArray<CardColumn<NamedEntry>> = [
  { ...COLUMNS.countryIso3, value: (e) => e.iso3 },
  { ...COLUMNS.country, value: (e) => e.country },
  { name: "pillar_code", type: "string", description: "Pillar code (P01 … P12, TF)", value: (e) => e.pillarCode },
  { name: "indicator_code", type: "string", description: "Indicator code", value: (e) => e.indicatorCode },
  { name: "indicator", type: "string", description: "Indicator name (in the CSV's language)", value: (e) => e.indicator },
  { name: "indicator_weight", type: "number", description: "Weight of the indicator in its pillar's weighted mean", value: (e) => e.weight },
  { name: "status", type: "string", description: "NO_DATA (unknown), IN_FORCE, PARTIAL, DRAFT or NONE", value: (e) => e.status },
  { ...COLUMNS.score, description: "The entry's score under the indicator's scoring rule (0, 0.5 or 1); empty when not scored", value: (e) => e.score },
  { name: "answer", type: "string", description: "Answer to the indicator's question", value: (e) => e.answer },
  { name: "instrument_name", type: "string", description: "Legal instrument", value: (e) => e.instrumentName },
  { name: "instrument_number", type: "string", description: "Instrument number", value: (e) => e.instrumentNumber },
  { name: "instrument_year", type: "integer", description: "Year the instrument was adopted", value: (e) => e.instrumentYear },
  { name: "last_amended_year", type: "integer", description: "Year last amended", value: (e) => e.lastAmendedYear },
  { name: "article", type: "string", description: "Article", value: (e) => e.article },
  { name: "description", type: "string", description: "Description", value: (e) => e.description },
  { name: "coverage", type: "string", description: "Coverage", value: (e) => e.coverage },
  { ...COLUMNS.sources, value: (e) => citationsText(e.sources) },
  { ...COLUMNS.verification, value: (e) => e.verification },
  { name: "verified_on", type: "date", description: "Date the entry was last verified by the secretariat (YYYY-MM-DD)", value: (e) => e.verifiedOn?.toISOString().slice(0, 10) ?? null },
  { name: "verified_by", type: "string", description: "Who at the secretariat verified the entry", value: (e) => e.verifiedBy },
  { name: "dispute_note", type: "string", description: "Why the entry is disputed (when verification is DISPUTED)", value: (e) => e.disputeNote },
];

/** How a card shows an entry column on its page (everything but the CSV's part). */
export type EntryColumnOnPage<Row> = Partial<Omit<CardColumn<Row>, keyof ColumnSpec | "value">>;

/** The entry columns in CSV order; `page` gives labels (and display) to those the page shows, by column name. */
export function entryColumns<Row extends NamedEntry>(page: Record<string, EntryColumnOnPage<Row>> = {}): Array<CardColumn<Row>> {
  return COLUMNS_OF_ENTRY.map((column): CardColumn<Row> => ({ ...column, ...page[column.name] }));
}
