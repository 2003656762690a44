import "server-only";
import { getTranslations } from "next-intl/server";
import { SECTIONS } from "@/components/shell/sections";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import type { PortalView } from "@/lib/core/share/portal-url";
import { loadViewChart } from "./view-charts";

export interface ViewPreview {
  /** The chart's title, or the view's section for a view without a chart. */
  title: string;
  /** The chart's finding, or the portal's description. */
  description: string;
  siteName: string;
  chart: ViewChart | null;
}

/** What a link to a view says about itself where it is pasted: the oEmbed answer and the preview image read it. */
export async function viewPreview(view: PortalView): Promise<ViewPreview> {
  const { locale } = view;
  const [shell, pages] = await Promise.all([getTranslations({ locale, namespace: "shell" }), getTranslations({ locale, namespace: "pages" })]);
  const metadata = await getTranslations({ locale, namespace: "metadata" });
  const chart = view.embeddable ? await loadViewChart(view.embeddable, view.query, locale) : null;
  const section = SECTIONS.find(({ href }) => view.path === href || view.path.startsWith(`${href}/`));
  return {
    title: chart?.credit.title ?? (section ? pages(`${section.key}.title`) : shell("siteName")),
    description: chart?.summary ?? metadata("description"),
    siteName: shell("siteName"),
    chart,
  };
}
