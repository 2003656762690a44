/**
 * The client address for per-address limits (sign-in, suggestions, the API).
 *
 * X-Forwarded-For is a list that each hop appends to; only the entries
 * appended by machines we run can be believed. The portal's server
 * (scripts/serve.ts) appends the TCP peer's address last; each reverse proxy
 * in front of it appends the address it saw. With TRUSTED_PROXY_HOPS = n
 * (default 0: the portal faces the internet), the client is the entry n
 * places before the last one. Anything a client wrote itself stands further
 * left and is never read.
 */
type HeaderRecord = Record<string, string | string[] | undefined>;

function header(headers: Headers | HeaderRecord | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Proxies in front of the portal that append to X-Forwarded-For (TRUSTED_PROXY_HOPS, a whole number ≥ 0). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

export function clientAddress(headers: Headers | HeaderRecord | undefined, hops: number = trustedProxyHops()): string {
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // Fewer entries than trusted hops: a misconfiguration; the leftmost is still one our side wrote.
  const address = entries[Math.max(entries.length - 1 - hops, 0)];
  // Bounded, so a hostile value cannot make a long rate-limit key.
  return address.slice(0, 64);
}
