"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page (and view state) in each language. */
export function LanguageSwitcher() {
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
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
            >
              {t(`languageNames.${l}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
