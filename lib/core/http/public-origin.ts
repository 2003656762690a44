/**
 * The portal's public address: NEXTAUTH_URL where a deployment sets it (the
 * address readers use, in front of any proxy), the request's own origin
 * otherwise. Links that leave the portal (oEmbed answers, preview images,
 * embed code) are written with it.
 */
export function publicOrigin(requestUrl: string | URL): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting falls back to the request's origin; next-auth reports the setting itself.
    }
  }
  return new URL(requestUrl).origin;
}

/** The request header the proxy sets to the page's public URL (origin, path and query), for metadata that names it. */
export const VIEW_URL_HEADER = "x-portal-view-url";
