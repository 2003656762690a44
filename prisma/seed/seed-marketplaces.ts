/** Curated real marketplaces, and their generated demonstration traffic. */
import { DEMO_SOURCE, demoBreakdowns, demoMonths, demoVisits } from "./demo-traffic";
import type { SeedData } from "./seed-data";
import type { Transaction } from "./transaction";

const CHUNK = 5000;

export function marketplaceSlug(domain: string): string {
  return domain.replace(/\./g, "-");
}

export async function seedMarketplaces(tx: Transaction, data: SeedData, today: Date): Promise<void> {
  const regionOf = new Map(data.countries.map((c) => [c.iso3, c.region]));
  const membersOf = (region: string | null) =>
    data.countries.filter((c) => c.isFealacMember && c.region === region).map((c) => c.iso3);
  const months = demoMonths(today);
  const years = [...new Set(months.map((m) => m.getUTCFullYear()))];

  for (const { country, demoScale, ...marketplace } of data.marketplaces) {
    const row = { ...marketplace, countryIso3: country, slug: marketplaceSlug(marketplace.domain) };
    const { id } = await tx.marketplace.upsert({
      where: { domain: marketplace.domain },
      create: row,
      update: row,
      select: { id: true },
    });

    const demo = { domain: marketplace.domain, country, category: marketplace.category, demoScale };
    const visits = demoVisits(demo, months);
    const traffic = months.map((month, i) => ({
      marketplaceId: id,
      month,
      visits: BigInt(visits[i]),
      source: DEMO_SOURCE,
      isDemo: true,
    }));
    for (let i = 0; i < traffic.length; i += CHUNK) {
      await tx.trafficMonthly.createMany({ data: traffic.slice(i, i + CHUNK), skipDuplicates: true });
    }

    const home = regionOf.get(country) ?? null;
    const other = home === "EAST_ASIA" ? "LATIN_AMERICA" : "EAST_ASIA";
    const origin = [];
    const gender = [];
    const age = [];
    for (const year of years) {
      const b = demoBreakdowns(demo, year, membersOf(home), membersOf(other));
      const common = { marketplaceId: id, year, source: DEMO_SOURCE, isDemo: true };
      origin.push(...b.origin.map((s) => ({ ...common, ...s })));
      gender.push(...b.gender.map((s) => ({ ...common, ...s })));
      age.push(...b.age.map((s) => ({ ...common, ...s })));
    }
    await tx.originShare.createMany({ data: origin, skipDuplicates: true });
    await tx.genderShare.createMany({ data: gender, skipDuplicates: true });
    await tx.ageShare.createMany({ data: age, skipDuplicates: true });
  }
}
