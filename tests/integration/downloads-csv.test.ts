import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/downloads/[dataset]/route";
import type { Database } from "@/lib/core/db";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const TRICKY = [
  { slug: "comma", name: 'Shop, "São Paulo"', domain: "comma.example.br" },
  { slug: "newline", name: "Việt Nam\nmarket\r\nplace", domain: "newline.example.vn" },
  { slug: "f-eq", name: "=HYPERLINK(\"http://x\")", domain: "eq.example.vn" },
  { slug: "f-plus", name: "+1 shop", domain: "plus.example.vn" },
  { slug: "f-minus", name: "-2 shop", domain: "minus.example.vn" },
  { slug: "f-at", name: "@SUM(A1)", domain: "at.example.vn" },
  { slug: "f-tab", name: "\tTabbed", domain: "tab.example.vn" },
  { slug: "f-cr", name: "\rReturn", domain: "cr.example.vn" },
];

async function load(db: Database) {
  await loadExplorerFixture(db);
  await db.country.createMany({
    data: [
      { iso3: "VNM", iso2: "VN", isoNumeric: "704", nameEn: "Việt Nam", nameEs: "Vietnam", regionCode: "EAST_ASIA", isFealacMember: true },
      { iso3: "BRA", iso2: "BR", isoNumeric: "076", nameEn: "Brazil", nameEs: "Brasil", regionCode: "LATIN_AMERICA", isFealacMember: true },
    ],
  });
  for (const m of TRICKY) {
    const { id } = await db.marketplace.create({
      data: { ...m, countryIso3: m.domain.endsWith(".br") ? "BRA" : "VNM", category: "GENERAL", notes: "a, \"b\"\nc" },
    });
    await db.trafficMonthly.create({ data: { marketplaceId: id, month: new Date(Date.UTC(2024, 0, 1)), visits: 7n, source: "demo", isDemo: true } });
  }
  // A long series for the disconnect test: 400,000 monthly rows on one marketplace is impossible (unique month),
  // so spread them over 4,000 marketplaces × 100 months.
  await db.$executeRawUnsafe(`
    INSERT INTO marketplace (slug, name, domain, country_iso3, category, updated_at)
    SELECT 'bulk-' || i, 'Bulk ' || i, 'bulk' || i || '.example.kr', 'KOR', 'GENERAL', now() FROM generate_series(1, 4000) i`);
  await db.$executeRawUnsafe(`
    INSERT INTO traffic_monthly (marketplace_id, month, visits, source, is_demo)
    SELECT m.id, (date '2010-01-01' + make_interval(months => k))::date, k * 3 + m.id, 'bulk', false
      FROM marketplace m CROSS JOIN generate_series(0, 99) k WHERE m.slug LIKE 'bulk-%'`);
}

const download = (path: string, init: RequestInit = {}) => {
  const url = new URL(`http://portal.test/api/downloads/${path}`);
  const dataset = url.pathname.split("/").pop()!;
  return GET(new Request(url, init), { params: Promise.resolve({ dataset }) });
};

const records = (text: string) => parse(text, { bom: true, relax_column_count: false }) as string[][];

