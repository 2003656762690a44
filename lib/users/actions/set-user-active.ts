import { defineAction } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { UserActiveChangeSchema } from "@/lib/users/schemas";

/** Deactivates or reactivates an account; a deactivated user is refused at the next request, whatever their session. */
export const setUserActive = defineAction({
  name: "setUserActive",
  role: "ADMIN",
  input: UserActiveChangeSchema,
  async run(actor, { userId, active }, db) {
    if (userId === actor.id) return { ok: false, error: "refused", message: "own-account" };
    const before = await db.user.findUnique({ where: { id: userId } });
    if (!before) return { ok: false, error: "not-found", message: "user" };
    if (before.active === active) return { ok: true, data: undefined };
    await db.$transaction(async (tx) => {
      const after = await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, actor, { action: active ? "reactivate" : "deactivate", entityType: "user", entityId: userId, before, after });
    });
    return { ok: true, data: undefined };
  },
});
