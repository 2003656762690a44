import { defineAction } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { UserRoleChangeSchema } from "@/lib/users/schemas";

export const changeUserRole = defineAction({
  name: "changeUserRole",
  role: "ADMIN",
  input: UserRoleChangeSchema,
  async run(actor, { userId, role }, db) {
    // Nobody demotes themselves: it is how the last admin would lock everyone out.
    if (userId === actor.id) return { ok: false, error: "refused", message: "own-account" };
    const before = await db.user.findUnique({ where: { id: userId } });
    if (!before) return { ok: false, error: "not-found", message: "user" };
    if (before.role === role) return { ok: true, data: undefined };
    // A focal point speaks for an economy; staff do not. Neither becomes the other: a new account is made instead.
    if (before.role === "FOCAL_POINT" || role === "FOCAL_POINT") return { ok: false, error: "refused", message: "focal-point-role" };
    await db.$transaction(async (tx) => {
      const after = await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, actor, { action: "change-role", entityType: "user", entityId: userId, before, after });
    });
    return { ok: true, data: undefined };
  },
});
