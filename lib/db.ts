/**
 * The one Prisma client. Password hashes are omitted from every query unless
 * a caller asks for them explicitly (`omit: { passwordHash: false }`).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

const cache = globalThis as unknown as { prisma?: Database };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the portal with `npm start` or `npm run dev`.");
  return url;
}

/** Created on first use so that importing this module never needs a database. */
export function getDb(): Database {
  cache.prisma ??= createPrismaClient(connectionString());
  return cache.prisma;
}
