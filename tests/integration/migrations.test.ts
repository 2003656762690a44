import { readdirSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/scripts/db/migrate";
import { diffSinceLatestMigration, MIGRATIONS_DIR } from "@/scripts/db/schema-diff";
import { createEmptyDatabase, dropDatabase } from "@/tests/helpers/scratch-database";

const EXPECTED_TABLES = [
  "age_share", "app_user", "audit_event", "country", "gender_share", "indicator", "indicator_value",
  "ingestion_run", "instrument_type", "marketplace", "marketplace_year_visits", "origin_share", "policy", "policy_instrument_type",
  "policy_result", "policy_source", "policy_target_group", "rate_limit_bucket", "region", "regulation_entry",
  "regulation_indicator", "regulation_pillar", "regulation_suggestion", "target_group", "traffic_monthly",
  "traffic_revision",
];

describe("migrations", () => {
  const serverUrl = inject("serverUrl");
  const created: string[] = [];
  afterAll(async () => {
    for (const url of created) await dropDatabase(serverUrl, url);
  });

  it("apply on an empty database and create every table of the data model", async () => {
    const url = await createEmptyDatabase(serverUrl, `portal_test_empty_${Date.now()}`);
    created.push(url);
    await applyMigrations(url);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations' order by 1",
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
      const views = await client.query<{ table_name: string }>("select table_name from information_schema.views where table_schema = 'public' order by 1");
      expect(views.rows.map((r) => r.table_name)).toEqual(["regulation_pillar_score", "regulation_scored_entry"]);
      const applied = await client.query("select 1 from _prisma_migrations where finished_at is not null and rolled_back_at is null");
      const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory());
      expect(applied.rowCount).toBe(folders.length);
    } finally {
      await client.end();
    }
  });

  it("are up to date with prisma/schema.prisma (no migration was forgotten)", () => {
    expect(diffSinceLatestMigration(serverUrl)).toBe("");
  });
});
