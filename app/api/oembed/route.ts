import { previewRequest, viewPreview } from "@/components/embed/view-preview";
import { apiError, jsonResponse } from "@/lib/core/api-error";
import { FRAME_HEIGHT, FRAME_WIDTH, iframeSnippet } from "@/lib/core/share/iframe";
import { embedHref } from "@/lib/core/share/views";
import { previewImagePath, PREVIEW_IMAGE } from "@/lib/core/share/preview-image";

export const dynamic = "force-dynamic";

/** A maxwidth/maxheight parameter: a positive whole number of pixels, or none. */
function maximum(value: string | null): number | null | "invalid" {
  if (value === null || value === "") return null;
  return /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : "invalid";
}

/**
 * oEmbed (https://oembed.com) for links to the portal: /api/oembed?url=<a view's link>&format=json.
 * A view with a chart answers type "rich" with the <iframe> of its embed
 * route; any other view answers type "link". Links elsewhere are 404, formats
 * other than JSON 501, as the specification asks.
 */
export async function GET(request: Request) {
  const target = await previewRequest(request);
  if (target instanceof Response) return target;
  const { view, origin } = target;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "json";
  if (format !== "json") return apiError(501, "format_not_implemented", `Only format=json is answered, not "${format.slice(0, 20)}".`, "format");
  const maxWidth = maximum(params.get("maxwidth"));
  const maxHeight = maximum(params.get("maxheight"));
  if (maxWidth === "invalid") return apiError(400, "invalid_maxwidth", "maxwidth must be a whole number of pixels.", "maxwidth");
  if (maxHeight === "invalid") return apiError(400, "invalid_maxheight", "maxheight must be a whole number of pixels.", "maxheight");

  const preview = await viewPreview(view);
  const base = {
    version: "1.0",
    title: preview.title,
    provider_name: preview.siteName,
    provider_url: `${origin}/${view.locale}`,
    cache_age: 3600,
    thumbnail_url: `${origin}${previewImagePath(view)}`,
    thumbnail_width: PREVIEW_IMAGE.width,
    thumbnail_height: PREVIEW_IMAGE.height,
  };
  const headers = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };
  if (!preview.chart) return jsonResponse({ ...base, type: "link" }, { headers });
  const width = Math.min(maxWidth ?? FRAME_WIDTH, FRAME_WIDTH);
  const height = Math.min(maxHeight ?? FRAME_HEIGHT, FRAME_HEIGHT);
  const html = iframeSnippet(`${origin}${embedHref(view)}`, preview.title, width, height);
  return jsonResponse({ ...base, type: "rich", html, width, height }, { headers });
}
