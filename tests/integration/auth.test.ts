import { describe, expect, it } from "vitest";
import { authenticate, LIMITS } from "@/lib/core/auth/authenticate";
import { hashPassword } from "@/lib/core/auth/passwords";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const PASSWORD = "correct horse battery";

describe("sign-in", () => {
  const db = useScratchDatabase(async (db) => {
    const passwordHash = await hashPassword(PASSWORD);
    await db.user.createMany({
      data: [
        { email: "ana@example.org", role: "EDITOR", passwordHash },
        { email: "old@example.org", role: "ADMIN", passwordHash, active: false },
        { email: "limited@example.org", role: "EDITOR", passwordHash },
      ],
    });
  });

  it("accepts the right password, case-insensitively on the email, and records the sign-in", async () => {
    const result = await authenticate(db(), { email: " Ana@Example.org ", password: PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, actor: { email: "ana@example.org", role: "EDITOR" } });
    expect((await db().user.findUniqueOrThrow({ where: { email: "ana@example.org" } })).lastLoginAt).not.toBeNull();
  });

  it("gives the same answer for a wrong password, an unknown email and a deactivated account", async () => {
    const answers = await Promise.all([
      authenticate(db(), { email: "ana@example.org", password: "wrong password!" }, "10.0.0.2"),
      authenticate(db(), { email: "nobody@example.org", password: PASSWORD }, "10.0.0.2"),
      authenticate(db(), { email: "old@example.org", password: PASSWORD }, "10.0.0.2"),
      authenticate(db(), { email: "not an email", password: PASSWORD }, "10.0.0.2"),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "invalid" }));
  });

  it("limits attempts per account, even with the right password afterwards", async () => {
    for (let i = 0; i < LIMITS.account.limit; i++) {
      expect(await authenticate(db(), { email: "limited@example.org", password: `guess ${i}` }, `10.1.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authenticate(db(), { email: "limited@example.org", password: PASSWORD }, "10.1.1.1");
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(blocked.ok === false && blocked.reason === "rate-limited" && blocked.retryAfter).toBeGreaterThan(0);
  });

  it("limits attempts per address across accounts", async () => {
    for (let i = 0; i < LIMITS.address.limit; i++) {
      await authenticate(db(), { email: `user${i}@example.org`, password: "x" }, "10.2.0.1");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.2.0.1")).toMatchObject({ reason: "rate-limited" });
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("clears an account's failed attempts after a successful sign-in", async () => {
    for (let i = 0; i < LIMITS.account.limit - 1; i++) {
      await authenticate(db(), { email: "ana@example.org", password: "wrong" }, "10.3.0.1");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.3.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < LIMITS.account.limit - 1; i++) {
      await authenticate(db(), { email: "ana@example.org", password: "wrong" }, "10.3.0.2");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.3.0.3")).toMatchObject({ ok: true });
  });
});
