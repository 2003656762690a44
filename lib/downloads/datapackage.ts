/**
 * datapackage.json of the full download (Frictionless Tabular Data Package):
 * one resource per dataset CSV, each field with its name as in the CSV header
 * (unit in brackets), type, description and unit.
 */
import { DATASETS } from "@/lib/downloads/datasets";
import { csvHeader } from "@/lib/core/columns";

export function buildDataPackage(version: string): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "fealac-msme-ecommerce",
    title: "FEALAC portal on MSME participation in cross-border e-commerce — all datasets",
    version,
    description:
      "Every dataset of the portal as CSV. Marketplace traffic rows with data_status=demonstration are generated demonstration figures, not real measurements; country indicators are real and cite their sources (SOURCES.md).",
    resources: DATASETS.map((d) => ({
      name: d.id,
      path: `${d.id}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: d.description,
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: d.columns.map((c) => ({
          name: csvHeader(c),
          title: c.name,
          type: c.type,
          description: c.description,
          ...(c.unit ? { unit: c.unit } : {}),
          ...(c.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
        })),
      },
    })),
  };
}
