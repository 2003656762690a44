import { describe, expect, it } from "vitest";
import { iframeSnippet } from "@/lib/core/share/iframe";
import { parsePortalUrl } from "@/lib/core/share/portal-url";
import { shareMetadata } from "@/lib/core/share/view-metadata";
import { embedHref, matchEmbeddable, splitLocale, viewHref } from "@/lib/core/share/views";
import { memberName } from "@/lib/core/i18n/country-names";
import { isEmbedPath } from "@/lib/core/http/security-headers";

const ORIGIN = "https://portal.example.org";

describe("embeddable views", () => {
  it("names each chart view and its parameters", () => {
    expect(matchEmbeddable("/explorer")).toEqual({ view: "region", params: {} });
    expect(matchEmbeddable("/explorer/country/chl")).toEqual({ view: "country", params: { iso3: "chl" } });
    expect(matchEmbeddable("/explorer/marketplace/mercado-libre-ar")).toEqual({ view: "marketplace", params: { slug: "mercado-libre-ar" } });
    expect(matchEmbeddable("/regulations/economy/JPN")).toEqual({ view: "economy", params: { iso3: "JPN" } });
  });

  it("has no embed for views without a chart, or for odd segments", () => {
    for (const path of ["/", "/policies", "/explorer/country", "/explorer/country/chl/extra", "/explorer/country/%3Cx%3E", "/regulations/similarity"]) {
      expect(matchEmbeddable(path), path).toBeNull();
    }
  });

  it("moves a view to its embed route and back with the same query", () => {
    const view = { locale: "es" as const, path: "/explorer/country/chl", search: "?granularity=year" };
    expect(embedHref(view)).toBe("/es/embed/explorer/country/chl?granularity=year");
    expect(viewHref(view)).toBe("/es/explorer/country/chl?granularity=year");
    expect(splitLocale("/pt/explorer/")).toEqual({ locale: "pt", path: "/explorer" });
    expect(splitLocale("/fr/explorer")).toBeNull();
    expect(isEmbedPath("/en/embed/explorer")).toBe(true);
    expect(isEmbedPath("/en/embedded")).toBe(false);
    expect(isEmbedPath("/en/explorer")).toBe(false);
  });
});

describe("links to the portal", () => {
  it("reads a view's link on the portal's origin", () => {
    const view = parsePortalUrl(`${ORIGIN}/en/explorer/compare?countries=chl&countries=jpn`, ORIGIN);
    expect(view).toMatchObject({ locale: "en", path: "/explorer/compare", search: "?countries=chl&countries=jpn", embeddable: { view: "compare" } });
    expect(view?.query.countries).toEqual(["chl", "jpn"]);
    expect(parsePortalUrl("/es/policies", ORIGIN)).toMatchObject({ locale: "es", path: "/policies", embeddable: null });
  });

  it("refuses other sites, unknown languages, embeds, API routes and malformed links", () => {
    for (const url of ["https://example.org/en/explorer", "//example.org/en/explorer", `${ORIGIN}/fr/explorer`, `${ORIGIN}/en/embed/explorer`, `${ORIGIN}/api/oembed`, "http://[bad"]) {
      expect(parsePortalUrl(url, ORIGIN), url).toBeNull();
    }
  });

  it("writes iframe code whose attributes cannot be broken out of", () => {
    const code = iframeSnippet(`${ORIGIN}/en/embed/explorer?x="><script>`, 'A "title" <b>');
    expect(code).toBe(
      `<iframe src="${ORIGIN}/en/embed/explorer?x=&quot;&gt;&lt;script&gt;" title="A &quot;title&quot; &lt;b&gt;" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });

  it("gives every view its oEmbed discovery link and preview card", () => {
    const metadata = shareMetadata(`${ORIGIN}/pt/explorer?region=east-asia`, "Portal");
    expect(metadata.alternates?.types).toEqual({ "application/json+oembed": `/api/oembed?url=${encodeURIComponent(`${ORIGIN}/pt/explorer?region=east-asia`)}&format=json` });
    expect(metadata.openGraph).toMatchObject({ url: `${ORIGIN}/pt/explorer?region=east-asia`, locale: "pt_BR", images: [{ url: "/api/og?url=%2Fpt%2Fexplorer%3Fregion%3Deast-asia", width: 1200, height: 630 }] });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
    expect(shareMetadata(null, "Portal")).toEqual({});
  });
});

describe("member names", () => {
  it("reads English and Spanish from the catalogue and Portuguese from the ISO names", () => {
    const brazil = { iso3: "BRA", nameEn: "Brazil", nameEs: "Brasil" };
    expect([memberName(brazil, "en"), memberName(brazil, "es"), memberName(brazil, "pt")]).toEqual(["Brazil", "Brasil", "Brasil"]);
    expect(memberName({ iso3: "JPN", nameEn: "Japan", nameEs: "Japón" }, "pt")).toBe("Japão");
  });
});
