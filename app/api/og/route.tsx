import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { PreviewImage } from "@/components/embed/preview-image";
import { viewPreview } from "@/components/embed/view-preview";
import { apiError } from "@/lib/core/api-error";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { limitPublicRead } from "@/lib/core/rate-limit/public-reads";
import { parsePortalUrl } from "@/lib/core/share/portal-url";
import { PREVIEW_IMAGE } from "@/lib/core/share/preview-image";

export const dynamic = "force-dynamic";

/**
 * The preview image of a view, for og:image, twitter:image and the oEmbed
 * thumbnail: /api/og?url=/<locale>/<view path>?<query> (a PNG, 1200×630).
 */
export async function GET(request: Request) {
  const limited = await limitPublicRead(request, "preview");
  if (limited) return limited;
  const url = new URL(request.url).searchParams.get("url");
  if (!url) return apiError(400, "missing_url", "Give the path of a portal page as url=/<language>/…", "url");
  const origin = publicOrigin(request.url);
  const view = parsePortalUrl(url, origin);
  if (!view) return apiError(404, "not_a_portal_view", "The url is not a page of this portal (/<language>/…).", "url");
  const [preview, t] = await Promise.all([viewPreview(view), getTranslations({ locale: view.locale, namespace: "shell" })]);
  return new ImageResponse(<PreviewImage preview={preview} demoLabel={t("chartDownloads.demo")} sourceLabel={preview.chart?.credit.source ?? null} />, {
    ...PREVIEW_IMAGE,
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
