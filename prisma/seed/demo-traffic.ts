/**
 * Generated demonstration traffic: real marketplaces, invented numbers.
 * Everything here is reproducible — each marketplace's series comes from a
 * PRNG seeded with its domain — and every row it produces is stored with
 * is_demo = true and DEMO_SOURCE, so that screens, CSVs and the API can say so.
 */
import { createHash } from "node:crypto";
import type { AgeGroup, Gender, MarketplaceCategory } from "@/lib/generated/prisma/enums";
import type { DemoScale } from "@/lib/explorer/schemas/marketplace";

export const DEMO_SOURCE = "Demonstration data (generated; not real traffic)";
export const FIRST_MONTH = { year: 2019, month: 1 };
const SEED = "fealac-demo-v1";

/** The last complete calendar month before `today` (UTC), as year and month. */
export function latestFullMonth(today: Date = new Date()): { year: number; month: number } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth(); // 0-based: the previous month, 1-based
  return month === 0 ? { year: year - 1, month: 12 } : { year, month };
}

/** First days of every month from 2019-01 to the latest full month. */
export function demoMonths(today: Date = new Date()): Date[] {
  const last = latestFullMonth(today);
  const months: Date[] = [];
  for (let y = FIRST_MONTH.year, m = FIRST_MONTH.month; y < last.year || (y === last.year && m <= last.month); ) {
    months.push(new Date(Date.UTC(y, m - 1, 1)));
    if (++m > 12) { m = 1; y++; }
  }
  return months;
}

