import { describe, expect, it } from "vitest";
import { formLocale, localPath } from "@/lib/core/local-path";

describe("redirect targets from a request stay on this site", () => {
  it("keeps same-site paths with their query", () => {
    expect(localPath("/en/admin", "/x")).toBe("/en/admin");
    expect(localPath("/es/admin/policies/3?created=1", "/x")).toBe("/es/admin/policies/3?created=1");
    expect(localPath("/en/explorer?countries=chl%2Cjpn", "/x")).toBe("/en/explorer?countries=chl%2Cjpn");
  });

  it("refuses other hosts however they are written", () => {
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/%2F%2Fevil.example",
      "/%2fevil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "/\tevil.example",
      "/%09/evil.example",
      "/en/%E0%A4%A",
      "",
      null,
      undefined,
    ]) {
      expect(localPath(hostile, "/fallback"), String(hostile)).toBe("/fallback");
    }
  });

  it("takes a form's locale only when it is one of the portal's", () => {
    expect(formLocale("es")).toBe("es");
    expect(formLocale("pt")).toBe("pt");
    expect(formLocale("/evil.example")).toBe("en");
    expect(formLocale("//evil.example")).toBe("en");
    expect(formLocale(null)).toBe("en");
  });
});
