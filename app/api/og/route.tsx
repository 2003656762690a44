import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { PreviewImage } from "@/components/embed/preview-image";
import { previewRequest, viewPreview } from "@/components/embed/view-preview";
import { PREVIEW_IMAGE } from "@/lib/core/share/preview-image";

export const dynamic = "force-dynamic";

/**
 * The preview image of a view, for og:image, twitter:image and the oEmbed
 * thumbnail: /api/og?url=/<locale>/<view path>?<query> (a PNG, 1200×630).
 */
export async function GET(request: Request) {
  const target = await previewRequest(request);
  if (target instanceof Response) return target;
  const { view } = target;
  const [preview, t] = await Promise.all([viewPreview(view), getTranslations({ locale: view.locale, namespace: "shell" })]);
  return new ImageResponse(<PreviewImage preview={preview} demoLabel={t("chartDownloads.demo")} sourceLabel={preview.chart?.credit.source ?? null} />, {
    ...PREVIEW_IMAGE,
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
