"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { languageTag, routing, type Locale } from "@/i18n/routing";

/**
 * Links to the same page (and view state) in each language of the routing
 * config, each named in its own language (`names`: every catalogue's
 * shell.languageName, read by the header on the server).
 */
export function LanguageSwitcher({ names }: { names: Record<Locale, string> }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  return (
    <nav aria-label={t("language")} className="language-switcher">
      <ul>
        {routing.locales.map((l) => (
          <li key={l}>
            <Link
              href={{ pathname, query }}
              locale={l}
              lang={languageTag(l)}
              hrefLang={languageTag(l)}
              aria-current={l === locale ? "true" : undefined}
            >
              {names[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
