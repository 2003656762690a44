import { describe, expect, it } from "vitest";
import { splitQuery } from "@/lib/policies/queries/filters";
import { finishSnippet, MATCH_END, MATCH_START } from "@/lib/policies/queries/search";
import { gapViewQuery, parseGapView } from "@/lib/policies/view-state/gaps";
import { isCanonical } from "@/lib/core/url-state";
import { pageWindow, parsePolicySearch, policySearchQuery } from "@/lib/policies/view-state/search";

const choices = { economies: ["chl", "per", "usa"], instrumentTypes: ["training", "financing"], targetGroups: ["women"] };

describe("policy search URL state", () => {
  it("reads each parameter on its own, dropping what it does not know", () => {
    const { state } = parsePolicySearch(
      { q: "  export   training ", economy: "CHL,xyz,per,chl", region: "mars", instrument: ["training", "financing"], page: "0", from: "1850", to: "2010" },
      choices,
    );
    expect(state).toMatchObject({ q: "export training", economy: ["chl", "per"], region: [], instrument: ["training", "financing"], page: 1, from: null, to: 2010 });
  });

  it("reads a reversed year range the way it was meant", () => {
    const { state } = parsePolicySearch({ from: "2015", to: "2005" }, choices);
    expect([state.from, state.to]).toEqual([2005, 2015]);
  });

  it("writes only what differs from the default view, lists comma-separated", () => {
    const { spec, state } = parsePolicySearch({}, choices);
    expect(policySearchQuery(spec, state)).toBe("");
    expect(policySearchQuery(spec, state, { q: "digital exporters", economy: ["chl", "per"], page: 2 })).toBe("?q=digital+exporters&economy=chl,per&page=2");
  });

  it("knows when a request's parameters are not the canonical ones (a plain form's, an old link's)", () => {
    const { spec, state } = parsePolicySearch({ q: "export", economy: ["chl", "per"], from: "" }, choices);
    const canonical = policySearchQuery(spec, state);
    expect(canonical).toBe("?q=export&economy=chl,per");
    expect(isCanonical({ economy: "chl,per", q: "export" }, canonical)).toBe(true);
    expect(isCanonical({ q: "export", economy: "chl,per", from: "" }, canonical)).toBe(false); // a form's empty field
    expect(isCanonical({ q: "export", economy: ["chl", "per"] }, canonical)).toBe(false); // one parameter per ticked box
    expect(isCanonical({ q: "export", economy: "chl,per", page: "1" }, canonical)).toBe(false);
    expect(isCanonical({ q: "export", economy: "chl,per,xyz" }, canonical)).toBe(false);
  });

  it("keeps the gap view's economy only when it is a member", () => {
    const { spec, state } = parseGapView({ region: "latin-america", economy: "USA", empty: "maybe" }, ["chl", "per"]);
    expect(state).toEqual({ region: "latin-america", economy: "", empty: "show" });
    expect(gapViewQuery(spec, state, { economy: "chl", empty: "hide" })).toBe("?region=latin-america&economy=chl&empty=hide");
  });
});

describe("policy search text", () => {
  it("splits exclusions off a websearch query", () => {
    expect(splitQuery('online -export -"trade fair" micro-enterprises')).toEqual({ include: "online micro-enterprises", exclude: 'export or "trade fair"' });
    expect(splitQuery("-online")).toEqual({ include: "", exclude: "online" });
  });

  it("marks left-out text with an ellipsis and restores the closing punctuation", () => {
    const description = "Training for rural firms. It helps exporters sell online, with coaching.";
    expect(finishSnippet(`It helps ${MATCH_START}exporters${MATCH_END} sell online, with coaching`, description)).toBe(
      `… It helps ${MATCH_START}exporters${MATCH_END} sell online, with coaching.`,
    );
    expect(finishSnippet(`Training for rural firms`, description)).toBe(description); // no match: the description itself
    expect(finishSnippet("x", "word ".repeat(80)).endsWith(" …")).toBe(true);
  });

  it("offers the first, last and nearby pages", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, "gap", 3, 4, 5, 6, 7, "gap", 10]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
});
