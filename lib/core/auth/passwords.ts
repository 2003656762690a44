/**
 * Password hashing with bcrypt (a deliberately slow hash). bcryptjs is pure
 * JavaScript, so no native build step is needed on install.
 */
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

/** Cost 12 ≈ 0.2–0.3 s per hash on a server core: slow for an attacker, fine for a sign-in. */
const COST = 12;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * Compared against when the email is unknown, so that a sign-in for a missing
 * account takes as long as one for an existing account (no timing oracle).
 */
export const DUMMY_HASH = bcrypt.hashSync("not-a-password", COST);

/** A random password for new accounts, shown once to whoever created it. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
