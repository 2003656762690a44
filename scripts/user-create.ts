/**
 * Creates a staff account (the first admin of a deployment, typically):
 *   npm run user:create -- --email ana@example.org --role admin [--name "Ana Pérez"]
 * The password comes from USER_PASSWORD or is asked for (twice, not echoed).
 * Uses DATABASE_URL, or the embedded database.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/core/db";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/core/auth/passwords";
import { UserCreateSchema } from "@/lib/users/schemas";
import messages from "@/messages/en/auth.json";

const FIELD_MESSAGES: Record<string, string> = messages.admin.fieldErrors;

async function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo the question but not what is typed.
  const writer = rl as unknown as { _writeToOutput: (s: string) => void };
  writer._writeToOutput = (s) => {
    if (s.startsWith(question)) process.stdout.write(question);
  };
  const answer = await rl.question(question);
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, economy: { type: "string" } } });
  const parsed = UserCreateSchema.safeParse({ email: values.email ?? "", name: values.name ?? "", role: (values.role ?? "").toUpperCase().replace("-", "_"), economy: values.economy ?? null });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${FIELD_MESSAGES[i.message] ?? i.message}`);
    console.error(["Usage: npm run user:create -- --email <email> --role admin|editor|focal-point [--economy <ISO3, for a focal point>] [--name <name>]", ...problems].join("\n"));
    return 2;
  }
  let password = process.env.USER_PASSWORD ?? "";
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error("Set USER_PASSWORD or run in a terminal to be asked for the password.");
      return 2;
    }
    password = await askHidden("Password: ");
    if ((await askHidden("Password again: ")) !== password) {
      console.error("The passwords differ; nothing was created.");
      return 1;
    }
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`);
    return 1;
  }
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
      console.error(`An account for ${parsed.data.email} already exists; nothing was changed.`);
      return 1;
    }
    const { economy, ...account } = parsed.data;
    if (economy !== null && !(await db.country.findFirst({ where: { iso3: economy, isFealacMember: true } }))) {
      console.error(`--economy: ${economy} is not a FEALAC member; nothing was created.`);
      return 1;
    }
    const user = await db.user.create({ data: { ...account, economyIso3: economy, passwordHash: await hashPassword(password) } });
    await db.auditEvent.create({ data: { action: "create", entityType: "user", entityId: String(user.id), after: { ...user, via: "command line" } } });
    console.log(`Created ${user.role.toLowerCase()} account ${user.email}.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
