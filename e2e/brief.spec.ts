/**
 * The country brief (/brief/<iso3>) as a policymaker gets it: printed to PDF
 * by Chromium, its text read back from the PDF. The economy, the headline
 * figure as the page shows it, a regulation pillar and the demonstration
 * marker must all be on paper; print media hides the site's navigation.
 */
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";

/** Spaces as the PDF and the page may write them (no-break, narrow no-break, line ends), made one plain space. */
const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

async function pdfText(page: Page): Promise<{ text: string; pages: number }> {
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: normalize(text), pages: totalPages };
}

test.describe("Country brief", () => {
  test("prints Chile's brief with its headline, a pillar and the demonstration marker", async ({ page }, testInfo) => {
    await page.goto("/en/brief/chl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Country brief: Chile");
    const headline = normalize((await page.getByTestId("brief-headline").locator("strong").textContent()) ?? "");
    expect(headline).toMatch(/^[\d,]+ visits in \d{4} to the marketplaces of Chile$/);
    const pillar = normalize((await page.getByRole("region", { name: "Regulation pillar scores" }).getByRole("rowheader").first().textContent()) ?? "");
    expect(pillar).toMatch(/^P\d\d — \S/);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Share" })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath("brief-print.png"), fullPage: true });

    const { text, pages } = await pdfText(page);
    expect(pages).toBeGreaterThan(0);
    expect(text).toContain("Country brief: Chile");
    expect(text).toContain(headline);
    expect(text).toContain(pillar);
    expect(text).toContain("Demonstration data");
    expect(text).not.toContain("Main navigation");
  });

  test("prints the brief in Spanish", async ({ page }) => {
    await page.goto("/es/brief/chl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ficha país: Chile");
    const headline = normalize((await page.getByTestId("brief-headline").locator("strong").textContent()) ?? "");
    expect(headline).toMatch(/^[\d.]+ visitas en \d{4} a las plataformas de Chile$/);
    const { text } = await pdfText(page);
    expect(text).toContain("Ficha país: Chile");
    expect(text).toContain(headline);
    expect(text).toContain("Puntuaciones de los pilares de regulación");
    expect(text).toContain("Datos de demostración");
  });

  test("is linked from the three country views, and an unknown economy is not found", async ({ page }) => {
    for (const path of ["/en/explorer/country/chl", "/en/regulations/economy/chl", "/en/policies/country/chl"]) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: "Printable brief" })).toHaveAttribute("href", "/en/brief/chl");
    }
    const response = await page.goto("/en/brief/xyz");
    expect(response?.status()).toBe(404);
  });
});
