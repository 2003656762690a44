import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SECTIONS } from "./sections";

export async function SiteHeader() {
  const t = await getTranslations();
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
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
