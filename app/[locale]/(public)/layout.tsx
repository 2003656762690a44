import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { SiteChrome } from "@/components/shell/site-chrome";
import { EmbedCode } from "@/components/ui/embed-code";
import { ShareLink } from "@/components/ui/share-link";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { VIEW_URL_HEADER } from "@/lib/core/http/public-origin";
import { shareMetadata } from "@/lib/core/share/view-metadata";

/** Every public view's oEmbed discovery link and link preview card, for the address the proxy read. */
export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const [t, request] = await Promise.all([getTranslations({ locale, namespace: "shell" }), headers()]);
  return shareMetadata(request.get(VIEW_URL_HEADER), t("siteName"));
}

/** Public pages, in the portal's frame: each view of the four sections gets its "Share" control (and "Embed" where it has a chart) here, once, above the view's own header. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <SiteChrome>
      <Suspense fallback={null}>
        <ShareLink>
          <EmbedCode />
        </ShareLink>
      </Suspense>
      {children}
    </SiteChrome>
  );
}
