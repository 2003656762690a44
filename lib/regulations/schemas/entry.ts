import { z } from "zod";
import { RegulationStatus } from "@/lib/generated/prisma/enums";
import { idOf, optionalText, text } from "@/lib/core/schema-parts";

/** The current year is read at validation time, never cached. */
const thisYear = () => new Date().getUTCFullYear();

const year = z
  .int()
  .min(1800)
  .refine((y) => y <= thisYear(), "yearInFuture")
  .nullable();

export const MAX_SOURCE_URLS = 5;
export const SCORES = [0, 0.5, 1] as const;

/**
 * The fields of a regulation entry that staff edit. The score rule: an entry
 * whose status is NO_DATA ("we do not know") has no score; any other status
 * may have one (0 open, 0.5 partial, 1 restrictive, as the indicator's rule
 * says) or none yet: the status is known, the score is not set. Verification
 * is not a field: it is set by verifying (lib/regulations/actions/verify-regulation-entry.ts).
 */
export const RegulationEntryFieldsSchema = z
  .object({
    status: z.enum(RegulationStatus),
    answer: optionalText({ max: 2000, multiline: true }),
    score: z.union([z.literal(0), z.literal(0.5), z.literal(1)], { error: "chooseScore" }).nullable(),
    instrumentName: optionalText({ max: 500 }),
    instrumentNumber: optionalText({ max: 200 }),
    instrumentYear: year,
    lastAmendedYear: year,
    article: optionalText({ max: 300 }),
    description: optionalText({ max: 4000, multiline: true }),
    coverage: optionalText({ max: 1000, multiline: true }),
    sourceUrls: z.array(text({ max: 2000 }).pipe(z.url({ protocol: /^https?$/, error: "invalidUrl" }))).max(MAX_SOURCE_URLS, "tooManyUrls"),
  })
  .superRefine((e, ctx) => {
    if (e.status === "NO_DATA" && e.score !== null) ctx.addIssue({ code: "custom", path: ["score"], message: "scoreWithNoData" });
    if (e.instrumentYear !== null && e.lastAmendedYear !== null && e.lastAmendedYear < e.instrumentYear) {
      ctx.addIssue({ code: "custom", path: ["lastAmendedYear"], message: "amendedBeforeInstrument" });
    }
  });
export type RegulationEntryFields = z.infer<typeof RegulationEntryFieldsSchema>;

/**
 * What the entry form submits: the entry, the version the editor loaded, and
 * whether the editor also verifies it against its sources ("Save and mark
 * verified"). A save without it leaves a changed entry unverified.
 */
export const RegulationEntryEditSchema = RegulationEntryFieldsSchema.and(
  z.object({ id: idOf("formAltered"), version: idOf("formAltered"), verify: z.boolean().default(false) }),
);
export type RegulationEntryEdit = z.infer<typeof RegulationEntryEditSchema>;

export const ReviewSuggestionSchema = z.object({
  id: idOf("formAltered"),
  decision: z.enum(["accept", "reject"]),
});

/** A correction proposed by a visitor. `website` is the honeypot: people never see it. */
export const SuggestionSchema = z.object({
  entryId: idOf("formAltered"),
  message: text({ min: 10, max: 2000, multiline: true, messages: { min: "messageTooShort", max: "messageTooLong" } }),
  contactEmail: z.email({ error: "invalidEmail" }).max(320).nullable(),
  website: z.string().optional(),
});
export type SuggestionInput = z.infer<typeof SuggestionSchema>;
