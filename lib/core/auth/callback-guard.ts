/**
 * next-auth answers 500 (InvalidCallbackUrl) when a callbackUrl in the query
 * or its callback-url cookie is not an http(s) URL, e.g. "javascript:alert(1)"
 * — something any visitor can send. The proxy drops such a value before
 * next-auth reads the request, so it falls back to its default; where a valid
 * URL leads is still decided by next-auth's redirect rule (same site only).
 */
import type { NextRequest } from "next/server";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** The same test next-auth makes: an absolute http(s) URL, or a path. */
function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://portal.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

/** The request's URL and headers without an invalid callback, or null when it has none. */
export function withoutInvalidCallback(request: NextRequest): { url: URL; headers: Headers } | null {
  const url = request.nextUrl.clone();
  const badQuery = !url.searchParams.getAll("callbackUrl").every(isHttpUrl);
  const badCookies = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isHttpUrl(value);
  });
  if (!badQuery && badCookies.length === 0) return null;
  if (badQuery) url.searchParams.delete("callbackUrl");
  const headers = new Headers(request.headers);
  if (badCookies.length > 0) {
    const kept = (request.headers.get("cookie") ?? "").split(/;\s*/).filter((pair) => pair && !badCookies.includes(pair.slice(0, pair.indexOf("=")).trim()));
    if (kept.length > 0) headers.set("cookie", kept.join("; "));
    else headers.delete("cookie");
  }
  return { url, headers };
}
