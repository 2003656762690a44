import { expect, test, type Page } from "@playwright/test";
import { EDITOR_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

const signInAsEditor = (page: Page, callbackUrl: string) => signInAs(page, EDITOR_EMAIL, callbackUrl);

test.describe("editing policies", () => {
  test.beforeAll(resetStaff);

  test("creates a draft after fixing an invalid field, publishes it, finds it in the public search, and refuses a stale save keeping the input", async ({ page, browser }) => {
    // A made-up word unique to this run, so that the public search finds exactly this policy.
    const word = `zq${[...String(Date.now())].map((d) => "abcdefghij"[Number(d)]).join("")}`;
    const name = `Export coaching ${word}`;
    await signInAsEditor(page, "/en/admin/policies/new");

    await page.getByLabel("Economy").selectOption({ label: "Chile" });
    await page.getByLabel("Name (original language)").fill(name);
    await page.getByLabel("Launch year").fill("twenty twenty");
    await page.getByRole("checkbox", { name: "Training and capacity building" }).check();
    await page.getByRole("checkbox", { name: "Digital exporters" }).check();
    await page.getByLabel("Description").fill("Coaching for first-time exporters selling online.");
    await page.getByRole("button", { name: "Create draft" }).click();

    await expect(page.getByText("Some fields need attention; nothing was saved.")).toBeVisible();
    await expect(page.getByLabel("Name in English")).toBeFocused();
    await expect(page.getByText("This field is required.")).toBeVisible();
    await expect(page.getByText("Enter a whole number (e.g. a year like 2021).")).toBeVisible();
    await expect(page.getByLabel("Name (original language)")).toHaveValue(name); // input kept

    await page.getByLabel("Name in English").fill(name);
    await page.getByLabel("Launch year").fill("2021");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByText("Draft created. It is not public until published.")).toBeVisible();
    const editUrl = page.url().replace(/\?.*$/, "");

    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText(/Current state: Published/)).toBeVisible();
    const stored = await withDatabase((db) => db.query("SELECT workflow_state, version FROM policy WHERE name_en = $1", [name]));
    expect(stored.rows).toEqual([{ workflow_state: "PUBLISHED", version: 2 }]);

    // Published, it is public: the search finds it and the facets narrow to it.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/en/policies?q=${word}`);
    const results = visitor.getByRole("region", { name: "Results" });
    await expect(results.getByRole("status")).toContainText("1 policy");
    await visitor.getByRole("group", { name: "Target group" }).getByRole("checkbox", { name: "Digital exporters (1)" }).check();
    await expect(visitor).toHaveURL(new RegExp(`q=${word}&target=digital-exporters$`));
    await visitor.getByRole("group", { name: "Economy" }).getByRole("checkbox", { name: "Chile (1)" }).check();
    await expect(visitor).toHaveURL(/economy=chl/);
    await results.getByRole("link", { name }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
    await visitor.context().close();

    // Two tabs on the same version: the first saves, the second is refused.
    const second = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
    await second.goto(editUrl);
    await page.reload();
    await page.getByLabel("Implementing agency").fill("CORFO (first tab)");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved (version 3).")).toBeVisible();

    await second.getByLabel("Implementing agency").fill("Second tab's agency");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    const conflict = second.getByRole("alert").filter({ hasText: "Someone else saved this policy" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("row", { name: /agency/ })).toContainText("CORFO (first tab)");
    await expect(second.getByLabel("Implementing agency")).toHaveValue("Second tab's agency");
    const after = await withDatabase((db) => db.query("SELECT agency, version FROM policy WHERE name_en = $1", [name]));
    expect(after.rows).toEqual([{ agency: "CORFO (first tab)", version: 3 }]);

    await page.goto(`${editUrl}/history`);
    await expect(page.getByRole("heading", { name: /^Edited/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /agency/ })).toContainText("CORFO (first tab)");
    await second.context().close();
  });
});
