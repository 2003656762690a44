import { z } from "zod";
import { BusinessModel, MarketplaceCategory, Sector } from "@/lib/generated/prisma/enums";
import { Iso3Schema } from "@/lib/core/regions";

/** A marketplace's slug, as in its address (/explorer/marketplace/<slug>) and the download filters: its domain with dots as hyphens. */
export const MarketplaceSlugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** A marketplace and its characteristics; null means "unknown". */
export const MarketplaceSchema = z.object({
  name: z.string().trim().min(1).max(120),
  domain: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a lower-case domain without scheme or www., e.g. mercadolibre.com.ar")
    .refine((d) => !d.startsWith("www."), "must not start with www."),
  country: Iso3Schema,
  businessModel: z.enum(BusinessModel).nullable(),
  sector: z.enum(Sector).nullable(),
  category: z.enum(MarketplaceCategory),
  transactional: z.boolean().nullable(),
  foreignSellersAccepted: z.boolean().nullable(),
  yearFounded: z.int().min(1800).max(2100).nullable(),
  logisticsOffered: z.boolean().nullable(),
  paymentsOffered: z.boolean().nullable(),
  notes: z.string().trim().min(1).nullable(),
});
export type MarketplaceInput = z.infer<typeof MarketplaceSchema>;

/** Relative traffic size, used only to generate demonstration series. */
export const DemoScaleSchema = z.enum(["XL", "L", "M", "S"]);
export type DemoScale = z.infer<typeof DemoScaleSchema>;

export const MarketplaceSeedSchema = MarketplaceSchema.extend({ demoScale: DemoScaleSchema });
export type MarketplaceSeed = z.infer<typeof MarketplaceSeedSchema>;
