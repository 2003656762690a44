/** A random secret made once and kept in .data/<name>.secret (git-ignored), for local runs only. */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export async function localSecret(name: string): Promise<string> {
  const file = path.join(".data", `${name}.secret`);
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(".data", { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
