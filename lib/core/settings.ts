/**
 * Settings a production server cannot run without. Without NEXTAUTH_SECRET
 * nobody can sign in safely, without INGEST_SECRET the monthly load is
 * refused, without DATABASE_URL there is no data: better to refuse to start,
 * saying what is missing, than to serve a half-working portal. The demo and
 * test databases started by scripts/with-db.ts (PORTAL_DATABASE) bring their
 * own, so the check does not apply there.
 */
export const REQUIRED_IN_PRODUCTION = ["DATABASE_URL", "NEXTAUTH_SECRET", "INGEST_SECRET"] as const;

export function missingProductionSettings(env: Record<string, string | undefined>): string[] {
  if (env.PORTAL_DATABASE === "embedded" || env.PORTAL_DATABASE === "test") return [];
  return REQUIRED_IN_PRODUCTION.filter((name) => !env[name]?.trim());
}
