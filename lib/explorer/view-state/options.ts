/** The choices the explorer's URL parameters offer, shared by its views. */

export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const MEASURES = ["visits", "per-internet-user"] as const;
export type Measure = (typeof MEASURES)[number];

export const DISPLAYS = ["chart", "table"] as const;
export type Display = (typeof DISPLAYS)[number];

export const TRAFFIC_MEASURES = ["visits-per-internet-user", "cross-border-share", "other-region-share"] as const;
export const YES_NO = ["yes", "no"] as const;