describe("streamed CSV downloads", () => {
  const db = useScratchDatabase(load);

  it("round-trips the monthly series: the parsed download equals a direct query", async () => {
    const response = await download("traffic-monthly.csv?countries=CHL,JPN&from=2023-06&to=2024-03");
    expect(response.status).toBe(200);
    const [header, ...rows] = records(await response.text());
    expect(header).toEqual(["month", "marketplace", "marketplace_name", "domain", "country_iso3", "country", "region", "visits [visits per month]", "source", "data_status"]);
    const expected = await db().$queryRawUnsafe<Array<{ month: string; slug: string; visits: string; demo: boolean }>>(`
      SELECT to_char(t.month, 'YYYY-MM-DD') AS month, m.slug, t.visits::text AS visits, t.is_demo AS demo
        FROM traffic_monthly t JOIN marketplace m ON m.id = t.marketplace_id
       WHERE m.country_iso3 IN ('CHL', 'JPN') AND t.month BETWEEN '2023-06-01' AND '2024-03-01' ORDER BY m.slug, t.month`);
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => [r[0], r[1], r[7], r[9]])).toEqual(expected.map((e) => [e.month, e.slug, e.visits, e.demo ? "demonstration" : "reported"]));
  });

  it("sums quarters in SQL", async () => {
    const [, ...rows] = records(await (await download("traffic-quarterly.csv?marketplaces=a-example-cl&from=2024&to=2024")).text());
    expect(rows.map((r) => [r[1], r[8], r[9]])).toEqual([["2024-Q1", "450", "3"], ["2024-Q2", "450", "3"], ["2024-Q3", "450", "3"], ["2024-Q4", "450", "3"]]);
  });

  it("quotes commas, quotes, newlines and keeps non-ASCII names", async () => {
    const text = await (await download("marketplaces.csv?marketplaces=comma,newline")).text();
    expect(text).toContain('"Shop, ""São Paulo"""');
    const [header, ...rows] = records(text);
    const name = header.indexOf("marketplace_name");
    expect(rows.map((r) => r[name])).toEqual(['Shop, "São Paulo"', "Việt Nam\nmarket\r\nplace"]);
    expect(rows.map((r) => r[header.indexOf("country")])).toEqual(["Brazil", "Việt Nam"]);
    expect(rows[0][header.indexOf("notes")]).toBe('a, "b"\nc');
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("guards cells that a spreadsheet would run as formulas, and only text cells", async () => {
    const [header, ...rows] = records(await (await download("marketplaces.csv?marketplaces=f-eq,f-plus,f-minus,f-at,f-tab,f-cr")).text());
    const names = rows.map((r) => r[header.indexOf("marketplace_name")]);
    expect(names).toEqual(["'@SUM(A1)", "'\rReturn", "'=HYPERLINK(\"http://x\")", "'-2 shop", "'+1 shop", "'\tTabbed"]);
  });

  it("adds a BOM only when asked", async () => {
    const plain = new Uint8Array(await (await download("policies.csv")).arrayBuffer());
    const withBom = new Uint8Array(await (await download("policies.csv?bom=1")).arrayBuffer());
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("names the file after the dataset, the selection and the data version", async () => {
    const response = await download("traffic-annual.csv?countries=chl,jpn,kor&from=2023&to=2024");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="fealac-traffic-annual_chl-jpn-kor_2023-to-2024_data-\d{8}T\d{9}\.csv"$/);
    await response.body?.cancel();
  });

  it("answers a bad parameter with 400 naming it", async () => {
    const cases: Array<[string, string]> = [
      ["traffic-monthly.csv?countries=CHL,XX1", "countries"],
      ["traffic-monthly.csv?from=2024-13", "from"],
      ["traffic-monthly.csv?shape=cross-section", "period"],
      ["traffic-monthly.csv?colour=red", "colour"],
      ["policies.csv?from=2020", "from"],
      ["traffic-monthly.csv?region=MARS", "region"],
    ];
    for (const [path, parameter] of cases) {
      const response = await download(path);
      expect(response.status, path).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter });
    }
    expect((await download("nothing.csv")).status).toBe(404);
  });

  it("stops the query and releases the connection when the client disconnects", async () => {
    const controller = new AbortController();
    const response = await download("traffic-monthly.csv?countries=KOR", { signal: controller.signal });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    controller.abort();
    await reader.cancel().catch(() => {});
    const active = async () =>
      (await db().$queryRawUnsafe<Array<{ n: bigint }>>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'portal-download' AND datname = current_database()`,
      ))[0].n;
    const deadline = Date.now() + 10_000;
    while ((await active()) > 0n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await active()).toBe(0n);
  });

  it("streams a large selection completely", async () => {
    const text = await (await download("traffic-monthly.csv?countries=KOR")).text();
    expect(records(text).length - 1).toBe(400_000);
  });
});
