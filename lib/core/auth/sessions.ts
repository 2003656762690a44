/**
 * Session revocation. A session token is valid only while it carries the
 * user's current session version: raising the version ends every session of
 * that user at their next request (sign-out, a role change, deactivation).
 */
import type { Database } from "@/lib/core/db";

type Tx = Pick<Database, "user">;

export async function revokeSessions(db: Tx, email: string): Promise<void> {
  await db.user.updateMany({ where: { email }, data: { sessionVersion: { increment: 1 } } });
}

/** Whether a token's version is the user's current one (a token without a version is refused). */
export function sessionIsCurrent(tokenVersion: unknown, userVersion: number): boolean {
  return typeof tokenVersion === "number" && tokenVersion === userVersion;
}
