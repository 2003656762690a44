"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/core/auth/current-actor";
import type { ActionResult } from "@/lib/core/actions";
import { changeUserRole } from "@/lib/users/actions/change-user-role";
import { createUser } from "@/lib/users/actions/create-user";
import { setUserActive } from "@/lib/users/actions/set-user-active";

// Each binds an action to this request's signed-in user; the action itself
// checks the role (lib/core/actions.ts).

/** The result, and what was typed, so that a refused form keeps the user's input. */
export type CreateUserState = { result: ActionResult<{ id: number; email: string; password: string }>; values: Record<string, string> } | null;
export type UserChangeState = ActionResult | null;

export async function createUserAction(_previous: CreateUserState, form: FormData): Promise<CreateUserState> {
  const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  const result = await createUser(await currentActor(), values);
  if (result.ok) revalidatePath("/[locale]/admin/users", "page");
  return { result, values: result.ok ? {} : values };
}

export async function changeUserRoleAction(_previous: UserChangeState, form: FormData): Promise<UserChangeState> {
  const result = await changeUserRole(await currentActor(), Object.fromEntries(form));
  if (result.ok) revalidatePath("/[locale]/admin/users", "page");
  return result;
}

export async function setUserActiveAction(_previous: UserChangeState, form: FormData): Promise<UserChangeState> {
  const result = await setUserActive(await currentActor(), Object.fromEntries(form));
  if (result.ok) revalidatePath("/[locale]/admin/users", "page");
  return result;
}
