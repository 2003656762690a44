import { describe, expect, it } from "vitest";
import { suggestCorrection, suggestionFromForm, SUGGESTION_LIMIT } from "@/lib/regulations/actions/suggest-correction";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("suggesting a correction (public, no account)", () => {
  let entryId: number;
  const db = useScratchDatabase(async (db) => {
    await db.country.create({ data: { iso3: "MEX", iso2: "MX", isoNumeric: "484", nameEn: "Mexico", nameEs: "México", isFealacMember: false } });
    const pillar = await db.regulationPillar.create({ data: { number: 1, code: "P01", framework: "RDTII", nameEn: "Tariffs", nameEs: "Aranceles" } });
    const indicator = await db.regulationIndicator.create({
      data: { code: "P01.1", pillarId: pillar.id, position: 1, nameEn: "I", nameEs: "I", score0En: "a", score0Es: "a", scoreHalfEn: "b", scoreHalfEs: "b", score1En: "c", score1Es: "c" },
    });
    entryId = (await db.regulationEntry.create({ data: { countryIso3: "MEX", indicatorId: indicator.id } })).id;
  });
  const stored = () => db().regulationSuggestion.count();

  it("stores an anonymous suggestion as pending, with an optional email", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ entryId: String(entryId), message: "  Ley Federal de Protección de Datos (2010) applies.  ", contactEmail: "", website: "" })) form.set(k, v);
    expect(await suggestCorrection(db(), suggestionFromForm(form), "10.0.0.1")).toEqual({ ok: true });
    expect(await suggestCorrection(db(), { entryId, message: "Second one, with an email.", contactEmail: "ana@example.org" }, "10.0.0.1")).toEqual({ ok: true });
    const rows = await db().regulationSuggestion.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.message, r.contactEmail, r.status, r.reviewedById])).toEqual([
      ["Ley Federal de Protección de Datos (2010) applies.", null, "PENDING", null],
      ["Second one, with an email.", "ana@example.org", "PENDING", null],
    ]);
  });

  it("gives field messages for a short or long message and a bad email, and an unknown entry is not found", async () => {
    const before = await stored();
    expect(await suggestCorrection(db(), { entryId, message: "too short", contactEmail: "not-an-email" }, "10.0.0.2")).toEqual({
      ok: false, error: "invalid", fieldErrors: { message: ["messageTooShort"], contactEmail: ["invalidEmail"] },
    });
    expect(await suggestCorrection(db(), { entryId, message: "x".repeat(2001), contactEmail: null }, "10.0.0.2")).toMatchObject({ error: "invalid", fieldErrors: { message: ["messageTooLong"] } });
    expect(await suggestCorrection(db(), { entryId: 999999, message: "A perfectly good message.", contactEmail: null }, "10.0.0.2")).toEqual({ ok: false, error: "not-found" });
    expect(await stored()).toBe(before);
  });

  it("pretends success and stores nothing when the honeypot is filled", async () => {
    const before = await stored();
    expect(await suggestCorrection(db(), { entryId, message: "Buy cheap things here now!", contactEmail: null, website: "https://spam.example" }, "10.0.0.3")).toEqual({ ok: true });
    expect(await stored()).toBe(before);
    expect(await db().rateLimitBucket.count({ where: { key: { contains: "10.0.0.3" } } })).toBe(0);
  });

  it("limits suggestions per client address, and other addresses are unaffected", async () => {
    const before = await stored();
    const send = (address: string) => suggestCorrection(db(), { entryId, message: "A correction worth reading.", contactEmail: null }, address);
    for (let i = 0; i < SUGGESTION_LIMIT.limit; i++) expect(await send("10.0.0.9")).toEqual({ ok: true });
    const refused = await send("10.0.0.9");
    expect(refused).toMatchObject({ ok: false, error: "rate-limited" });
    if (refused.ok || refused.error !== "rate-limited") return;
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(SUGGESTION_LIMIT.windowSeconds);
    expect(await stored()).toBe(before + SUGGESTION_LIMIT.limit);
    expect(await send("10.0.0.10")).toEqual({ ok: true });
  });
});
