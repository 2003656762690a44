import { expect, test } from "@playwright/test";
import { EDITOR_EMAIL, FOCAL_ECONOMY, FOCAL_EMAIL, resetStaff, signInAs, withDatabase } from "@/e2e/helpers/staff";

/**
 * A focal point proposes a change to one of their economy's regulation
 * entries; an editor accepts it in the proposal queue; the public profile
 * shows it, and the focal point sees the proposal accepted. The entry is put
 * back afterwards.
 */
const INDICATOR = "P09.2";
const INSTRUMENT = "Ley de prueba 99.999 (browser test)";
const SOURCE = "https://www.bcn.cl/leychile/navegar?idNorma=99999";

type Saved = { id: number; row: Record<string, unknown> };
let saved: Saved | null = null;

test.beforeAll(async () => {
  await resetStaff();
  saved = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT e.* FROM regulation_entry e JOIN regulation_indicator i ON i.id = e.indicator_id WHERE e.country_iso3 = $1 AND i.code = $2`,
      [FOCAL_ECONOMY, INDICATOR],
    );
    const sources = await db.query(`SELECT source_id, position FROM regulation_entry_source WHERE entry_id = $1`, [rows[0].id]);
    return { id: rows[0].id, row: { ...rows[0], sources: sources.rows } };
  });
});

test.afterAll(async () => {
  if (!saved) return;
  const { id, row } = saved;
  await withDatabase(async (db) => {
    await db.query(`DELETE FROM focal_proposal WHERE entry_id = $1`, [id]);
    await db.query(
      `UPDATE regulation_entry SET status = $2::"RegulationStatus", score = $3, instrument_name = $4, instrument_number = $5, instrument_year = $6,
         answer = $7, description = $8, verification = $9::"VerificationState", version = $10 WHERE id = $1`,
      [id, row.status, row.score, row.instrument_name, row.instrument_number, row.instrument_year, row.answer, row.description, row.verification, row.version],
    );
    await db.query(`DELETE FROM regulation_entry_source WHERE entry_id = $1`, [id]);
    for (const s of row.sources as Array<{ source_id: number; position: number }>) {
      await db.query(`INSERT INTO regulation_entry_source (entry_id, source_id, position) VALUES ($1, $2, $3)`, [id, s.source_id, s.position]);
    }
  });
});

test("a focal point proposes a change, an editor accepts it, the public profile shows it", async ({ browser }) => {
  const focal = await browser.newPage();
  await signInAs(focal, FOCAL_EMAIL, "/en/focal");
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Proposals to the secretariat");
  await expect(focal.getByRole("link", { name: "My proposals" })).toBeVisible();
  // Staff screens are not theirs.
  await focal.goto("/en/admin/proposals");
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Not allowed");

  await focal.goto("/en/focal");
  await focal.getByRole("link", { name: `Propose a change to ${INDICATOR}` }).click();
  await expect(focal).toHaveURL(new RegExp(`/en/focal/entries/${saved!.id}$`));
  // Without a note and a source, nothing is sent, and the form says why.
  await focal.getByRole("button", { name: "Send the proposal" }).click();
  await expect(focal.getByRole("alert").first()).toBeVisible();
  await focal.locator("#status").selectOption("IN_FORCE");
  await focal.getByLabel("Legal instrument").fill(INSTRUMENT);
  const sources = focal.getByRole("group", { name: "Sources (web addresses)" });
  if ((await sources.getByRole("textbox").count()) === 0) await focal.getByRole("button", { name: "Add a source address" }).click();
  await sources.getByRole("textbox").last().fill(SOURCE);
  await focal.getByLabel("Note for the secretariat").fill("Published in the official gazette; see the source.");
  await focal.getByRole("button", { name: "Send the proposal" }).click();
  await expect(focal.getByRole("status").filter({ hasText: "Proposal sent" })).toBeVisible();
  // Nothing public changed yet.
  const publicPage = await browser.newPage();
  await publicPage.goto("/en/regulations/economy/chl");
  await expect(publicPage.getByText(INSTRUMENT)).toHaveCount(0);

  const editor = await browser.newPage();
  await signInAs(editor, EDITOR_EMAIL, "/en/admin/proposals");
  const proposal = editor.getByRole("region", { name: `Chile — Regulation entry ${INDICATOR}` });
  await expect(proposal.getByRole("table")).toContainText(INSTRUMENT);
  await proposal.getByRole("button", { name: "Accept and save" }).click();
  // The queue no longer holds it; the decided list does, with who decided.
  await expect(proposal).toHaveCount(0);
  const decided = editor.getByRole("table", { name: "Decided in the last 7 days" }).getByRole("row").filter({ hasText: INDICATOR });
  await expect(decided).toContainText(EDITOR_EMAIL);
  await expect(decided.getByRole("cell").nth(1)).toHaveText("Accepted");

  await publicPage.reload();
  await expect(publicPage.getByText(INSTRUMENT).first()).toBeVisible();
  await focal.goto("/en/focal");
  await expect(focal.getByRole("table", { name: "Your proposals" }).getByRole("row").filter({ hasText: INDICATOR })).toContainText("Accepted");
  await Promise.all([focal.close(), editor.close(), publicPage.close()]);
});
