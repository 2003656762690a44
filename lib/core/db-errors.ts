/** Database errors that are an answer to the user, not a failure. */
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (Prisma P2002): someone else stored the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
