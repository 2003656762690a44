import { z } from "zod";
import { idOf, text } from "@/lib/core/schema-parts";

/** The two controlled vocabularies of the policy inventory that admins edit. */
export const VOCABULARIES = ["instrument-types", "target-groups"] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

// The vocabulary and the term being edited travel in hidden fields: a bad
// value there means the form was altered or is out of date, and says so.
const vocabulary = z.enum(VOCABULARIES, "unknownVocabulary");
const termId = idOf("unknownTerm");
const name = text({ min: 1, max: 120 });

/** Add a term (no id) or rename one; a term's slug never changes, so links keep working. */
export const TermSaveSchema = z.object({
  vocabulary,
  id: z.preprocess((v) => (v === "" || v === undefined ? null : v), termId.nullable()),
  nameEn: name,
  nameEs: name,
});

/** Merge `fromId` into `intoId`: its policies move to the other term and it is removed. */
export const TermMergeSchema = z
  .object({ vocabulary, fromId: termId, intoId: idOf("chooseTerm") })
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
