/**
 * One row of prisma/seed-data/policies/policies-research.csv (see its README):
 * a measure compiled from public sources, in the portal's vocabularies (the
 * file names terms by their English labels; they are mapped to slugs here).
 */
import { z } from "zod";
import { Iso3Schema } from "@/lib/core/regions";
import { optionalText, text } from "@/lib/core/schema-parts";

const INSTRUMENT_TYPES: Record<string, string> = {
  "information portal and guidance": "information-portal-guidance",
  "training and capacity building": "training-capacity-building",
  "government marketplace or app": "government-marketplace-app",
  "financing — grant, loan, guarantee, voucher, tax incentive": "financing",
  "advisory and diagnostics": "advisory-diagnostics",
  "connectivity and telecenters": "connectivity-telecenters",
  "e-payments and financial inclusion": "e-payments-financial-inclusion",
  "logistics and trade facilitation": "logistics-trade-facilitation",
  "e-government and e-procurement": "e-government-e-procurement",
  "incubation and clusters": "incubation-clusters",
  "strategy or legal framework": "strategy-legal-framework",
};
const TARGET_GROUPS: Record<string, string> = {
  "all MSMEs": "all-msmes",
  "micro-enterprises": "micro-enterprises",
  "women entrepreneurs": "women-entrepreneurs",
  "digital exporters": "digital-exporters",
  "rural enterprises": "rural-enterprises",
  "youth and start-ups": "youth-startups",
  "creative industries": "creative-industries",
  "professional services": "professional-services",
  agriculture: "agriculture",
  tourism: "tourism",
};

function terms(labels: Record<string, string>, what: string) {
  return z.string().transform((value, ctx) => {
    const slugs = value.split(";").map((label) => labels[label.trim()]);
    if (slugs.some((s) => s === undefined)) {
      ctx.addIssue({ code: "custom", message: `unknown ${what} in "${value}"` });
      return z.NEVER;
    }
    return [...new Set(slugs)];
  });
}

const year = z
  .string()
  .regex(/^(\d{4}|ongoing)?$/, "a four-digit year, 'ongoing' or empty")
  .transform((y) => (/^\d{4}$/.test(y) ? Number(y) : null));

const STATUS = { ongoing: "ONGOING_AT_SOURCE", ended: "ENDED", planned: "PLANNED", unknown: "UNKNOWN" } as const;
const FOCUS = { domestic: "DOMESTIC", "cross-border": "CROSS_BORDER", both: "BOTH", "": null } as const;

export const ResearchPolicyRowSchema = z
  .object({
    iso3: Iso3Schema,
    name_original: text({ min: 1, max: 300 }),
    name_en: text({ min: 1, max: 300 }),
    agency: optionalText({ max: 500 }),
    launch_year: year,
    end_year: year,
    status_as_of_source: z.enum(["ongoing", "ended", "planned", "unknown"]),
    instrument_type: terms(INSTRUMENT_TYPES, "instrument type"),
    target_group: terms(TARGET_GROUPS, "target group"),
    market_focus: z.enum(["domestic", "cross-border", "both", ""]),
    description_en: text({ min: 1, max: 4000, multiline: true }),
    result: optionalText({ max: 1000 }),
    source_url: z.url({ protocol: /^https?$/ }),
    source_title: text({ min: 1, max: 500 }),
    source_as_of: optionalText({ max: 200 }),
  })
  .transform((r) => ({
    country: r.iso3,
    nameOriginal: r.name_original,
    nameEn: r.name_en,
    agency: r.agency,
    launchYear: r.launch_year,
    endYear: r.end_year,
    status: STATUS[r.status_as_of_source],
    instrumentTypes: r.instrument_type,
    targetGroups: r.target_group,
    marketFocus: FOCUS[r.market_focus],
    description: r.description_en,
    /** The year a result refers to, where its text ends with one ("… (reported 2022)", "… (2019)"). */
    result: r.result === null ? null : { text: r.result, year: Number(r.result.match(/\b((?:19|20)\d{2})\)?$/)?.[1]) || null },
    source: { url: r.source_url, title: r.source_title, asOf: r.source_as_of },
  }));
export type ResearchPolicy = z.output<typeof ResearchPolicyRowSchema>;