/** Mulberry32: a small, fast PRNG, good enough for plausible-looking series. */
function prng(key: string): () => number {
  let state = createHash("sha256").update(`${SEED}:${key}`).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function between(random: () => number, low: number, high: number): number {
  return low + (high - low) * random();
}

/** Standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

// Monthly visits at the start of 2019, log-uniform within the range.
const BASE_VISITS: Record<DemoScale, [number, number]> = {
  XL: [40e6, 160e6],
  L: [8e6, 40e6],
  M: [1e6, 8e6],
  S: [80e3, 1e6],
};

// Retail peaks in November–December (sales events, holidays), dips after.
const SEASONALITY = [0.93, 0.9, 0.97, 0.97, 1.0, 0.99, 1.0, 1.0, 0.98, 1.02, 1.12, 1.14];
const TRAVEL_SEASONALITY = [1.08, 0.95, 0.98, 0.96, 0.97, 1.0, 1.1, 1.08, 0.94, 0.95, 0.96, 1.03];

/** Multiplier for the pandemic: online shopping rose from March 2020, travel fell. */
function pandemicEffect(category: MarketplaceCategory, date: Date, strength: number): number {
  const monthsSince = (date.getUTCFullYear() - 2020) * 12 + date.getUTCMonth() - 2;
  if (monthsSince < 0) return 1;
  if (category === "TRAVEL_LODGING" || category === "TICKETS_EVENTS" || category === "MOBILITY") {
    const trough = 0.35 + 0.2 * (1 - strength);
    return Math.min(1, trough + (1 - trough) * Math.min(1, monthsSince / 30));
  }
  const peak = 1 + 0.15 + 0.3 * strength;
  return 1 + (peak - 1) * Math.max(0.35, Math.exp(-monthsSince / 24));
}

export interface DemoMarketplace {
  domain: string;
  country: string;
  category: MarketplaceCategory;
  demoScale: DemoScale;
}

/** Monthly visits for every demo month, as integers. */
export function demoVisits(marketplace: DemoMarketplace, months: Date[]): number[] {
  const random = prng(`visits:${marketplace.domain}`);
  const [low, high] = BASE_VISITS[marketplace.demoScale];
  const base = Math.exp(between(random, Math.log(low), Math.log(high)));
  const annualGrowth = 0.04 + 0.1 * random();
  const strength = random();
  const seasonality = marketplace.category === "TRAVEL_LODGING" ? TRAVEL_SEASONALITY : SEASONALITY;
  return months.map((date, index) => {
    const trend = Math.pow(1 + annualGrowth, index / 12);
    const noise = Math.exp(0.04 * normal(random));
    const value = base * trend * seasonality[date.getUTCMonth()] * pandemicEffect(marketplace.category, date, strength) * noise;
    return Math.max(0, Math.round(value));
  });
}

/** Splits 1 into parts proportional to `weights`, rounded to 6 decimals, summing exactly to 1. */
export function normaliseShares(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const micro = weights.map((w) => Math.floor((w / total) * 1e6));
  let remainder = 1e6 - micro.reduce((a, b) => a + b, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % micro.length, remainder--) micro[i]++;
  return micro.map((m) => m / 1e6);
}

export interface DemoBreakdowns {
  origin: Array<{ origin: string; share: number }>;
  gender: Array<{ gender: Gender; share: number }>;
  age: Array<{ ageGroup: AgeGroup; share: number }>;
}

const AGE_GROUPS: AgeGroup[] = ["AGE_18_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_64", "AGE_65_PLUS"];
const AGE_PROFILE = [0.22, 0.31, 0.22, 0.13, 0.08, 0.04];
const FEMALE_LEANING: MarketplaceCategory[] = ["FASHION", "BEAUTY_HEALTH", "HOME_FURNITURE", "GROCERIES"];
const MALE_LEANING: MarketplaceCategory[] = ["ELECTRONICS", "AUTOMOTIVE", "FREELANCE_SERVICES"];

/**
 * Annual shares of visits by origin, gender and age. Origins: the home
 * country, a few same-region neighbours, a few from the other FEALAC region,
 * the United States and "OTHER".
 */
export function demoBreakdowns(
  marketplace: DemoMarketplace,
  year: number,
  sameRegion: string[],
  otherRegion: string[],
): DemoBreakdowns {
  const random = prng(`breakdowns:${marketplace.domain}:${year}`);
  const stable = prng(`origins:${marketplace.domain}`);
  const pick = (pool: string[], count: number) =>
    [...pool].sort((a, b) => a.localeCompare(b)).map((c) => ({ c, k: stable() })).sort((a, b) => a.k - b.k).slice(0, count).map((x) => x.c);

  const neighbours = pick(sameRegion.filter((c) => c !== marketplace.country), 3);
  const farAway = pick(otherRegion, 2);
  const domestic = between(random, 0.72, 0.94);
  const foreignWeights = [...neighbours, ...farAway, "USA", "OTHER"].map((origin, i) => ({
    origin,
    weight: (i < neighbours.length ? 3 : i < neighbours.length + farAway.length ? 1 : 2) * between(random, 0.5, 1.5),
  }));
  const foreignTotal = foreignWeights.reduce((a, b) => a + b.weight, 0);
  const originShares = normaliseShares([
    domestic,
    ...foreignWeights.map((f) => ((1 - domestic) * f.weight) / foreignTotal),
  ]);
  const origins = [marketplace.country, ...foreignWeights.map((f) => f.origin)];

  const femaleBase = FEMALE_LEANING.includes(marketplace.category) ? 0.6 : MALE_LEANING.includes(marketplace.category) ? 0.4 : 0.5;
  const female = Math.min(0.85, Math.max(0.15, femaleBase + between(random, -0.06, 0.06)));
  const [femaleShare, maleShare] = normaliseShares([female, 1 - female]);

  const ageShares = normaliseShares(AGE_PROFILE.map((p) => p * between(random, 0.8, 1.2)));

  return {
    origin: origins.map((origin, i) => ({ origin, share: originShares[i] })),
    gender: [
      { gender: "FEMALE", share: femaleShare },
      { gender: "MALE", share: maleShare },
    ],
    age: AGE_GROUPS.map((ageGroup, i) => ({ ageGroup, share: ageShares[i] })),
  };
}
