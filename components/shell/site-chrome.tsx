import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The portal's frame around a page: the skip link, the header with its
 * navigation, the main landmark and the footer. Every page has it except the
 * chart-only embed routes, which are shown inside other sites' pages.
 */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
