import { viewHref, type ViewAddress } from "./views";

/** The size of a link preview image: the 1.91:1 Open Graph and Twitter large-card size. */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

/** The preview image of a view (app/api/og): /api/og?url=/<locale>/<view path>?<query>. */
export function previewImagePath(view: ViewAddress): string {
  return `/api/og?url=${encodeURIComponent(viewHref(view))}`;
}
