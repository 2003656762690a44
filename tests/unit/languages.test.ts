import { describe, expect, it } from "vitest";
import { languageTag, routing } from "@/i18n/routing";
import { csvLocale } from "@/lib/core/cards/csv";
import { csvHref } from "@/lib/core/cards/href";
import type { AnyView } from "@/lib/core/cards/types";
import { countryName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";

const compare: AnyView = { path: ["explorer", "compare"], resolve: async () => null, cards: {} };

describe("interface languages", () => {
  it("are English, Spanish and Brazilian Portuguese, English first", () => {
    expect(routing.locales).toEqual(["en", "es", "pt"]);
    expect(routing.defaultLocale).toBe("en");
    expect(routing.locales.map(languageTag)).toEqual(["en", "es", "pt-BR"]);
  });

  it("name the CSV's language in its link and read it back; anything else is English", () => {
    for (const locale of routing.locales) {
      const href = csvHref(compare, "series", "?countries=chl,jpn", locale);
      expect(csvLocale(new URL(href, "http://portal.test"))).toBe(locale);
    }
    expect(csvHref(compare, "series", "?countries=chl,jpn", "en")).toBe("/api/csv/explorer/compare/series?countries=chl,jpn");
    expect(csvHref(compare, null, "", "pt")).toBe("/api/csv/explorer/compare?lang=pt");
    for (const lang of ["", "pt-BR", "PT", "fr", "%00", "es&lang=pt"]) {
      expect(csvLocale(new URL(`http://portal.test/api/csv/explorer?lang=${lang}`)), lang).toBe(lang === "es&lang=pt" ? "es" : "en");
    }
  });

  it("give country names in Brazilian Portuguese", () => {
    expect(countryName("JPN", "pt")).toBe("Japão");
    expect(countryName("VNM", "pt")).toBe("Vietnã");
    expect(countryName("COD", "pt")).toBe("República Democrática do Congo");
    expect(countryName("COG", "pt")).toBe("República do Congo");
    expect(countryName("VNM", "es")).toBe("Vietnam");
    expect(countryName("VNM", "en")).toBe("Vietnam");
    // A language the package has no names for gets English; an unknown code stays as it is.
    expect(countryName("JPN", "xx")).toBe("Japan");
    expect(countryName("ZZZ", "pt")).toBe("ZZZ");
  });

  it("show database names in English where the database has no column for the language", () => {
    const row = { nameEn: "Digital exporters", nameEs: "Exportadores digitales" };
    expect(localizedName(row, "es")).toBe("Exportadores digitales");
    expect(localizedName(row, "pt")).toBe("Digital exporters");
    expect(localizedName(row, "en")).toBe("Digital exporters");
  });
});
