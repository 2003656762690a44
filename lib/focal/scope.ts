import type { Actor } from "@/lib/core/auth/roles";
import type { Database } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The economy a focal point may propose changes for, read from the database
 * at the moment of the write (never from the session): null for anyone who
 * is not an active focal point. Every focal-point action starts here, and
 * compares this economy with the one of the entry or policy it touches.
 */
export async function focalEconomyOf(db: Database | Prisma.TransactionClient, actor: Actor): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { role: true, active: true, economyIso3: true } });
  return user?.active && user.role === "FOCAL_POINT" ? user.economyIso3 : null;
}
