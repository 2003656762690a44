import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { languageTag, routing } from "@/i18n/routing";
import "@/app/globals.css";
import "@/app/styles/forms.css";
import "@/app/styles/explorer.css";
import "@/app/styles/policies.css";
import "@/app/styles/regulations.css";
import "@/app/styles/coverage.css";
import "@/app/styles/ingestion.css";
import "@/app/styles/downloads.css";
import "@/app/styles/regulation-admin.css";
import "@/app/styles/sources.css";
import "@/app/styles/brief.css";
import "@/app/styles/embed.css";
import "@/app/styles/print.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await pageLocale({ params });
  return (
    <html lang={languageTag(locale)}>
      <body>
        {/* The page's frame (components/shell/site-chrome.tsx) comes from each route group's layout: embeds have none. */}
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
