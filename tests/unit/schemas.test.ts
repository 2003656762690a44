import { describe, expect, it } from "vitest";
import { CountrySchema } from "@/lib/core/regions";
import { MarketplaceSchema } from "@/lib/explorer/schemas/marketplace";

const marketplace = {
  name: "Mercado Libre Chile",
  domain: "mercadolibre.cl",
  country: "CHL",
  businessModel: "BOTH",
  sector: "GOODS",
  category: "GENERAL",
  transactional: true,
  foreignSellersAccepted: null,
  yearFounded: 1999,
  logisticsOffered: true,
  paymentsOffered: true,
  notes: null,
};

describe("marketplace schema", () => {
  it("accepts a marketplace with unknown characteristics left null", () => {
    expect(MarketplaceSchema.safeParse(marketplace).success).toBe(true);
  });

  it.each([["www.mercadolibre.cl"], ["https://mercadolibre.cl"], ["MercadoLibre.cl"]])("rejects the domain %s", (domain) => {
    const result = MarketplaceSchema.safeParse({ ...marketplace, domain });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["domain"]);
  });

  it("rejects an unknown category", () => {
    expect(MarketplaceSchema.safeParse({ ...marketplace, category: "SHOES" }).success).toBe(false);
  });
});

describe("country schema", () => {
  it("requires a region for a FEALAC member", () => {
    const result = CountrySchema.safeParse({
      iso3: "CHL", iso2: "CL", isoNumeric: "152", nameEn: "Chile", nameEs: "Chile", region: null, isFealacMember: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["region"]);
  });
});
