import { z } from "zod";
import { MarketFocus, PolicyStatus, Sector } from "@/lib/generated/prisma/enums";
import { Iso3Schema } from "@/lib/core/regions";
import { idOf, optionalText, text } from "@/lib/core/schema-parts";

const year = z.int().min(1900).max(2100);
/** A vocabulary term as a form sends it: its slug. */
const termSlug = text({ min: 1, max: 80 });

export const VocabularyTermSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens"),
  nameEn: text({ min: 1, max: 120 }),
  nameEs: text({ min: 1, max: 120 }),
  sortOrder: z.int(),
});
export const PolicyVocabulariesSchema = z.object({
  instrumentTypes: z.array(VocabularyTermSchema),
  targetGroups: z.array(VocabularyTermSchema),
});

export const PolicyResultSchema = z.object({
  text: text({ min: 1, max: 2000, multiline: true }),
  year: year.nullable(),
});

/** A citation of one of the project's source documents, by file and line range. */
export const DocumentSourceSchema = z.object({
  document: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  lines: z.string().regex(/^\d+(-\d+)?$/),
});

/** The fields of a policy that staff edit and the public sees. */
export const PolicySchema = z
  .object({
    country: Iso3Schema,
    nameOriginal: text({ min: 1, max: 300 }),
    nameEn: text({ min: 1, max: 300 }),
    agency: optionalText({ max: 500 }),
    partners: optionalText({ max: 1000 }),
    launchYear: year.nullable(),
    endYear: year.nullable(),
    status: z.enum(PolicyStatus),
    instrumentTypes: z.array(termSlug).min(1, "chooseInstrumentType").max(100),
    targetGroups: z.array(termSlug).min(1, "chooseTargetGroup").max(100),
    sector: z.enum(Sector).nullable(),
    marketFocus: z.enum(MarketFocus).nullable(),
    pandemicResponse: z.boolean().nullable(),
    description: text({ min: 1, max: 10_000, multiline: true }),
    results: z.array(PolicyResultSchema).max(50),
    notes: optionalText({ max: 4000, multiline: true }),
  })
  .refine((p) => p.endYear === null || p.launchYear === null || p.endYear >= p.launchYear, {
    message: "endBeforeLaunch",
    path: ["endYear"],
  });

/** A policy as the seed file records it: a stable key and its source documents. */
export const PolicySeedSchema = PolicySchema.and(
  z.object({
    key: z.string().regex(/^[A-Z]{3}(-[A-Z0-9]+)+$/),
    sources: z.array(DocumentSourceSchema).min(1),
  }),
);
export type PolicySeed = z.infer<typeof PolicySeedSchema>;

/** A citation as staff enter it: a title, and a URL or a document with its lines. */
export const PolicySourceInputSchema = z.object({
  title: text({ min: 1, max: 500 }),
  url: text({ max: 2000 }).pipe(z.url({ protocol: /^https?$/, error: "invalidUrl" })).nullable(),
  document: optionalText({ max: 200 }),
  lines: z.string().regex(/^\d+(-\d+)?$/, "invalidLines").nullable(),
});

/** What the policy form submits: the policy, its citations, and the version it was loaded at. */
export const PolicyEditSchema = PolicySchema.and(
  z.object({
    sources: z.array(PolicySourceInputSchema).max(20),
    /** The version the editor started from; absent for a new policy. */
    version: idOf("formAltered").nullable(),
  }),
);
export type PolicyEdit = z.infer<typeof PolicyEditSchema>;

/** What the policy action takes: an edit, and the policy's id (null for a new draft). */
export const SavePolicySchema = PolicyEditSchema.and(z.object({ id: idOf("formAltered").nullable() }));
export type SavePolicyInput = z.infer<typeof SavePolicySchema>;
