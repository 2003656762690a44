/**
 * fast-check arbitraries of hostile input: what a careless or malicious
 * client sends to a query string, a path segment or a form field.
 */
import fc from "fast-check";

/** Fragments that have broken web apps: NUL and control characters, markup, SQL, traversal, odd numbers, odd Unicode. */
export const FRAGMENTS = [
  "\u0000", "\u0007", "\u001b[31m", "\u007f", "\r\n", "\t", "\u2028", "\u202e", "\ufeff", "\ud800", "\udfff", "𝕏", "e\u0301",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><script>", "javascript:alert(1)",
  "' OR '1'='1", "'; DROP TABLE policy; --", "1; SELECT pg_sleep(5)", "\\", "%", "$1", "${7*7}", "{{7*7}}",
  "../../etc/passwd", "..%2f..%2f", "/..", "....//", "C:\\Windows",
  "99999999999", "2147483648", "-1", "0", "-0", "1e300", "1e-300", "NaN", "Infinity", "0x10", "1.5", "9".repeat(400),
  "true", "null", "undefined", "[]", "{}", "__proto__", "constructor",
  "a".repeat(5000), ",".repeat(300), "CHL,".repeat(200),
];

/** Percent sequences that decode to nothing valid, or to NUL. */
export const RAW_PERCENT = ["%", "%0", "%zz", "%E0%A4%A", "%C0%AE", "%FF%FE", "%ED%A0%80", "%00", "%2500", "%F4%90%80%80", "%C3%28"];

export const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 4 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** A query-string value as it appears in a URL: encoded hostile text, or raw malformed percent sequences. */
export const queryValue = fc.oneof(
  { weight: 4, arbitrary: hostileText.map((v) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, "\ufffd"))) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...RAW_PERCENT), fc.stringMatching(/^[a-z0-9]{0,4}$/)), { minLength: 1, maxLength: 3 }).map((p) => p.join("")) },
);

/** A query string of 0–6 parameters, names from `names` or made up, repeated at times. */
export function queryString(names: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: queryValue });
  return fc
    .array(fc.tuple(name, queryValue), { maxLength: 6 })
    .chain((pairs) => fc.boolean().map((repeat) => (repeat && pairs.length ? [...pairs, pairs[0]] : pairs)))
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));
}

/** A path segment as a route receives it: decoded (the framework decodes before the handler). */
export const pathSegment = fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,12}$/) });

/** Every query parameter name the public routes and pages read, so hostile values reach real parsers. */
export const PARAMETER_NAMES = [
  "q", "page", "economy", "economies", "region", "instrument", "target", "sector", "market", "status", "pandemic", "from", "to", "year",
  "display", "diff", "order", "pillar", "countries", "marketplaces", "category", "business_model", "transactional", "shape", "period",
  "limit", "cursor", "bom", "lang", "dataset", "kind", "dryRun", "pull", "measure", "indicator", "per", "view", "mode", "origin",
  "destination", "group", "by", "sort", "callbackUrl",
];
