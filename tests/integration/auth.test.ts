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

  it("locks one address out of one account after its failures, longer after each further one", async () => {
    for (let i = 0; i < LIMITS.pair.limit; i++) {
      expect(await authenticate(db(), { email: "limited@example.org", password: `guess ${i}` }, "10.1.0.1")).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await authenticate(db(), { email: "limited@example.org", password: PASSWORD }, "10.1.0.1");
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    const firstWait = blocked.ok === false && blocked.reason === "rate-limited" ? blocked.retryAfter : 0;
    expect(firstWait).toBeGreaterThan(0);
    const again = await authenticate(db(), { email: "limited@example.org", password: "one more guess" }, "10.1.0.1");
    expect(again.ok === false && again.reason === "rate-limited" && again.retryAfter).toBeGreaterThan(firstWait);
  });

  it("never refuses the right password from an address that has not failed (no lockout as a weapon)", async () => {
    for (let i = 0; i < LIMITS.pair.limit + 3; i++) {
      await authenticate(db(), { email: "ana@example.org", password: `attacker ${i}` }, "10.4.0.1");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: "attacker again" }, "10.4.0.1")).toMatchObject({ reason: "rate-limited" });
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.4.9.9")).toMatchObject({ ok: true });
  });

  it("limits a guess spread over many addresses, refusing only the addresses that failed", async () => {
    const limits = { ...LIMITS, account: { limit: 4, windowSeconds: 3600 } };
    for (let i = 0; i < 4; i++) {
      await authenticate(db(), { email: "limited@example.org", password: `spread ${i}` }, `10.5.0.${i}`, limits);
    }
    // An address that failed once before is refused, even with the right password…
    expect(await authenticate(db(), { email: "limited@example.org", password: PASSWORD }, "10.5.0.0", limits)).toMatchObject({ reason: "rate-limited" });
    // …one that never failed signs in.
    expect(await authenticate(db(), { email: "limited@example.org", password: PASSWORD }, "10.5.1.1", limits)).toMatchObject({ ok: true });
  });

  it("limits attempts per address across accounts", async () => {
    for (let i = 0; i < LIMITS.address.limit; i++) {
      await authenticate(db(), { email: `user${i}@example.org`, password: "x" }, "10.2.0.1");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.2.0.1")).toMatchObject({ reason: "rate-limited" });
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("clears an address's failed attempts for an account after a successful sign-in", async () => {
    for (let i = 0; i < LIMITS.pair.limit - 1; i++) {
      await authenticate(db(), { email: "ana@example.org", password: "wrong" }, "10.3.0.1");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.3.0.1")).toMatchObject({ ok: true });
    for (let i = 0; i < LIMITS.pair.limit - 1; i++) {
      await authenticate(db(), { email: "ana@example.org", password: "wrong" }, "10.3.0.1");
    }
    expect(await authenticate(db(), { email: "ana@example.org", password: PASSWORD }, "10.3.0.1")).toMatchObject({ ok: true });
  });
});
