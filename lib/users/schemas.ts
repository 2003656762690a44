import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

const email = z.string().trim().toLowerCase().max(320).pipe(z.email("invalidEmail"));
const userId = z.coerce.number().int().positive();

export const UserCreateSchema = z.object({
  email,
  name: z.string().trim().max(200).transform((s) => s || null),
  role: z.enum(Role, "chooseRole"),
});

export const UserRoleChangeSchema = z.object({ userId, role: z.enum(Role, "chooseRole") });

export const UserActiveChangeSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
