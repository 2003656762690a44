/** Staff roles. An admin can do everything an editor can, and more. */
import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

const RANK: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

/** The signed-in staff member a write is done on behalf of, as read from the database. */
export interface Actor {
  id: number;
  email: string;
  name: string | null;
  role: Role;
}
