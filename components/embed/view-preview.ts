import "server-only";
import { getTranslations } from "next-intl/server";
import { SECTIONS } from "@/components/shell/sections";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import { apiError } from "@/lib/core/api-error";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { limitPublicRead } from "@/lib/core/rate-limit/public-reads";
import { parsePortalUrl, type PortalView } from "@/lib/core/share/portal-url";
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
  const [shell, pages, metadata, chart] = await Promise.all([
    getTranslations({ locale, namespace: "shell" }),
    getTranslations({ locale, namespace: "pages" }),
    getTranslations({ locale, namespace: "metadata" }),
    view.embeddable ? loadViewChart(view.embeddable, view.query, locale) : null,
  ]);
  const section = SECTIONS.find(({ href }) => view.path === href || view.path.startsWith(`${href}/`));
  return {
    title: chart?.credit.title ?? (section ? pages(`${section.key}.title`) : shell("siteName")),
    description: chart?.summary ?? metadata("description"),
    siteName: shell("siteName"),
    chart,
  };
}

/**
 * What both link-preview routes (oEmbed, preview image) do first: the
 * per-address limit, then the `url` parameter read as a view of this portal.
 * An answer to send instead (429, 400 without a url, 404 for anything else).
 */
export async function previewRequest(request: Request): Promise<{ view: PortalView; origin: string } | Response> {
  const limited = await limitPublicRead(request, "preview");
  if (limited) return limited;
  const url = new URL(request.url).searchParams.get("url");
  if (!url) return apiError(400, "missing_url", "Give the link of a portal page as url=…", "url");
  const origin = publicOrigin(request.url);
  const view = parsePortalUrl(url, origin);
  if (!view) return apiError(404, "not_a_portal_view", `The url is not a page of this portal (${origin}/<language>/…).`, "url");
  return { view, origin };
}
