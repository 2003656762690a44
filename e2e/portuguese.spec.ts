import { expect, test, type Page } from "@playwright/test";

/** The figure of the home page's "at a glance" list whose label matches. */
const keyFigure = (page: Page, label: RegExp) => page.locator(".key-figures__item").filter({ has: page.locator("dt", { hasText: label }) }).locator("dd");

/** Thousands grouped with dots, as Brazilian Portuguese writes them: "2.177", "591.033.016". */
const BRAZILIAN_INTEGER = /^\d{1,3}(\.\d{3})+$/;

test.describe("Brazilian Portuguese", () => {
  test("/pt is in Portuguese, with pt-BR numbers and dates", async ({ page }) => {
    await page.goto("/en");
    const english = await keyFigure(page, /real indicator values/).innerText();

    await page.goto("/pt");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("comércio eletrônico transfronteiriço");
    const nav = page.getByRole("navigation", { name: "Navegação principal" });
    for (const name of ["Explorador de plataformas", "Regulação", "Políticas para MPMEs", "Baixar dados", "Entrar"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
    await expect(page.getByRole("note").filter({ hasText: "Dados de demonstração" })).toBeVisible();
    const switcher = page.getByRole("navigation", { name: "Idioma" });
    await expect(switcher.getByRole("link", { name: "Português" })).toHaveAttribute("aria-current", "true");
    await expect(switcher.getByRole("link", { name: "Português" })).toHaveAttribute("lang", "pt-BR");

    // The same figure as on the English page, grouped the Brazilian way.
    const portuguese = await keyFigure(page, /valores reais de indicadores/).innerText();
    expect(portuguese).toMatch(BRAZILIAN_INTEGER);
    expect(portuguese).toBe(english.replace(/,/g, "."));
    // Months are abbreviated in Portuguese: "meses de tráfego (2019–nov. de 2026)".
    await expect(page.locator(".key-figures__item dt", { hasText: "meses de tráfego" })).toHaveText(/\(2019–[a-z]{3}\. de \d{4}\)/);
  });

  test("the language switcher keeps the view and its state, to Portuguese and back", async ({ page }) => {
    await page.goto("/en/explorer/compare?countries=chl,jpn&display=table");
    await expect(page.getByRole("list", { name: /Chosen \(2 of 8\)/ }).getByRole("listitem")).toHaveText([/Chile/, /Japan/]);

    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Português" }).click();
    await expect(page).toHaveURL(/\/pt\/explorer\/compare\?/);
    const query = new URL(page.url()).searchParams;
    expect(query.get("countries")).toBe("chl,jpn");
    expect(query.get("display")).toBe("table");
    await expect(page.getByRole("heading", { level: 1, name: "Comparar países e plataformas" })).toBeVisible();
    // Country names come from the database, which has English and Spanish ones only.
    await expect(page.getByRole("list", { name: /Escolhidos \(2 de 8\)/ }).getByRole("listitem")).toHaveText([/Chile/, /Japan/]);

    const series = page.getByRole("region", { name: /^Visitas ao longo do tempo$/ });
    const table = series.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Período", "País", "Visitas"]);
    await expect(table.getByRole("rowheader").first()).toHaveText(/^jan\. de 2019/);
    await expect(table.locator("tbody tr").first().locator("td").last()).toHaveText(BRAZILIAN_INTEGER);

    // The CSV link carries the language; the CSV answers.
    const csv = series.getByRole("link", { name: /Baixar os dados exibidos/ });
    const href = (await csv.getAttribute("href"))!;
    expect(href).toContain("lang=pt");
    expect((await page.request.get(href)).status()).toBe(200);

    await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/explorer\/compare\?/);
    const back = new URL(page.url()).searchParams;
    expect(back.get("countries")).toBe("chl,jpn");
    expect(back.get("display")).toBe("table");
    await expect(page.getByRole("list", { name: /Chosen \(2 of 8\)/ }).getByRole("listitem")).toHaveText([/Chile/, /Japan/]);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("names countries in Portuguese where the country-name list gives them", async ({ page }) => {
    await page.goto("/pt/regulations/compare?economies=chl,jpn");
    await expect(page.getByRole("heading", { level: 1, name: "Comparar economias" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Japão" }).first()).toBeVisible();
  });
});
