import { z } from "zod";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { optionalText, text } from "@/lib/core/schema-parts";

const url = z.url({ protocol: /^https?$/, error: "invalidUrl" }).max(2000);

/** A source as the seed files give it: a stable key and what a reader needs to find it. */
export const SourceSeedSchema = z.object({
  key: z.string().regex(/^[a-z]+:\S+$/),
  title: text({ min: 1, max: 500 }),
  publisher: optionalText({ max: 300 }),
  url: url.nullable(),
  asOf: optionalText({ max: 200 }),
  /** null: the file does not say what kind of source it is. */
  kind: z.enum(SourceKind).nullable(),
  /** A project document and its lines (kind PROJECT_DOCUMENT). */
  document: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/).nullable().default(null),
  lines: z.string().regex(/^\d+(-\d+)?$/).nullable().default(null),
});
export type SourceSeed = z.infer<typeof SourceSeedSchema>;

/** One row of prisma/seed-data/regulations/sources.csv (see its README). */
export const RegulationSourceRowSchema = z
  .object({
    source_id: z.string().regex(/^S\d{3,}$/),
    url,
    title: text({ min: 1, max: 500 }),
    as_of: optionalText({ max: 200 }),
    kind: z.enum(["official", "reference", "secondary"]),
  })
  .transform((r): SourceSeed => ({
    key: `regulations:${r.source_id}`,
    title: r.title,
    publisher: null,
    url: r.url,
    asOf: r.as_of,
    kind: r.kind.toUpperCase() as SourceKind,
    document: null,
    lines: null,
  }));
