import { describe, expect, it } from "vitest";
import { getHomeCoverage } from "@/lib/home/queries";
import { loadPolicyInventoryFixture } from "@/tests/helpers/policy-inventory-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("home page coverage chart", () => {
  /*
   * On the policy inventory fixture, by hand:
   *   members: Latin America CHL PER MEX ARG (4), East Asia JPN KOR THA (3); USA is not a member.
   *   published measures: CHL, PER, MEX, JPN, KOR, USA (CHL's draft and PER's archived measure add nothing).
   *   regulation entries added here: CHL in force, JPN only "no data", USA in force.
   */
  useScratchDatabase(async (db) => {
    await loadPolicyInventoryFixture(db);
    const pillar = await db.regulationPillar.create({ data: { number: 12, code: "P12", framework: "RDTII", nameEn: "E-commerce", nameEs: "Comercio electrónico" } });
    const rule = { score0En: "party", score0Es: "parte", scoreHalfEn: "signed", scoreHalfEs: "firmó", score1En: "not party", score1Es: "no es parte" };
    const indicator = await db.regulationIndicator.create({ data: { code: "P12.8", pillarId: pillar.id, position: 1, nameEn: "UN ECC", nameEs: "CCE ONU", ...rule } });
    await db.regulationEntry.create({ data: { countryIso3: "CHL", indicatorId: indicator.id, status: "IN_FORCE", score: 0, answer: "party" } });
    await db.regulationEntry.create({ data: { countryIso3: "JPN", indicatorId: indicator.id } });
    await db.regulationEntry.create({ data: { countryIso3: "USA", indicatorId: indicator.id, status: "IN_FORCE", score: 0, answer: "party" } });
  });

  it("counts member economies with regulation entries that have data and with published measures, by region", async () => {
    const coverage = await getHomeCoverage();
    expect([...coverage].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: "EAST_ASIA", members: 3, withRegulation: 0, withPolicies: 2 },
      { code: "LATIN_AMERICA", members: 4, withRegulation: 1, withPolicies: 3 },
    ]);
  });
});
