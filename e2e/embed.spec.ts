/**
 * Embeds and link previews: the "Embed" dialog's <iframe> code, the
 * chart-only embed route shown on another origin, the oEmbed endpoint with
 * its discovery link, and the Open Graph preview image.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/** A page on another origin (another port of this machine) holding `html`, as a ministry's site would. */
async function hostPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><html lang="en"><head><title>Ministry</title></head><body><h1>Ministry of Trade</h1>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test("the Embed dialog's code shows the view's chart on another site, with its source and a link back that opens the full view", async ({ page, baseURL }) => {
  const view = "/en/explorer/country/chl?granularity=year";
  await page.goto(view);
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this chart" });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByLabel("Embed code").inputValue();
  expect(code).toContain(`src="${baseURL}/en/embed/explorer/country/chl?granularity=year"`);
  expect(code).toMatch(/^<iframe [^>]*title="Chile: e-commerce marketplaces"[^>]*><\/iframe>$/);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  const host = await hostPage(code);
  try {
    await page.goto(host.url);
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { level: 1, name: "Visits to marketplaces in Chile" })).toBeVisible();
    await expect(frame.locator(".recharts-surface").first()).toBeVisible();
    await expect(frame.getByText(/^Source: .*monthly marketplace traffic/)).toBeVisible();
    await expect(frame.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();
    // No portal navigation inside the frame.
    await expect(frame.getByRole("navigation")).toHaveCount(0);
    await frame.getByRole("link", { name: "Open the full view on the FEALAC MSME E-commerce Portal" }).click();
    // The reader's window, not the frame, goes to the full view with the same choices.
    await expect(page).toHaveURL(`${baseURL}${view}`);
    await expect(page.getByRole("heading", { level: 1, name: "Chile: e-commerce marketplaces" })).toBeVisible();
  } finally {
    host.server.close();
  }
});

test("only embed routes may be framed", async ({ request }) => {
  const embed = await request.get("/es/embed/regulations/economy/chl");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(await embed.text()).toContain("Puntajes por pilar de Chile");
  for (const path of ["/es/regulations/economy/chl", "/en/explorer", "/en/sign-in", "/api/v1/marketplaces"]) {
    const response = await request.get(path);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    if (!path.startsWith("/api/")) expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  // A path that is no chart view has no embed.
  expect((await request.get("/en/embed/policies")).status()).toBe(404);
});

test("a view's oEmbed discovery link answers rich JSON with the embed's iframe; other views answer a link", async ({ page, request, baseURL }) => {
  await page.goto("/es/explorer/corridor?direction=latin-america-to-east-asia");
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(discovery).toBeTruthy();
  const answer = await request.get(discovery!);
  expect(answer.status()).toBe(200);
  const json = await answer.json();
  expect(json).toMatchObject({ version: "1.0", type: "rich", provider_name: "Portal FOCALAE de comercio electrónico de las mipymes", width: 760, height: 640 });
  expect(json.title).toMatch(/^Mayores corredores, \d{4}: América Latina → Asia del Este$/);
  expect(json.html).toContain(`src="${baseURL}/es/embed/explorer/corridor?direction=latin-america-to-east-asia"`);
  expect(json.thumbnail_url).toContain("/api/og?url=");

  const link = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/policies`)}&format=json&maxwidth=400`)).json();
  expect(link).toMatchObject({ version: "1.0", type: "link", title: "MSME policy inventory" });
  expect(link.html).toBeUndefined();
  const narrow = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/explorer`)}&maxwidth=400&maxheight=300`)).json();
  expect(narrow).toMatchObject({ type: "rich", width: 400, height: 300 });

  const foreign = await request.get(`/api/oembed?url=${encodeURIComponent("https://example.org/en/explorer")}`);
  expect(foreign.status()).toBe(404);
  expect((await foreign.json()).error.parameter).toBe("url");
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/explorer`)}&format=xml`)).status()).toBe(501);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en/explorer`)}&maxwidth=wide`)).status()).toBe(400);
});

test("a pasted link shows a preview: og:title, og:description and og:image, which is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto("/pt/explorer/country/bra");
  const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
  expect(await meta("og:title")).toContain("Brasil");
  expect(await meta("og:description")).toBeTruthy();
  expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
  const image = await meta("og:image");
  expect(image).toMatch(/\/api\/og\?url=%2Fpt%2Fexplorer%2Fcountry%2Fbra$/);
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // The browser decodes it.
  await page.goto(image!);
  const size = await page.evaluate(() => ({ width: document.images[0]?.naturalWidth, height: document.images[0]?.naturalHeight }));
  expect(size).toEqual({ width: 1200, height: 630 });
});
