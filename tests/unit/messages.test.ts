import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(tree: object): unknown[] {
  return Object.values(tree).flatMap((value) => (typeof value === "object" && value !== null ? leaves(value) : [value]));
}

describe("UI messages", () => {
  it("have the same keys in English and Spanish", () => {
    expect(keys(messages.es).sort()).toEqual(keys(messages.en).sort());
  });

  it("have no empty strings", () => {
    expect([...leaves(messages.en), ...leaves(messages.es)].filter((m) => typeof m !== "string" || m.trim() === "")).toEqual([]);
  });

  it("include every feature file of each language", () => {
    const en = readdirSync("messages/en").sort();
    expect(readdirSync("messages/es").sort()).toEqual(en);
    // Each file's top-level keys must reach the merged catalogue.
    for (const file of en) {
      for (const locale of ["en", "es"] as const) {
        const part = JSON.parse(readFileSync(`messages/${locale}/${file}`, "utf8"));
        for (const key of Object.keys(part)) expect(messages[locale], `${locale}/${file}: ${key}`).toHaveProperty(key);
      }
    }
  });
});
