"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeUserRoleAction, setUserActiveAction, type UserChangeState } from "@/lib/users/server-actions";
import type { Role } from "@/lib/generated/prisma/enums";
import { ActionMessage } from "./action-message";

/** Staff roles an account may be moved between; a focal point keeps its role (and its economy). */
const STAFF_ROLES = ["EDITOR", "ADMIN"] as const satisfies readonly Role[];

export function UserRowActions({ userId, email, role, active }: { userId: number; email: string; role: Role; active: boolean }) {
  const t = useTranslations("admin.users");
  const [roleState, roleAction, rolePending] = useActionState<UserChangeState, FormData>(changeUserRoleAction, null);
  const [activeState, activeAction, activePending] = useActionState<UserChangeState, FormData>(setUserActiveAction, null);
  return (
    <div className="row-actions">
      {role === "FOCAL_POINT" ? null : (
        <form action={roleAction} className="row-actions__form">
          <input type="hidden" name="userId" value={userId} />
          <label className="visually-hidden" htmlFor={`role-${userId}`}>
            {t("roleOf", { email })}
          </label>
          <select id={`role-${userId}`} name="role" defaultValue={role}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={rolePending}>
            {t("saveRole")}
          </button>
        </form>
      )}
      <form action={activeAction} className="row-actions__form">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <button type="submit" className="button button--small button--secondary" disabled={activePending}>
          {active ? t("deactivate") : t("reactivate")}
        </button>
      </form>
      <ActionMessage result={roleState} />
      <ActionMessage result={activeState} />
    </div>
  );
}
