/**
 * Redirect targets that come from a request (a sign-in's callbackUrl, a form's
 * locale) must stay on this site. Browsers read "//host", "/\host" and "\\host"
 * as another host, and may decode "%2F" or "%5C" or drop tabs and newlines
 * before reading, so only a plain path made of safe characters is accepted.
 */
import { routing, type Locale } from "@/i18n/routing";

const SAFE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/;

/** `raw` when it is a same-site path such as "/en/admin/policies?x=1", else `fallback`. */
export function localPath(raw: string | null | undefined, fallback: string): string {
  if (!raw || !SAFE_PATH.test(raw)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fallback;
  }
  // Encoded forms of the same tricks ("/%2F%2Fhost", "/%5Chost") and control characters.
  if (/^\/[/\\]|[\\\u0000-\u001f\u007f]/.test(decoded)) return fallback;
  return raw;
}

/** A locale from a form field: one of the portal's, else the default. */
export function formLocale(raw: FormDataEntryValue | null): Locale {
  const value = typeof raw === "string" ? raw : "";
  return (routing.locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale;
}
