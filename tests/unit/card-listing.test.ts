import { describe, expect, it } from "vitest";
import { listedRows } from "@/lib/core/cards/listing";

describe("the rows a page lists of a card", () => {
  const rows = Array.from({ length: 250 }, (_, i) => ({ rank: i + 1 }));

  it("keeps the first rows, in order, and counts them all", () => {
    const { listed, total } = listedRows(rows, 100);
    expect(listed).toHaveLength(100);
    expect(listed[0]).toEqual({ rank: 1 });
    expect(listed.at(-1)).toEqual({ rank: 100 });
    expect(total).toBe(250);
  });

  it("lists every row without a limit or under it", () => {
    expect(listedRows(rows).listed).toHaveLength(250);
    expect(listedRows(rows.slice(0, 40), 100)).toEqual({ listed: rows.slice(0, 40), total: 40 });
  });

  it("refuses a limit that is not a positive integer", () => {
    expect(() => listedRows(rows, 0)).toThrow(RangeError);
    expect(() => listedRows(rows, 2.5)).toThrow(RangeError);
  });
});
