/** Every downloadable dataset, in the order the downloads page lists them. */
import type { Dataset } from "@/lib/downloads/types";
import { ageShares, genderShares, originShares } from "./breakdowns";
import { indicators } from "./indicators";
import { marketplaces } from "./marketplaces";
import { policies } from "./policies";
import { regulationEntries } from "./regulation-entries";
import { regulationScores } from "./regulation-scores";
import { sources } from "./sources";
import { trafficAnnual, trafficQuarterly } from "./traffic-aggregate";
import { trafficMonthly } from "./traffic-monthly";

export const DATASETS: readonly Dataset[] = [
  trafficMonthly,
  trafficQuarterly,
  trafficAnnual,
  originShares,
  genderShares,
  ageShares,
  marketplaces,
  indicators,
  regulationEntries,
  regulationScores,
  policies,
  sources,
];

export function findDataset(id: string): Dataset | undefined {
  return DATASETS.find((d) => d.id === id);
}
