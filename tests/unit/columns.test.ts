import { describe, expect, it } from "vitest";
import { COLUMNS, csvHeader, type ColumnSpec } from "@/lib/core/columns";
import { rowSchema } from "@/lib/downloads/api-schema";
import { buildDataPackage } from "@/lib/downloads/datapackage";
import { DATASETS } from "@/lib/downloads/datasets";

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const CORE_BY_NAME = new Map<string, ColumnSpec>(Object.values(COLUMNS).map((c) => [c.name, c]));

describe("every dataset's columns follow the one column convention", () => {
  for (const dataset of DATASETS) {
    describe(dataset.id, () => {
      const names = dataset.columns.map((c) => c.name);

      it("names its columns in snake_case, once each, without a unit spelled into the name", () => {
        for (const name of names) {
          expect(name, name).toMatch(SNAKE_CASE);
          expect(name, `${name}: a unit or range belongs in \`unit\``).not.toMatch(/_\d/);
        }
        expect(new Set(names).size).toBe(names.length);
      });

      it("uses country_iso3 and data_status, never economy_iso3 or demonstration_data", () => {
        expect(names).not.toContain("economy_iso3");
        expect(names).not.toContain("demonstration_data");
        expect(names.includes("data_status"), "has a data_status column").toBe(dataset.hasDataStatus);
      });

      it("gives a column named like a core column that column's type", () => {
        for (const c of dataset.columns) {
          const core = CORE_BY_NAME.get(c.name);
          if (core) expect(c.type, c.name).toBe(core.type);
        }
      });

      it("has a description for every column", () => {
        for (const c of dataset.columns) expect(c.description.trim(), c.name).not.toBe("");
      });
    });
  }
});

describe("csvHeader", () => {
  it("puts the unit in brackets after the name, and gives the bare name without one", () => {
    expect(csvHeader(COLUMNS.shareOfVisits)).toBe("share_of_visits [share 0-1]");
    expect(csvHeader(COLUMNS.score)).toBe("score [0 open to 1 restrictive]");
    expect(csvHeader(COLUMNS.countryIso3)).toBe("country_iso3");
    for (const c of DATASETS.flatMap((d) => d.columns)) expect(csvHeader(c)).toBe(c.unit ? `${c.name} [${c.unit}]` : c.name);
  });
});

describe("the dictionary's other outputs follow the columns", () => {
  it("datapackage.json names each field as its CSV header, with the unit", () => {
    const pkg = buildDataPackage("20250101T000000000") as { resources: Array<{ name: string; schema: { fields: Array<{ name: string; title: string; unit?: string }> } }> };
    for (const dataset of DATASETS) {
      const fields = pkg.resources.find((r) => r.name === dataset.id)!.schema.fields;
      expect(fields.map((f) => f.name)).toEqual(dataset.columns.map(csvHeader));
      expect(fields.map((f) => f.title)).toEqual(dataset.columns.map((c) => c.name));
      expect(fields.map((f) => f.unit)).toEqual(dataset.columns.map((c) => c.unit));
    }
  });

  it("the JSON API's rows have one key per column name", () => {
    for (const dataset of DATASETS) expect(Object.keys(rowSchema(dataset).shape)).toEqual(dataset.columns.map((c) => c.name));
  });
});
