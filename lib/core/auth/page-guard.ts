import "server-only";
import { redirect } from "next/navigation";
import { currentActor } from "./current-actor";
import { hasRole, type Actor, type Role } from "./roles";

/**
 * For staff pages: a visitor is sent to sign in (and brought back after);
 * a signed-in user without the role gets `null` and the page shows a
 * "not allowed" message. Pages check this themselves; the layout alone is not
 * enough, because layouts do not re-run on every navigation.
 */
export async function requirePageRole(role: Role, locale: string, path: string): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  return hasRole(actor.role, role) ? actor : null;
}
