/**
 * Checks a sign-in attempt. The answer never tells whether the email exists:
 * an unknown email, a wrong password and a deactivated account all give
 * "invalid", after the same bcrypt work.
 */
import { z } from "zod";
import type { Database } from "@/lib/core/db";
import { DUMMY_HASH, verifyPassword } from "./passwords";
import { clear, hit, unhit } from "@/lib/core/rate-limit/rate-limit";
import type { Actor } from "./roles";

/**
 * Failed attempts allowed per window. Limits are on failures, so a locked
 * account is never a weapon: someone who guesses wrong from one address
 * locks only that address out of that account.
 * - pair: one account from one address (guessing its password); each further
 *   failure doubles the wait.
 * - address: one address across accounts (trying many accounts).
 * - account: one account from every address (a guess spread over many
 *   addresses); it refuses only addresses that have themselves failed for the
 *   account, so the right password from anywhere else still signs in.
 */
export const LIMITS = {
  pair: { limit: 5, windowSeconds: 15 * 60 },
  address: { limit: 30, windowSeconds: 15 * 60 },
  account: { limit: 100, windowSeconds: 60 * 60 },
} as const;

export type SignInLimits = { [K in keyof typeof LIMITS]: { limit: number; windowSeconds: number } };

export const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type AuthenticationResult =
  | { ok: true; actor: Actor; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfter: number };

export async function authenticate(db: Database, credentials: unknown, address: string, limits: SignInLimits = LIMITS): Promise<AuthenticationResult> {
  const parsed = CredentialsSchema.safeParse(credentials);
  const email = parsed.success ? parsed.data.email : "";
  const keys = { address: `sign-in:address:${address}`, pair: `sign-in:pair:${email}:${address}`, account: `sign-in:account:${email}` };
  // Each attempt is counted before the (slow) password check, so parallel
  // guesses cannot all slip under a limit; a right password takes its count back.
  const byAddress = await hit(db, keys.address, limits.address.limit, limits.address.windowSeconds);
  const byPair = email ? await hit(db, keys.pair, limits.pair.limit, limits.pair.windowSeconds, true) : null;
  const byAccount = email ? await hit(db, keys.account, limits.account.limit, limits.account.windowSeconds) : null;
  const pairHasFailed = (byPair?.count ?? 1) > 1;
  const refusals = [byAddress, byPair, pairHasFailed ? byAccount : null].filter((r) => r && !r.allowed);
  if (refusals.length > 0) return { ok: false, reason: "rate-limited", retryAfter: Math.max(...refusals.map((r) => r!.retryAfter)) };
  if (!parsed.success) return { ok: false, reason: "invalid" };

  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || !user.active) return { ok: false, reason: "invalid" };

  await Promise.all([clear(db, keys.pair), unhit(db, keys.address), unhit(db, keys.account)]);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, actor: { id: user.id, email: user.email, name: user.name, role: user.role }, sessionVersion: user.sessionVersion };
}
