import { defineRouting } from "next-intl/routing";

/**
 * The interface languages: this list is the one place that names them. A new
 * language is one code here and its messages in messages/<code>/ (README,
 * "Languages"); pages, the language switcher, the message catalogue, the
 * per-view CSVs and the accessibility check all read it.
 */
export const routing = defineRouting({
  locales: ["en", "es", "pt"],
  defaultLocale: "en",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];

/** BCP 47 tags where a language's code alone does not say which variety the messages are in. */
const LANGUAGE_TAGS: Readonly<Record<string, string>> = { pt: "pt-BR" };

/** The tag for `<html lang>`, `hreflang` and the switcher's links: "pt-BR" for /pt, the code itself otherwise. */
export function languageTag(locale: string): string {
  return Object.hasOwn(LANGUAGE_TAGS, locale) ? LANGUAGE_TAGS[locale] : locale;
}
