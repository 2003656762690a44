import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { idOf, optionalText } from "@/lib/core/schema-parts";

const email = z.string().trim().toLowerCase().max(320).pipe(z.email("invalidEmail"));
const userId = idOf("formAltered");

/**
 * A new account. A focal point speaks for one economy, which must be given;
 * staff have none.
 */
export const UserCreateSchema = z
  .object({
    email,
    name: optionalText({ max: 200, messages: { max: "nameTooLong" } }),
    role: z.enum(Role, "chooseRole"),
    economy: z
      .string()
      .nullish()
      .transform((v) => (v ?? "").trim().toUpperCase() || null)
      .pipe(z.string().regex(/^[A-Z]{3}$/, "chooseEconomy").nullable()),
  })
  .superRefine((u, ctx) => {
    if (u.role === "FOCAL_POINT" && u.economy === null) ctx.addIssue({ code: "custom", path: ["economy"], message: "chooseEconomy" });
    if (u.role !== "FOCAL_POINT" && u.economy !== null) ctx.addIssue({ code: "custom", path: ["economy"], message: "economyOnlyForFocalPoints" });
  });

export const UserRoleChangeSchema = z.object({ userId, role: z.enum(Role, "chooseRole") });

export const UserActiveChangeSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
