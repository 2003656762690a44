/**
 * Checks a sign-in attempt. The answer never tells whether the email exists:
 * an unknown email, a wrong password and a deactivated account all give
 * "invalid", after the same bcrypt work.
 */
import { z } from "zod";
import type { Database } from "@/lib/core/db";
import { DUMMY_HASH, verifyPassword } from "./passwords";
import { clear, hit } from "@/lib/core/rate-limit/rate-limit";
import type { Actor } from "./roles";

/** Attempts allowed per window: per account (guessing one password) and per address (trying many accounts). */
export const LIMITS = {
  account: { limit: 5, windowSeconds: 15 * 60 },
  address: { limit: 30, windowSeconds: 15 * 60 },
} as const;

export const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticationResult =
  | { ok: true; actor: Actor }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfter: number };

export async function authenticate(db: Database, credentials: unknown, address: string): Promise<AuthenticationResult> {
  const parsed = CredentialsSchema.safeParse(credentials);
  const email = parsed.success ? parsed.data.email : "";
  const byAddress = await hit(db, `sign-in:address:${address}`, LIMITS.address.limit, LIMITS.address.windowSeconds);
  const byAccount = email
    ? await hit(db, `sign-in:account:${email}`, LIMITS.account.limit, LIMITS.account.windowSeconds)
    : { allowed: true, retryAfter: 0 };
  if (!byAddress.allowed || !byAccount.allowed) {
    return { ok: false, reason: "rate-limited", retryAfter: Math.max(byAddress.retryAfter, byAccount.retryAfter) };
  }
  if (!parsed.success) return { ok: false, reason: "invalid" };

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || !user.active) return { ok: false, reason: "invalid" };

  await clear(db, `sign-in:account:${email}`);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, actor: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
