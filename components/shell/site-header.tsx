import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SECTIONS } from "./sections";

export async function SiteHeader() {
  const t = await getTranslations();
  // Each language is named in itself, from its own catalogue.
  const names = Object.fromEntries(
    await Promise.all(routing.locales.map(async (locale) => [locale, (await getTranslations({ locale, namespace: "shell" }))("languageName")] as const)),
  ) as Record<Locale, string>;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            F
          </span>
          <span>{t("shell.siteName")}</span>
        </Link>
        <nav aria-label={t("shell.mainNavigation")} className="site-nav">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.key}>
                <NavLink href={s.href}>{t(`nav.${s.key}`)}</NavLink>
              </li>
            ))}
            <AccountMenu />
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LanguageSwitcher names={names} />
        </Suspense>
      </div>
    </header>
  );
}
