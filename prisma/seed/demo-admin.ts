/**
 * The demo's admin account: made on the first start of the embedded demo
 * database, with a random password printed once. No fixed default password
 * exists anywhere; a real deployment creates its first admin with
 * `npm run user:create`.
 */
import { createPrismaClient } from "@/lib/core/db";
import { generatePassword, hashPassword } from "@/lib/core/auth/passwords";

export const DEMO_ADMIN_EMAIL = "admin@example.org";

export async function createDemoAdminIfNoUsers(url: string, log: (message: string) => void = console.log): Promise<void> {
  const db = createPrismaClient(url);
  try {
    if ((await db.user.count()) > 0) return;
    const password = generatePassword();
    await db.user.create({ data: { email: DEMO_ADMIN_EMAIL, name: "Demo administrator", role: "ADMIN", passwordHash: await hashPassword(password) } });
    log(
      [
        "",
        "  Demo admin account (shown this once — note it now):",
        `    email:    ${DEMO_ADMIN_EMAIL}`,
        `    password: ${password}`,
        "  Sign in at /en/sign-in. Create more accounts under Admin → Users.",
        "",
      ].join("\n"),
    );
  } finally {
    await db.$disconnect();
  }
}
