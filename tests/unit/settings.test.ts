import { describe, expect, it } from "vitest";
import { missingProductionSettings } from "@/lib/core/settings";

describe("settings a production server needs", () => {
  it("names each one that is missing or blank", () => {
    expect(missingProductionSettings({})).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "INGEST_SECRET"]);
    expect(missingProductionSettings({ DATABASE_URL: "postgresql://db/portal", NEXTAUTH_SECRET: " ", INGEST_SECRET: "s" })).toEqual(["NEXTAUTH_SECRET"]);
    expect(missingProductionSettings({ DATABASE_URL: "postgresql://db/portal", NEXTAUTH_SECRET: "n", INGEST_SECRET: "s" })).toEqual([]);
  });

  it("does not apply to the demo and test databases the scripts start", () => {
    expect(missingProductionSettings({ PORTAL_DATABASE: "embedded", DATABASE_URL: "postgresql://local" })).toEqual([]);
    expect(missingProductionSettings({ PORTAL_DATABASE: "test" })).toEqual([]);
    expect(missingProductionSettings({ PORTAL_DATABASE: "anything else" })).toHaveLength(3);
  });
});
