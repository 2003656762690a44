import { z } from "zod";
import { MarketFocus, PolicyStatus, Sector } from "@/lib/generated/prisma/enums";
import { Iso3Schema } from "@/lib/core/regions";

const year = z.int().min(1900).max(2100);
const optionalText = z.string().trim().min(1).nullable();

export const VocabularyTermSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens"),
  nameEn: z.string().trim().min(1),
  nameEs: z.string().trim().min(1),
  sortOrder: z.int(),
});
export const PolicyVocabulariesSchema = z.object({
  instrumentTypes: z.array(VocabularyTermSchema),
  targetGroups: z.array(VocabularyTermSchema),
});

export const PolicyResultSchema = z.object({
  text: z.string().trim().min(1),
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
    nameOriginal: z.string().trim().min(1).max(300),
    nameEn: z.string().trim().min(1).max(300),
    agency: optionalText,
    partners: optionalText,
    launchYear: year.nullable(),
    endYear: year.nullable(),
    status: z.enum(PolicyStatus),
    instrumentTypes: z.array(z.string()).min(1, "chooseInstrumentType"),
    targetGroups: z.array(z.string()).min(1, "chooseTargetGroup"),
    sector: z.enum(Sector).nullable(),
    marketFocus: z.enum(MarketFocus).nullable(),
    pandemicResponse: z.boolean().nullable(),
    description: z.string().trim().min(1),
    results: z.array(PolicyResultSchema),
    notes: optionalText,
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
  title: z.string().trim().min(1).max(500),
  url: z.url({ protocol: /^https?$/, error: "invalidUrl" }).nullable(),
  document: z.string().trim().max(200).nullable(),
  lines: z.string().regex(/^\d+(-\d+)?$/, "invalidLines").nullable(),
});

/** What the policy form submits: the policy, its citations, and the version it was loaded at. */
export const PolicyEditSchema = PolicySchema.and(
  z.object({
    sources: z.array(PolicySourceInputSchema).max(20),
    /** The version the editor started from; absent for a new policy. */
    version: z.int().positive().nullable(),
  }),
);
export type PolicyEdit = z.infer<typeof PolicyEditSchema>;
