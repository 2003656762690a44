import "server-only";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/core/auth/current-actor";
import type { Actor } from "@/lib/core/auth/roles";

/**
 * For focal-point pages: a visitor is sent to sign in (and brought back);
 * anyone who is not a focal point of an economy gets null and the page says
 * so. The actions check the economy again on every write.
 */
export async function requireFocalPoint(locale: string, path: string): Promise<(Actor & { economyIso3: string }) | null> {
  const actor = await currentActor();
  if (!actor) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  return actor.role === "FOCAL_POINT" && actor.economyIso3 ? { ...actor, economyIso3: actor.economyIso3 } : null;
}
