import { describe, expect, it } from "vitest";
import { nextSlot } from "@/lib/ingest/scheduler";

describe("monthly ingestion schedule", () => {
  it("is 02:00 UTC on the 3rd, always strictly ahead", () => {
    expect(nextSlot(new Date("2026-11-23T10:00:00Z")).toISOString()).toBe("2026-12-03T02:00:00.000Z");
    expect(nextSlot(new Date("2026-12-03T01:59:59Z")).toISOString()).toBe("2026-12-03T02:00:00.000Z");
    expect(nextSlot(new Date("2026-12-03T02:00:00Z")).toISOString()).toBe("2027-01-03T02:00:00.000Z");
    expect(nextSlot(new Date("2027-01-31T23:00:00Z")).toISOString()).toBe("2027-02-03T02:00:00.000Z");
  });
});
