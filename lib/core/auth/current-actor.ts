import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/core/db";
import { authOptions } from "./options";
import type { Actor } from "./roles";
import { sessionIsCurrent } from "./sessions";

/** The signed-in, active user (staff or focal point) of this request, read fresh from the database; null for visitors. */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const email = session?.user?.email;
  if (!email) return null;
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, economyIso3: true } });
  if (!user?.active) return null;
  // A token from before a sign-out, role change or deactivation is no longer honoured.
  if (!sessionIsCurrent((session as { sessionVersion?: unknown }).sessionVersion, user.sessionVersion)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, economyIso3: user.economyIso3 };
}
