import type { Metadata } from "next";
import { languageTag } from "@/i18n/routing";
import { parsePortalUrl } from "./portal-url";
import { previewImagePath, PREVIEW_IMAGE } from "./preview-image";

/**
 * The metadata every public view carries for where its link is pasted: the
 * oEmbed discovery link, and the Open Graph and Twitter card with the
 * view's preview image. og:title and og:description come from the page's
 * own title and description (Next.js copies them into the cards).
 */
export function shareMetadata(viewUrl: string | null, siteName: string): Metadata {
  if (!viewUrl) return {};
  const { origin } = new URL(viewUrl);
  const view = parsePortalUrl(viewUrl, origin);
  if (!view) return {};
  const image = { url: previewImagePath(view), ...PREVIEW_IMAGE };
  return {
    metadataBase: new URL(origin),
    alternates: { types: { "application/json+oembed": `/api/oembed?url=${encodeURIComponent(viewUrl)}&format=json` } },
    openGraph: { type: "website", url: viewUrl, siteName, locale: languageTag(view.locale).replace("-", "_"), images: [image] },
    twitter: { card: "summary_large_image", images: [image.url] },
  };
}
