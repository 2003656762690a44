import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { loadViewChart } from "@/components/embed/view-charts";
import { pageLocale } from "@/i18n/page-locale";
import { matchEmbeddable, viewHref } from "@/lib/core/share/views";
import { queryStringOf, type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; view: string[] }>; searchParams: Promise<SearchParams> };

/** The view an embed route shows, or the not-found page for a path that is no embeddable view. */
async function load(props: Props) {
  const locale = await pageLocale(props);
  const path = `/${(await props.params).view.join("/")}`;
  const match = matchEmbeddable(path);
  if (!match) notFound();
  const search = await props.searchParams;
  const chart = await loadViewChart(match, search, locale);
  return { locale, chart, href: viewHref({ locale, path, search: queryStringOf(search) }) };
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
