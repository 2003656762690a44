/**
 * The client address for per-address limits (sign-in, suggestions, the API):
 * the first X-Forwarded-For hop set by the reverse proxy, else X-Real-IP.
 */
type HeaderRecord = Record<string, string | string[] | undefined>;

function header(headers: Headers | HeaderRecord | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientAddress(headers: Headers | HeaderRecord | undefined): string {
  const first = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return first || header(headers, "x-real-ip") || "unknown";
}
