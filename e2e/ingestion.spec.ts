import { expect, test, type Page } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

const signInAsEditor = (page: Page, callbackUrl: string) => signInAs(page, EDITOR_EMAIL, callbackUrl);

function csv(name: string, text: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(text) };
}

test.describe("traffic data ingestion screen", () => {
  let domains: string[] = [];

  test.beforeAll(async () => {
    await resetStaff();
    domains = await withDatabase(async (db) => (await db.query<{ domain: string }>("SELECT domain FROM marketplace ORDER BY id LIMIT 2")).rows.map((r) => r.domain));
  });

  // The shared test database keeps its demonstration data as it was.
  test.afterAll(async () => {
    await withDatabase(async (db) => {
      await db.query("DELETE FROM traffic_monthly WHERE ingestion_run_id IN (SELECT id FROM ingestion_run WHERE triggered_by = $1)", [EDITOR_EMAIL]);
    });
  });

  test("an editor validates, then uploads a file and sees the run with its counts", async ({ page }) => {
    await signInAsEditor(page, "/en/admin/ingestion");
    await expect(page.getByRole("heading", { level: 1, name: "Traffic data ingestion" })).toBeVisible();
    const file = csv("traffic.csv", `domain,month,visits\n${domains[0]},1995-01,1234\n${domains[1]},1995-01,567\n`);

    await page.getByLabel("File type").selectOption("TRAFFIC");
    await page.getByLabel(/CSV file/).setInputFiles(file);
    await page.getByLabel(/Validate only/).check();
    await page.getByRole("button", { name: "Upload" }).click();
    const validated = page.getByRole("status").filter({ hasText: /Validated \(dry run \d+\)/ });
    await expect(validated).toBeVisible();
    await expect(validated.getByRole("table", { name: /What would change/ })).toContainText("1234");

    await page.getByLabel(/CSV file/).setInputFiles(file);
    await page.getByLabel(/Validate only/).uncheck();
    await page.getByRole("button", { name: "Upload" }).click();
    const loaded = page.getByRole("status").filter({ hasText: /Loaded: run \d+ succeeded/ });
    await expect(loaded).toBeVisible();
    const runId = /run (\d+)/.exec((await loaded.locator(".ingest-outcome__status").textContent()) ?? "")?.[1];
    await expect(loaded.getByRole("definition").nth(0)).toHaveText("2"); // read
    await expect(loaded.getByRole("definition").nth(1)).toHaveText("2"); // inserted

    await page.reload();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: runId, exact: true }) });
    await expect(row).toContainText("Succeeded");
    await expect(row).toContainText("Upload");
    await expect(row).toContainText(EDITOR_EMAIL);
  });

  test("a bad file shows its problems by line and writes nothing", async ({ page }) => {
    await signInAsEditor(page, "/en/admin/ingestion");
    await page.getByLabel(/CSV file/).setInputFiles(csv("bad.csv", `domain,month,visits\n${domains[0]},1995-13,5\nnowhere.example.invalid,1995-02,1\n${domains[1]},1995-03,-4\n`));
    await page.getByRole("button", { name: "Upload" }).click();
    const failed = page.getByRole("status").filter({ hasText: /Run \d+ failed: nothing was written/ });
    await expect(failed).toBeVisible();
    const problems = failed.getByRole("table", { name: "Problems" });
    await expect(problems.getByRole("row").filter({ hasText: 'month "1995-13" is not a month in the form YYYY-MM' })).toContainText("2");
    await expect(problems.getByRole("row").filter({ hasText: "unknown domain" })).toContainText("nowhere.example.invalid (3)");
    await expect(problems.getByRole("row").filter({ hasText: 'visits "-4" is negative' })).toContainText("4");

    await failed.getByRole("link", { name: /View run \d+/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Ingestion run \d+/ })).toBeVisible();
    await expect(page.getByText("Failed")).toBeVisible();
    await expect(page.getByRole("table", { name: "Problems" })).toContainText('visits "-4" is negative');

    // The same run read in Spanish describes its problems in Spanish.
    await page.goto(page.url().replace("/en/", "/es/"));
    const problemas = page.getByRole("table", { name: "Problemas" });
    await expect(problemas).toContainText('month "1995-13" no es un mes con la forma AAAA-MM');
    await expect(problemas).toContainText('visits "-4" es negativo');
  });
});
