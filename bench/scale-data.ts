/**
 * Scales a seeded demo database to `factor` times the demo volume: each demo
 * marketplace gets factor − 1 clones (same country, category and size class,
 * a domain of their own), whose traffic and breakdowns come from the demo
 * generator (prisma/seed/demo-traffic.ts) seeded with the clone's domain, so
 * the series differ but the data is reproducible. Rows go in through COPY.
 */
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { DEMO_SOURCE, demoBreakdowns, demoMonths, demoVisits } from "@/prisma/seed/demo-traffic";
import { loadSeedData } from "@/prisma/seed/seed-data";

type Row = Array<string | number | boolean>;

/** Writes rows into `table (columns)` with COPY, in ~256 KB chunks. */
async function copyRows(client: pg.Client, table: string, columns: string[], rows: Iterable<Row>): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let buffer = "";
  for (const row of rows) {
    buffer += row.join("\t") + "\n";
    if (buffer.length > 256 * 1024) {
      if (!stream.write(buffer)) await new Promise((resolve) => stream.once("drain", resolve));
      buffer = "";
    }
  }
  stream.end(buffer);
  await done;
}

export interface ScaleSummary {
  marketplaces: number;
  monthlyRows: number;
  shareRows: number;
}

export async function scaleDemoData(client: pg.Client, factor: number, today: Date = new Date()): Promise<ScaleSummary> {
  const data = loadSeedData();
  const scaleOf = new Map(data.marketplaces.map((m) => [m.domain, m.demoScale]));
  const regionOf = new Map(data.countries.map((c) => [c.iso3, c.region]));
  const membersOf = (region: string | null | undefined) => data.countries.filter((c) => c.isFealacMember && c.region === region).map((c) => c.iso3);
  const months = demoMonths(today);
  const years = [...new Set(months.map((m) => m.getUTCFullYear()))];

  const clones: Array<{ id: number; domain: string; country: string; category: string; original: string }> = [];
  for (let copy = 1; copy < factor; copy++) {
    const { rows } = await client.query<{ id: number; domain: string; country: string; category: string; original: string }>(`
      INSERT INTO marketplace (slug, name, domain, country_iso3, business_model, sector, category, transactional,
                               foreign_sellers_accepted, year_founded, logistics_offered, payments_offered, notes, updated_at)
      SELECT slug || '-copy${copy}', name || ' (copy ${copy})', 'copy${copy}.' || domain, country_iso3, business_model, sector,
             category, transactional, foreign_sellers_accepted, year_founded, logistics_offered, payments_offered, notes, now()
        FROM marketplace WHERE domain NOT LIKE 'copy%'
      RETURNING id, domain, country_iso3 AS country, category::text AS category, substring(domain from position('.' in domain) + 1) AS original`);
    clones.push(...rows);
  }

  const demoOf = (c: (typeof clones)[number]) => ({
    domain: c.domain,
    country: c.country,
    category: c.category as Parameters<typeof demoVisits>[0]["category"],
    demoScale: scaleOf.get(c.original) ?? "S",
  });

  const monthText = months.map((m) => m.toISOString().slice(0, 10));
  await copyRows(client, "traffic_monthly", ["marketplace_id", "month", "visits", "source", "is_demo"], (function* () {
    for (const clone of clones) {
      const visits = demoVisits(demoOf(clone), months);
      for (let i = 0; i < months.length; i++) yield [clone.id, monthText[i], visits[i], DEMO_SOURCE, true];
    }
  })());

  const origin: Row[] = [];
  const gender: Row[] = [];
  const age: Row[] = [];
  for (const clone of clones) {
    const home = regionOf.get(clone.country);
    const other = home === "EAST_ASIA" ? "LATIN_AMERICA" : "EAST_ASIA";
    for (const year of years) {
      const b = demoBreakdowns(demoOf(clone), year, membersOf(home), membersOf(other));
      for (const s of b.origin) origin.push([clone.id, year, s.origin, s.share, DEMO_SOURCE, true]);
      for (const s of b.gender) gender.push([clone.id, year, s.gender, s.share, DEMO_SOURCE, true]);
      for (const s of b.age) age.push([clone.id, year, s.ageGroup, s.share, DEMO_SOURCE, true]);
    }
  }
  const shareColumns = (key: string) => ["marketplace_id", "year", key, "share", "source", "is_demo"];
  await copyRows(client, "origin_share", shareColumns("origin"), origin);
  await copyRows(client, "gender_share", shareColumns("gender"), gender);
  await copyRows(client, "age_share", shareColumns("age_group"), age);
  await client.query("ANALYZE");
  const { rows } = await client.query<ScaleSummary>(
    `SELECT (SELECT count(*)::int FROM marketplace) AS marketplaces, (SELECT count(*)::int FROM traffic_monthly) AS "monthlyRows",
            (SELECT (SELECT count(*) FROM origin_share) + (SELECT count(*) FROM gender_share) + (SELECT count(*) FROM age_share))::int AS "shareRows"`,
  );
  return rows[0];
}
