import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { languageTag, routing } from "@/i18n/routing";
import { withoutInvalidCallback } from "@/lib/core/auth/callback-guard";
import { bodyLimitFor } from "@/lib/core/http/body-limits";
import { publicOrigin, VIEW_URL_HEADER } from "@/lib/core/http/public-origin";
import { contentSecurityPolicy, isEmbedPath, newNonce, servedOverHttps, STRICT_TRANSPORT_SECURITY, X_FRAME_OPTIONS } from "@/lib/core/http/security-headers";

// Runs before every request. It refuses what no page or route could read
// (a malformed address, an oversized form post), sets the per-request
// security headers, and adds the locale prefix (/en, /es) to page URLs.
// Authorization is never decided here: every page, action and route checks
// it itself.
const intl = createMiddleware(routing);

function plain(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** next-intl's alternate links name each language by its code; they say "pt-BR" where <html lang> does. */
function withLanguageTags(link: string): string {
  return link.replace(/hreflang="([^"]+)"/g, (_, code: string) => `hreflang="${languageTag(code)}"`);
}

export default function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(400, "Bad request: the address has an invalid percent-encoding.");
  }

  const isApi = pathname.startsWith("/api/");
  // Server actions post to their page; next-auth's sign-in posts under /api/auth.
  // The ingestion route streams and limits its own body.
  if (request.method === "POST" && (!isApi || pathname.startsWith("/api/auth/"))) {
    const limit = bodyLimitFor(pathname);
    const length = request.headers.get("content-length");
    if (length === null && request.body !== null) return plain(411, "Length required: send the form with a Content-Length.");
    if (Number(length) > limit) return plain(413, `Payload too large: at most ${Math.floor(limit / 1024)} KB may be sent here.`);
  }
  if (pathname.startsWith("/api/auth/")) {
    const repaired = withoutInvalidCallback(request);
    if (repaired) return NextResponse.rewrite(repaired.url, { request: { headers: repaired.headers } });
  }
  if (isApi) return NextResponse.next({ headers: { "X-Frame-Options": X_FRAME_OPTIONS } });

  const https = servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const frameable = isEmbedPath(pathname);
  const csp = contentSecurityPolicy(newNonce(), { https, development: process.env.NODE_ENV === "development", frameable });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // Always overwritten, so a client cannot choose the address the page's metadata names.
  headers.set(VIEW_URL_HEADER, `${publicOrigin(request.nextUrl)}${pathname}${request.nextUrl.search}`);
  const response = intl(new NextRequest(request, { headers }));
  const alternates = response.headers.get("link");
  if (alternates) response.headers.set("link", withLanguageTags(alternates));
  response.headers.set("Content-Security-Policy", csp);
  if (!frameable) response.headers.set("X-Frame-Options", X_FRAME_OPTIONS);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but Next.js's own static files and files with an extension.
  matcher: ["/((?!_next/static|_next/image|_vercel|.*\\..*).*)", "/api/:path*"],
};
