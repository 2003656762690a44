/** The regulation taxonomy: RDTII pillars and indicators, plus trade-facilitation topics. */
import type { SeedData } from "./seed-data";
import type { Transaction } from "./transaction";

export async function seedRegulationTaxonomy(tx: Transaction, data: SeedData): Promise<void> {
  for (const { indicators, ...pillar } of data.regulation.pillars) {
    const { id: pillarId } = await tx.regulationPillar.upsert({
      where: { code: pillar.code },
      create: pillar,
      update: pillar,
      select: { id: true },
    });
    for (const [index, indicator] of indicators.entries()) {
      const row = {
        code: indicator.code,
        pillarId,
        position: index + 1,
        nameEn: indicator.nameEn,
        nameEs: indicator.nameEs,
        score0En: indicator.scoring["0"].en,
        score0Es: indicator.scoring["0"].es,
        scoreHalfEn: indicator.scoring["0.5"].en,
        scoreHalfEs: indicator.scoring["0.5"].es,
        score1En: indicator.scoring["1"].en,
        score1Es: indicator.scoring["1"].es,
        weight: indicator.weight,
        digitalStriArea: indicator.digitalStriArea,
        cyberlawArea: indicator.cyberlawArea,
      };
      await tx.regulationIndicator.upsert({ where: { code: indicator.code }, create: row, update: row });
    }
  }
}
