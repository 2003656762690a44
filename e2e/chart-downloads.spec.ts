/**
 * "Download PNG" and "Download SVG" under every chart
 * (components/ui/chart-downloads.tsx): the images carry the chart's title,
 * its source and, for generated numbers, the demonstration marker.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

async function download(page: Page, name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).first().click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

test("the region overview's chart downloads as an SVG with its title, source, link and demonstration marker", async ({ page }) => {
  await page.goto("/en/explorer?region=latin-america");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  const { fileName, bytes } = await download(page, /^Download SVG/);
  expect(fileName).toBe("visits-to-marketplaces-in-latin-america-month.svg");
  const svg = bytes.toString("utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain(">Visits to marketplaces in Latin America</text>");
  expect(svg).toContain("Source: Demonstration data");
  expect(svg).toContain("Demonstration data: generated numbers, not real traffic");
  expect(svg).toContain("/en/explorer?region=latin-america");
  // The chart itself: its line and axis ticks.
  expect(svg).toContain("recharts-line-curve");

  // The browser opens it as an image.
  const size = await page.evaluate(async (markup) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, svg);
  expect(size.width).toBeGreaterThan(600);
  expect(size.height).toBeGreaterThan(400);
});

test("a chart downloads as a PNG at twice its size, with text drawn above and below the chart", async ({ page }) => {
  await page.goto("/en/regulations/economy/chl");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  const { fileName, bytes } = await download(page, /^Download PNG/);
  expect(fileName).toBe("pillar-scores-chl.png");
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1280);
  expect(height).toBeGreaterThan(400);

  // Dark pixels in the title band (top) and in the source band (bottom): the text is drawn in, not left to the page.
  const bands = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const dark = (top: number, bottom: number) => {
      const { data } = context.getImageData(0, top, canvas.width, bottom - top);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) count++;
      return count;
    };
    return { title: dark(0, 120), footer: dark(canvas.height - 100, canvas.height) };
  }, bytes.toString("base64"));
  expect(bands.title).toBeGreaterThan(200);
  expect(bands.footer).toBeGreaterThan(200);
});

test("the buttons name their chart and answer in Spanish", async ({ page }) => {
  await page.goto("/es/explorer/corridor");
  await expect(page.getByRole("button", { name: /^Descargar PNG: Mayores corredores/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Descargar SVG: Mayores corredores/ })).toBeVisible();
});
