/**
 * The largest request body each kind of POST may send. Server actions post to
 * the page their form is on, so the limit is chosen by path: the admin
 * ingestion screen takes traffic files; other staff forms take a policy with
 * its sources; everything a visitor can post (a suggested correction) is
 * small. A larger body is refused with 413 before it is read.
 */
const KB = 1024;
const MB = 1024 * KB;

/** Traffic files uploaded from the admin screen (the form says 50 MB; multipart adds a little). */
export const UPLOAD_LIMIT = 51 * MB;
export const STAFF_FORM_LIMIT = 1 * MB;
export const PUBLIC_FORM_LIMIT = 64 * KB;

export function bodyLimitFor(pathname: string): number {
  if (/^\/[a-z]{2}\/admin\/ingestion\/?$/.test(pathname)) return UPLOAD_LIMIT;
  if (/^\/[a-z]{2}\/admin(\/|$)/.test(pathname)) return STAFF_FORM_LIMIT;
  return PUBLIC_FORM_LIMIT;
}
