import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { idOf, optionalText } from "@/lib/core/schema-parts";

const email = z.string().trim().toLowerCase().max(320).pipe(z.email("invalidEmail"));
const userId = idOf("formAltered");

export const UserCreateSchema = z.object({
  email,
  name: optionalText({ max: 200, messages: { max: "nameTooLong" } }),
  role: z.enum(Role, "chooseRole"),
});

export const UserRoleChangeSchema = z.object({ userId, role: z.enum(Role, "chooseRole") });

export const UserActiveChangeSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
