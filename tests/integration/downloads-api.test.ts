import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET } from "@/app/api/v1/[dataset]/route";
import { PUBLIC_READ_LIMITS } from "@/lib/core/rate-limit/public-reads";
import { DATASETS } from "@/lib/downloads/datasets";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

let address = 0;
const api = (path: string, ip = `10.0.0.${++address % 250}`) => {
  const url = new URL(`http://portal.test/api/v1/${path}`);
  const dataset = url.pathname.split("/").pop()!;
  return GET(new Request(url, { headers: { "x-forwarded-for": ip } }), { params: Promise.resolve({ dataset }) });
};

describe("the JSON API", () => {
  useScratchDatabase(loadExplorerFixture);

  it("pages through a selection with an opaque cursor and gives every row once", async () => {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const response = await api(`traffic-monthly?countries=CHL&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      const body = await response.json();
      total = body.total;
      expect(body.rows.length).toBeLessThanOrEqual(7);
      expect(body.notice).toMatch(/demonstration/);
      seen.push(...body.rows);
      cursor = body.next_cursor;
    } while (cursor);
    expect(total).toBe(48);
    expect(seen).toHaveLength(48);
    expect(seen[0]).toMatchObject({ month: "2023-01-01", marketplace: "a-example-cl", visits: 100, data_status: "reported", country_iso3: "CHL" });
  });

  it("answers bad parameters with 400 naming them", async () => {
    for (const [path, parameter] of [
      ["traffic-monthly?limit=0", "limit"],
      ["traffic-monthly?limit=5000", "limit"],
      ["traffic-monthly?cursor=nonsense", "cursor"],
      ["traffic-monthly?countries=1", "countries"],
      ["indicators?category=GENERAL", "category"],
      ["traffic-annual?shape=cross-section", "period"],
    ] as const) {
      const response = await api(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_parameter", message: expect.any(String), parameter } });
    }
    expect((await api("nothing")).status).toBe(404);
  });

  it("limits requests per address with 429 and Retry-After", async () => {
    let last: Response | null = null;
    for (let i = 0; i <= PUBLIC_READ_LIMITS.api; i++) last = await api("policies?limit=1", "192.0.2.77");
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await last!.json()).error.code).toBe("rate_limited");
    expect((await api("policies?limit=1", "192.0.2.78")).status).toBe(200);
  });

  it("publishes a valid OpenAPI 3.1 document that lists every endpoint and parameter", async () => {
    const doc = await openapi().json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
    for (const d of DATASETS) {
      const list = doc.paths[`/api/v1/${d.id}`].get;
      expect(list.parameters.map((p: { name: string }) => p.name)).toEqual([...d.filterNames, "limit", "cursor"]);
      expect(doc.paths[`/api/downloads/${d.id}.csv`]).toBeDefined();
    }
    expect(doc.paths["/api/v1/openapi.json"]).toBeDefined();
  });
});
