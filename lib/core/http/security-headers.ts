/**
 * Security headers decided per request (the static ones are in next.config.js).
 *
 * - Content-Security-Policy with a fresh nonce for scripts: Next.js reads the
 *   nonce from the request's CSP header and puts it on the scripts it
 *   renders; nothing else runs ('strict-dynamic' lets those scripts load the
 *   chunks they need). Styles keep 'unsafe-inline': charts and bars set style
 *   attributes, which cannot carry a nonce, and a style cannot run code.
 * - Strict-Transport-Security only when the portal is served over https.
 * - Framing: no page may be shown inside another site's page (clickjacking)
 *   except the chart-only embed routes, which exist to be.
 */

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean; frameable?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Next.js's development server evaluates code for hot reloading; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    options.frameable ? "frame-ancestors *" : "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** One year, subdomains included, once the portal is reached over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Whether the request reached the portal over https (directly, or through a proxy that says so). */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

/** Whether a path is a chart-only embed route (/<locale>/embed/…), the only pages other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/[^/]+\/embed(?:\/|$)/.test(pathname);
}

/** The legacy framing header for browsers without CSP frame-ancestors; embed routes send none. */
export const X_FRAME_OPTIONS = "DENY";
