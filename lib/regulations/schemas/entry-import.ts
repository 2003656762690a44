/**
 * One row of prisma/seed-data/regulations/entries.csv (see its README) as the
 * importer reads it: the economy × indicator fact, its score as given (blank:
 * the status is known, the score is not set), and the ids of its sources.
 */
import { z } from "zod";
import { Iso3Schema } from "@/lib/core/regions";
import { optionalText } from "@/lib/core/schema-parts";
import type { RegulationStatus } from "@/lib/generated/prisma/enums";

const score = z.enum(["", "0", "0.5", "1"]).transform((s) => (s === "" ? null : Number(s)));
const year = z
  .string()
  .regex(/^(\d{4})?$/, "a four-digit year or empty")
  .transform((y) => (y === "" ? null : Number(y)));

export const RegulationEntryRowSchema = z
  .object({
    economy_iso3: Iso3Schema,
    indicator_code: z.string().regex(/^(P\d{2}|TF)\.\d+$/),
    answer: optionalText({ max: 2000 }),
    score,
    instrument_name: optionalText({ max: 500 }),
    instrument_number: optionalText({ max: 200 }),
    instrument_year: year,
    description: optionalText({ max: 4000, multiline: true }),
    source_ids: z
      .string()
      .regex(/^S\d{3,}(\|S\d{3,}){0,4}$/, "one to five source ids separated by |")
      .transform((ids) => ids.split("|")),
  })
  .transform((r) => ({
    country: r.economy_iso3,
    indicator: r.indicator_code,
    status: importedStatus(r.score, r.answer ?? ""),
    answer: r.answer,
    score: r.score,
    instrumentName: r.instrument_name,
    instrumentNumber: r.instrument_number,
    instrumentYear: r.instrument_year,
    description: r.description,
    sourceKeys: r.source_ids.map((id) => `regulations:${id}`),
  }));
export type ImportedEntry = z.output<typeof RegulationEntryRowSchema>;

/**
 * The entry's status from its score and answer. A score settles it (0: the
 * open regime is in force; 0.5: partial; 1: none). Without a score the answer
 * says what is known: "none … draft pending" is a draft, "no …", "none" and
 * "not party" are none, a signature or an unconfirmed programme is partial,
 * and anything else (a party, a de minimis in force) is in force.
 */
export function importedStatus(score: number | null, answer: string): Exclude<RegulationStatus, "NO_DATA"> {
  if (score === 0) return "IN_FORCE";
  if (score === 0.5) return "PARTIAL";
  if (score === 1) return "NONE";
  if (/^(no|none)\b/i.test(answer) && /\b(draft|pending)\b/i.test(answer)) return "DRAFT";
  if (/^(no|none|not party)\b/i.test(answer)) return "NONE";
  if (/\bsignatory\b|\bnot confirmed\b/i.test(answer)) return "PARTIAL";
  return "IN_FORCE";
}
