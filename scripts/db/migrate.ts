/** Applies pending migrations with `prisma migrate deploy`. */
import { runBin } from "./run";

export async function applyMigrations(url: string): Promise<void> {
  await runBin("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
}
