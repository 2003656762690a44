import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { loadAllMessages, MESSAGE_FILES } from "@/messages";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(tree: object): unknown[] {
  return Object.values(tree).flatMap((value) => (typeof value === "object" && value !== null ? leaves(value) : [value]));
}

/**
 * The ICU arguments of a message, nested ones included, with their type and,
 * for plural and select, their selectors: "count:plural[=0,one,other]". A
 * translation must keep them exactly; only the text between them changes.
 */
function icuArguments(message: string): string[] {
  const found: string[] = [];
  let i = 0;
  const fail = () => {
    throw new Error(`Unreadable ICU message at ${i}: ${message}`);
  };
  /** Text up to the "}" that closes a plural or select branch (none at the top level). */
  const text = (top = false) => {
    while (i < message.length && (top || message[i] !== "}")) {
      if (message[i++] === "{") argument();
    }
  };
  const argument = () => {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?(?=[,}])/.exec(message.slice(i));
    // A brace that opens no argument is read as text, as next-intl does ("{ error: { code } }").
    if (!head) return;
    i += head[0].length;
    const [, name, type] = head;
    if (message[i] === "}") {
      i++;
      found.push(type ? `${name}:${type}` : name);
      return;
    }
    if (message[i++] !== ",") fail();
    if (type === "plural" || type === "select" || type === "selectordinal") {
      const selectors: string[] = [];
      for (;;) {
        const selector = /^\s*(?:offset:\s*\d+\s*)?([^\s{}]+)\s*\{/.exec(message.slice(i));
        if (!selector) break;
        selectors.push(selector[1]);
        i += selector[0].length;
        text();
        if (message[i++] !== "}") fail();
      }
      const end = /^\s*\}/.exec(message.slice(i)) ?? fail()!;
      i += end[0].length;
      found.push(`${name}:${type}[${selectors.sort().join(",")}]`);
    } else {
      const close = message.indexOf("}", i);
      if (close < 0) fail();
      found.push(`${name}:${type}:${message.slice(i, close).trim()}`);
      i = close + 1;
    }
  };
  text(true);
  return found.sort();
}

function at(tree: object, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
}

const messages = await loadAllMessages();
const others = routing.locales.filter((locale) => locale !== "en");

describe("UI messages", () => {
  it("are loaded for every locale of the routing config", () => {
    expect(Object.keys(messages).sort()).toEqual([...routing.locales].sort());
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)("have the same keys in %s as in English", (locale) => {
    expect(keys(messages[locale]).sort()).toEqual(keys(messages.en).sort());
  });

  it.each(others)("keep the English ICU arguments, types and selectors in %s", (locale) => {
    const differing = keys(messages.en).filter((key) => {
      const en = at(messages.en, key);
      const other = at(messages[locale], key);
      return typeof en === "string" && typeof other === "string" && icuArguments(en).join() !== icuArguments(other).join();
    });
    expect(differing).toEqual([]);
  });

  it("have no empty strings", () => {
    const all = routing.locales.flatMap((locale) => leaves(messages[locale]));
    expect(all.filter((m) => typeof m !== "string" || m.trim() === "")).toEqual([]);
  });

  it("include every feature file of each language", () => {
    const en = readdirSync("messages/en").sort();
    expect([...MESSAGE_FILES].map((file) => `${file}.json`).sort()).toEqual(en);
    for (const locale of others) expect(readdirSync(`messages/${locale}`).sort(), locale).toEqual(en);
    // Each file's top-level keys must reach the merged catalogue.
    for (const file of en) {
      for (const locale of routing.locales) {
        const part = JSON.parse(readFileSync(`messages/${locale}/${file}`, "utf8"));
        for (const key of Object.keys(part)) expect(messages[locale], `${locale}/${file}: ${key}`).toHaveProperty(key);
      }
    }
  });
});
