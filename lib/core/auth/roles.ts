/**
 * Roles. Staff: an admin can do everything an editor can, and more. A focal
 * point is a member government's official, scoped to one economy: below
 * staff, so no staff check ever lets one through; what a focal point may do
 * is decided by the focal-point actions themselves (lib/focal/scope.ts).
 */
import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

const RANK: Record<Role, number> = { FOCAL_POINT: 0, EDITOR: 1, ADMIN: 2 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

/** Whether a role belongs to the secretariat (editors and admins). */
export function isStaff(role: Role): boolean {
  return hasRole(role, "EDITOR");
}

/** The signed-in user a write is done on behalf of, as read from the database. */
export interface Actor {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  /** The economy a focal point speaks for (null or absent for staff). */
  economyIso3?: string | null;
}
