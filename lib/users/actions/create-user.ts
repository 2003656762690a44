import { defineAction, type ActionResult } from "@/lib/core/actions";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { generatePassword, hashPassword } from "@/lib/core/auth/passwords";
import { UserCreateSchema } from "@/lib/users/schemas";

/**
 * Creates an account — staff, or a focal point of one member economy — with a
 * random first password, returned once so the admin can hand it over.
 */
export const createUser = defineAction({
  name: "createUser",
  role: "ADMIN",
  input: UserCreateSchema,
  async run(actor, input, db): Promise<ActionResult<{ id: number; email: string; password: string }>> {
    if (await db.user.findUnique({ where: { email: input.email } })) {
      return { ok: false, error: "invalid", fieldErrors: { email: ["emailTaken"] } };
    }
    const { economy, ...account } = input;
    if (economy !== null && !(await db.country.findFirst({ where: { iso3: economy, isFealacMember: true }, select: { iso3: true } }))) {
      return { ok: false, error: "invalid", fieldErrors: { economy: ["chooseEconomy"] } };
    }
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    try {
      const user = await db.$transaction(async (tx) => {
        const created = await tx.user.create({ data: { ...account, economyIso3: economy, passwordHash } });
        await recordAudit(tx, actor, { action: "create", entityType: "user", entityId: created.id, after: created });
        return created;
      });
      return { ok: true, data: { id: user.id, email: user.email, password } };
    } catch (error) {
      // Two admins creating the same account at once: the check above passed for both, the unique index decides.
      if (isUniqueViolation(error)) return { ok: false, error: "invalid", fieldErrors: { email: ["emailTaken"] } };
      throw error;
    }
  },
});
