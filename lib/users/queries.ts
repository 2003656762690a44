import "server-only";
import { getDb } from "@/lib/core/db";

export type StaffUser = Awaited<ReturnType<typeof listUsers>>[number];

/** Accounts (staff and focal points) for the admin screen (never the password hash). */
export function listUsers() {
  return getDb().user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true, lastLoginAt: true, economyIso3: true },
  });
}
