/**
 * The demonstration database: reference data (countries, real indicators,
 * regulation taxonomy, documented policies), curated marketplaces, and
 * generated traffic labelled as demonstration data. Idempotent: a second run
 * adds nothing. One transaction, so a failed run leaves nothing behind.
 */
import { dataChanged } from "@/lib/core/cache";
import type { Database } from "@/lib/core/db";
import { loadSeedData } from "./seed-data";
import { seedMarketplaces } from "./seed-marketplaces";
import { seedPolicies } from "./seed-policies";
import { seedCountries, seedIndicators } from "./seed-reference";
import { seedRegulationEntries, seedRegulationTaxonomy } from "./seed-regulation";

export interface SeedOptions {
  log?: (message: string) => void;
  /** The day the demo series run up to (its previous month is the last one). */
  today?: Date;
}

export async function seedDemo(prisma: Database, { log = () => undefined, today = new Date() }: SeedOptions = {}) {
  const data = loadSeedData();
  const started = Date.now();
  await prisma.$transaction(
    async (tx) => {
      await seedCountries(tx, data);
      await seedIndicators(tx, data);
      await seedRegulationTaxonomy(tx, data);
      const entries = await seedRegulationEntries(tx, data);
      const policies = await seedPolicies(tx, data);
      log(
        `Regulation entries: ${entries.created} created, ${entries.updated} updated, ${entries.unchanged} unchanged, ${entries.keptStaffEdits} kept as staff left them. ` +
          `Policies: ${policies.created} created, ${policies.existing} already there.`,
      );
      await seedMarketplaces(tx, data, today);
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  // Running servers drop what they cached before the seed.
  await dataChanged(prisma);
  log(`Demonstration data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
