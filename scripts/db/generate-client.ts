/**
 * `prisma generate` into lib/generated/prisma. The schema names
 * env("DATABASE_URL"), which generation reads but never connects to.
 */
import { runBin } from "./run";

runBin("prisma", ["generate"], {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1:5432/unused",
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
