import { z } from "zod";

/** The two controlled vocabularies of the policy inventory that admins edit. */
export const VOCABULARIES = ["instrument-types", "target-groups"] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

const vocabulary = z.enum(VOCABULARIES, "chooseOption");
const termId = z.coerce.number().int().positive();
const name = z.string().trim().min(1, "required").max(120, "tooLong");

/** Add a term (no id) or rename one; a term's slug never changes, so links keep working. */
export const TermSaveSchema = z.object({
  vocabulary,
  id: z.union([z.literal("").transform(() => null), termId]).nullable().default(null),
  nameEn: name,
  nameEs: name,
});

/** Merge `fromId` into `intoId`: its policies move to the other term and it is removed. */
export const TermMergeSchema = z
  .object({ vocabulary, fromId: termId, intoId: z.coerce.number({ error: "chooseTerm" }).int("chooseTerm").positive("chooseTerm") })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "mergeIntoItself" });

/** A new term's slug: its English name in lower-case words joined by hyphens, accents dropped. */
export function slugOf(nameEn: string): string {
  return nameEn
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
