import { describe, expect, it } from "vitest";
import { cleanText, id, idOf, INT4_MAX, isCleanText, optionalText, text, wholeNumber } from "@/lib/core/schema-parts";
import { parsePolicySearch } from "@/lib/policies/view-state/search";
import { parseSearchView } from "@/lib/regulations/view-state";

describe("shared schema parts", () => {
  it("normalises and trims text, and refuses NUL and control characters", () => {
    expect(text({ max: 20 }).parse("  Cafe\u0301  ")).toBe("Café");
    expect(text({ max: 20 }).safeParse("a\u0000b").error?.issues[0].message).toBe("controlCharacter");
    expect(text({ max: 20 }).safeParse("a\nb").success).toBe(false);
    expect(text({ max: 20, multiline: true }).parse("a\nb\tc")).toBe("a\nb\tc");
    expect(text({ max: 20, multiline: true }).safeParse("a\u0000b").success).toBe(false);
    expect(text({ max: 3 }).safeParse("abcd").success).toBe(false);
    expect(text({ max: 3, min: 1 }).safeParse("   ").success).toBe(false);
  });

  it("refuses half a character (an unpaired UTF-16 surrogate), keeps whole ones", () => {
    for (const half of ["\ud800", "a\udbffb", "\udc00", "x\udfff"]) {
      expect(text({ max: 20 }).safeParse(half).error?.issues[0].message, JSON.stringify(half)).toBe("controlCharacter");
      expect(optionalText({ max: 20, multiline: true }).safeParse(half).success, JSON.stringify(half)).toBe(false);
      expect(isCleanText(half), JSON.stringify(half)).toBe(false);
    }
    expect(text({ max: 20 }).parse("Brasil \ud83c\udde7\ud83c\uddf7")).toBe("Brasil \ud83c\udde7\ud83c\uddf7");
    expect(cleanText("a\ud800b", 10)).toBe("a\ufffdb");
  });

  it("reads an empty optional field as null", () => {
    expect(optionalText({ max: 5 }).parse("  ")).toBeNull();
    expect(optionalText({ max: 5 }).parse(undefined)).toBeNull();
    expect(optionalText({ max: 5 }).parse(" x ")).toBe("x");
    expect(optionalText({ max: 5 }).safeParse("\u0000").success).toBe(false);
  });

  it("keeps whole numbers within their column's range", () => {
    expect(id.parse("42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "99999999999", "1e300", "abc", ""]) expect(id.safeParse(bad).success, bad).toBe(false);
    expect(id.parse(String(INT4_MAX))).toBe(INT4_MAX);
    expect(wholeNumber(1900, 2100).safeParse("2101").success).toBe(false);
  });

  it("gives one message code for every way a hidden id is wrong", () => {
    for (const bad of ["abc", "0", "99999999999", "1.5", ""]) expect(idOf("formAltered").safeParse(bad).error?.issues.map((i) => i.message), bad).toEqual(["formAltered"]);
  });

  it("lets a form say more than the generic length messages", () => {
    const message = text({ min: 10, max: 20, messages: { min: "messageTooShort", max: "messageTooLong" } });
    expect(message.safeParse("short").error?.issues[0].message).toBe("messageTooShort");
    expect(message.safeParse("x".repeat(21)).error?.issues[0].message).toBe("messageTooLong");
  });

  it("cleans a search box's text: control characters become spaces, runs collapse, cut at the limit", () => {
    expect(cleanText("datos\u0000personales\u001b[31m ", 200)).toBe("datos personales [31m");
    expect(cleanText("\u0000\u0000", 200)).toBe("");
    expect(cleanText("a".repeat(300), 200)).toHaveLength(200);
    expect(parsePolicySearch({ q: "export\u0000training" }, { economies: [], instrumentTypes: [], targetGroups: [] }).state.q).toBe("export training");
    expect(parseSearchView({ q: "\u0000" }, { economies: [], pillars: [] }).q).toBe("");
  });

  it("tells clean text from text with control characters", () => {
    expect(isCleanText("datos personales")).toBe(true);
    expect(isCleanText("a\u0000")).toBe(false);
  });
});
