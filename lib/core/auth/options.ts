/**
 * next-auth configuration: email + password (credentials provider) with
 * JWT sessions. The token only identifies the user; roles and the active flag
 * are read from the database on every check (lib/core/auth/current-actor.ts), so a
 * role change or deactivation takes effect at once. The token also carries the
 * user's session version; signing out raises it, which revokes the token even
 * where a copy of it survives.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/core/db";
import { authenticate } from "./authenticate";
import { revokeSessions } from "./sessions";
import { clientAddress } from "@/lib/core/rate-limit/client-address";

/** Session length: a working day. */
const SESSION_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/en/sign-in", error: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(getDb(), credentials, clientAddress(request?.headers));
        if (result.ok) return { id: String(result.actor.id), email: result.actor.email, name: result.actor.name, sessionVersion: result.sessionVersion };
        // The error code reaches the sign-in form; neither code says whether the email exists.
        throw new Error(result.reason === "rate-limited" ? `rate-limited:${result.retryAfter}` : "invalid");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : -1 };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.email) await revokeSessions(getDb(), token.email);
    },
  },
};
