import { describe, expect, it } from "vitest";
import { chartFileName, trafficSource } from "@/lib/core/charts/credit";

describe("chartFileName", () => {
  it("joins the words in lower case, accents and punctuation dropped", () => {
    expect(chartFileName("Visitas a marketplaces de América Latina", "year")).toBe("visitas-a-marketplaces-de-america-latina-year");
    expect(chartFileName("Largest corridors, 2024: Japan → Chile")).toBe("largest-corridors-2024-japan-chile");
  });

  it("stays short and never empty", () => {
    expect(chartFileName("x".repeat(200)).length).toBeLessThanOrEqual(80);
    expect(chartFileName("→ — …")).toBe("chart");
  });
});

describe("trafficSource", () => {
  const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;

  it("names every source the rows name", () => {
    expect(trafficSource(t, ["Panel A", "Panel B"])).toBe('credit.traffic{"sources":"Panel A; Panel B"}');
  });

  it("credits the panel alone when the rows name none", () => {
    expect(trafficSource(t, [])).toBe("credit.trafficUnknown");
  });
});
