/**
 * Names of any country of the world (visitor origins may be outside FEALAC),
 * from the i18n-iso-countries package, in English or Spanish.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";

countries.registerLocale(en);
countries.registerLocale(es);

export function countryName(iso3: string, locale: string): string {
  return countries.getName(countries.alpha3ToAlpha2(iso3) ?? "", locale === "es" ? "es" : "en", { select: "official" }) ?? iso3;
}

/** Whether a code is an assigned ISO 3166-1 alpha-3 country code. */
export function isIso3(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{3}$/.test(code);
}
