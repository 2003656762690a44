import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma's CLI runs its JavaScript schema engine through the pg driver
// adapter, so `generate` and `migrate` need no downloaded binaries.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set (use the npm scripts, which provide one).");
    }
    return new PrismaPg({ connectionString });
  },
});
