/**
 * JSON answers of the API routes. A message may quote what was asked for (a
 * dataset name, a path, a value from an uploaded file); "<", ">" and "&" are
 * written as JSON escapes, so no answer ever holds markup a browser could be
 * tricked into reading as HTML. The parsed JSON is the same.
 */
export function jsonResponse(value: unknown, init: ResponseInit = {}): Response {
  const body = JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  return new Response(body, { ...init, headers });
}

/** The API's one error shape: { error: { code, message, parameter } }. */
export function apiError(status: number, code: string, message: string, parameter?: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error: { code, message, parameter: parameter ?? null } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
