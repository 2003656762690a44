import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { loadViewChart } from "@/components/embed/view-charts";
import { pageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { matchEmbeddable, viewHref } from "@/lib/core/share/views";
import { queryStringOf, searchParamsOf, type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; view: string[] }>; searchParams: Promise<SearchParams> };

/** The chart of an embed route, loaded once per request for its metadata and its page (both ask with the same path and query). */
const chartOf = cache(async (locale: Locale, path: string, query: string) => {
  const match = matchEmbeddable(path);
  return match ? { chart: await loadViewChart(match, searchParamsOf(`http://embed${query}`), locale) } : null;
});

/** The view an embed route shows, or the not-found page for a path that is no embeddable view. */
async function load(props: Props) {
  const locale = await pageLocale(props);
  const path = `/${(await props.params).view.join("/")}`;
  const query = queryStringOf(await props.searchParams);
  const loaded = await chartOf(locale, path, query);
  if (!loaded) notFound();
  return { locale, chart: loaded.chart, href: viewHref({ locale, path, search: query }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, chart } = await load(props);
  const t = await getTranslations({ locale, namespace: "shell" });
  return { title: { absolute: chart ? t("embed.frameTitle", { title: chart.credit.title, site: t("siteName") }) : t("siteName") } };
}

/** A view's chart alone (/<locale>/embed/<view path>?<the view's query>), to be shown in an <iframe> on another site. */
export default async function EmbedPage(props: Props) {
  const { chart, href } = await load(props);
  return <EmbedFrame chart={chart} viewHref={href} />;
}
