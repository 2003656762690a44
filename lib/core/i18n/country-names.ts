/**
 * Names of any country of the world (visitor origins may be outside FEALAC),
 * from the i18n-iso-countries package, in each interface language it ships
 * (English where it has none). A new language registers its file here.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import pt from "i18n-iso-countries/langs/pt.json";

for (const names of [en, es, pt]) countries.registerLocale(names);

/**
 * The package's Portuguese names mix European spellings in ("Vietname",
 * "Irão", "Polónia") and swap the two Congos; the portal's Portuguese is
 * Brazilian, so these follow CLDR's pt (Brazil) names.
 */
const BRAZILIAN: Readonly<Record<string, string>> = {
  AM: "Armênia",
  BJ: "Benin",
  CD: "República Democrática do Congo",
  CG: "República do Congo",
  CZ: "Tchéquia",
  DJ: "Djibuti",
  EE: "Estônia",
  GL: "Groenlândia",
  IR: "Irã",
  KE: "Quênia",
  KW: "Kuwait",
  KY: "Ilhas Cayman",
  LV: "Letônia",
  MC: "Mônaco",
  MG: "Madagascar",
  MK: "Macedônia do Norte",
  MS: "Montserrat",
  MU: "Maurício",
  NC: "Nova Caledônia",
  PL: "Polônia",
  QA: "Catar",
  RO: "Romênia",
  SI: "Eslovênia",
  TJ: "Tadjiquistão",
  TM: "Turcomenistão",
  VN: "Vietnã",
  YE: "Iêmen",
};

export function countryName(iso3: string, locale: string): string {
  const alpha2 = countries.alpha3ToAlpha2(iso3) ?? "";
  if (locale === "pt" && Object.hasOwn(BRAZILIAN, alpha2)) return BRAZILIAN[alpha2];
  const language = countries.langs().includes(locale) ? locale : "en";
  return countries.getName(alpha2, language, { select: "official" }) ?? iso3;
}

/** Whether a code is an assigned ISO 3166-1 alpha-3 country code. */
export function isIso3(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{3}$/.test(code);
}

/**
 * A member's name in the page's language from its catalogue row: the
 * database's English or Spanish name, and for other languages (Portuguese)
 * the ISO name in that language.
 */
export function memberName(row: { iso3: string; nameEn: string; nameEs: string }, locale: string): string {
  if (locale === "en") return row.nameEn;
  if (locale === "es") return row.nameEs;
  return countryName(row.iso3, locale);
}
