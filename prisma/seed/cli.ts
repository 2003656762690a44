/** `npm run db:seed`: loads the (idempotent) demonstration seed into DATABASE_URL. */
import { createPrismaClient } from "@/lib/core/db";
import { seedDemo } from "./seed-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm run db:seed provides the embedded database's).");
  process.exit(1);
}
const prisma = createPrismaClient(url);
seedDemo(prisma, { log: console.log })
  .then(() => prisma.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await prisma.$disconnect();
    process.exit(1);
  });
