import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test("an analyst builds a time series for three countries, previews it and downloads the same rows", async ({ page }) => {
  await page.goto("/en/downloads");
  await expect(page.getByRole("heading", { level: 1, name: "Downloads" })).toBeVisible();
  await page.getByLabel("Dataset").selectOption("traffic-monthly");
  await page.getByLabel("Time series (units × periods)").check();
  for (const name of ["Chile", "Japan", "Mexico"]) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByLabel("From", { exact: true }).fill("2023-01");
  await page.getByLabel("To", { exact: true }).fill("2024-06");
  await page.getByRole("button", { name: "Update preview" }).click();

  await expect(page).toHaveURL(/countries=CHL,JPN,MEX/);
  await expect(page).toHaveURL(/from=2023-01&to=2024-06/);
  const total = Number(await page.getByTestId("downloads-total").getAttribute("data-total"));
  expect(total).toBeGreaterThan(20);
  await expect(page.locator(".downloads-preview tbody tr")).toHaveCount(20);
  await expect(page.getByText("Demonstration data").first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("downloads-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^fealac-traffic-monthly_chl-jpn-mex_2023-01-to-2024-06_data-.+\.csv$/);
  const rows = parse(await readFile((await download.path())!, "utf8"), { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((r) => r.country_iso3))).toEqual(new Set(["CHL", "JPN", "MEX"]));
  expect(rows.every((r) => r.month >= "2023-01-01" && r.month <= "2024-06-01")).toBe(true);
  expect(rows.every((r) => r.data_status === "demonstration")).toBe(true);
});

test("the API page lists every endpoint from the OpenAPI document @phone", async ({ page, request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  await page.goto("/es/downloads/api");
  await expect(page.getByRole("heading", { level: 1, name: "API de datos" })).toBeVisible();
  for (const path of Object.keys(doc.paths)) await expect(page.getByRole("heading", { level: 2, name: `GET ${path}` })).toBeVisible();
});
