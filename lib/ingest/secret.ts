/**
 * The shared secret of the ingestion route: `Authorization: Bearer <INGEST_SECRET>`,
 * compared in constant time (both sides hashed first, so lengths never leak).
 * In production the route refuses to work at all while INGEST_SECRET is unset.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export type SecretCheck = { ok: true } | { ok: false; status: 401 | 503; message: string };

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

export function checkIngestSecret(authorization: string | null, env: NodeJS.ProcessEnv = process.env): SecretCheck {
  const secret = env.INGEST_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production") {
      return { ok: false, status: 503, message: "Ingestion is disabled: INGEST_SECRET is not set on the server." };
    }
    return { ok: false, status: 401, message: "INGEST_SECRET is not set on the server, so no request can be authorized." };
  }
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "");
  const given = match?.[1] ?? "";
  const valid = timingSafeEqual(digest(given), digest(secret)) && given.length > 0;
  return valid ? { ok: true } : { ok: false, status: 401, message: "Missing or wrong credentials: send Authorization: Bearer <INGEST_SECRET>." };
}
