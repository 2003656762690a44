import { createPrismaClient } from "@/lib/core/db";
import { seedDemo } from "./seed-demo";

/** Seeds demo data when the database has no countries yet. */
export async function seedIfEmpty(url: string): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    if ((await prisma.country.count()) > 0) return;
    console.log("Empty database: loading demonstration data …");
    await seedDemo(prisma, { log: console.log });
  } finally {
    await prisma.$disconnect();
  }
}
