import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/scripts/db/migrate";
import { diffSinceLatestMigration, MIGRATIONS_DIR } from "@/scripts/db/schema-diff";
import { createEmptyDatabase, dropDatabase } from "@/tests/helpers/scratch-database";

const EXPECTED_TABLES = [
  "age_share", "app_user", "audit_event", "country", "country_month_visits", "focal_proposal", "gender_share", "indicator", "indicator_source", "indicator_value",
  "ingestion_run", "instrument_type", "marketplace", "marketplace_source", "marketplace_year_visits", "origin_share", "policy", "policy_instrument_type",
  "policy_result", "policy_source", "policy_target_group", "rate_limit_bucket", "region", "regulation_entry",
  "regulation_entry_source", "regulation_indicator", "regulation_pillar", "regulation_suggestion", "source", "target_group",
  "traffic_monthly", "traffic_revision",
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

  it("move free-text sources into the source registry, keeping every citation and its order", async () => {
    const url = await createEmptyDatabase(serverUrl, `portal_test_registry_${Date.now()}`);
    created.push(url);
    const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const registry = folders.findIndex((name) => name.endsWith("_source_registry_verification"));
    const sql = (name: string) => readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const name of folders.slice(0, registry)) await client.query(sql(name));
      // The shapes before the registry: citations on each policy, URLs on entries.
      await client.query(`
        INSERT INTO region (code, name_en, name_es, sort_order) VALUES ('LATIN_AMERICA', 'Latin America', 'América Latina', 1);
        INSERT INTO country (iso3, iso2, iso_numeric, name_en, name_es, region_code, is_fealac_member) VALUES ('CHL', 'CL', '152', 'Chile', 'Chile', 'LATIN_AMERICA', true);
        INSERT INTO regulation_pillar (number, code, framework, name_en, name_es) VALUES (7, 'P07', 'RDTII', 'Data', 'Datos');
        INSERT INTO regulation_indicator (code, pillar_id, position, name_en, name_es, score0_en, score0_es, score_half_en, score_half_es, score1_en, score1_es)
          SELECT 'P07.1', id, 1, 'Law', 'Ley', 'a', 'a', 'b', 'b', 'c', 'c' FROM regulation_pillar;
        INSERT INTO regulation_entry (country_iso3, indicator_id, status, score, source_urls, verified_on, updated_at)
          SELECT 'CHL', id, 'IN_FORCE', 0, ARRAY['https://example.org/law', 'https://example.org/gazette'], '2025-01-02', now() FROM regulation_indicator;
        INSERT INTO policy (slug, country_iso3, name_original, name_en, description, updated_at) VALUES ('chl-1', 'CHL', 'P', 'P', 'D', now());
        INSERT INTO policy_source (policy_id, position, title, document, lines, url)
          SELECT id, 1, 'ECLAC (2006)', '000_abc.txt', '10-12', NULL FROM policy
          UNION ALL SELECT id, 2, 'A ministry page', NULL, NULL, 'https://example.org/law' FROM policy;`);
      await client.query(sql(folders[registry]));
      const policy = await client.query(
        "SELECT l.position, s.title, s.kind, s.document, s.lines, s.url FROM policy_source l JOIN source s ON s.id = l.source_id ORDER BY l.position",
      );
      expect(policy.rows).toEqual([
        { position: 1, title: "ECLAC (2006)", kind: "PROJECT_DOCUMENT", document: "000_abc.txt", lines: "10-12", url: null },
        { position: 2, title: "A ministry page", kind: null, document: null, lines: null, url: "https://example.org/law" },
      ]);
      // The entry's first URL is the same source as the policy's page: one registry row.
      const entry = await client.query("SELECT l.position, s.url, e.verification FROM regulation_entry_source l JOIN source s ON s.id = l.source_id JOIN regulation_entry e ON e.id = l.entry_id ORDER BY l.position");
      expect(entry.rows).toEqual([
        { position: 1, url: "https://example.org/law", verification: "VERIFIED" },
        { position: 2, url: "https://example.org/gazette", verification: "VERIFIED" },
      ]);
      expect((await client.query("SELECT count(*)::int AS n FROM source")).rows[0].n).toBe(3);
    } finally {
      await client.end();
    }
  });

  it("are up to date with prisma/schema.prisma (no migration was forgotten)", () => {
    expect(diffSinceLatestMigration(serverUrl)).toBe("");
  });
});
