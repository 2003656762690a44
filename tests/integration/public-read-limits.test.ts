/** The per-view CSVs and the dataset downloads are limited per address like the JSON API. */
import { describe, expect, it } from "vitest";
import { GET as csv } from "@/app/api/csv/[...path]/route";
import { GET as download } from "@/app/api/downloads/[dataset]/route";
import { GET as zip } from "@/app/api/downloads/all.zip/route";
import { GET as api } from "@/app/api/v1/[dataset]/route";
import { PUBLIC_READ_LIMITS, type PublicRead } from "@/lib/core/rate-limit/public-reads";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

const ROUTES: Array<[string, PublicRead, (address: string) => Promise<Response>]> = [
  ["JSON API", "api", (address) => api(request("/api/v1/policies", address), { params: Promise.resolve({ dataset: "policies" }) })],
  ["per-view CSV", "csv", (address) => csv(request("/api/csv/explorer/region/ranking", address), { params: Promise.resolve({ path: ["explorer", "region", "ranking"] }) })],
  ["dataset CSV", "downloads", (address) => download(request("/api/downloads/policies.csv", address), { params: Promise.resolve({ dataset: "policies.csv" }) })],
  ["full zip", "downloads", (address) => zip(request("/api/downloads/all.zip", address))],
];

function request(path: string, address: string): Request {
  return new Request(`http://portal.test${path}`, { headers: { "x-forwarded-for": address } });
}

describe("per-address limits of the public data routes", () => {
  const db = useScratchDatabase(loadExplorerFixture);

  it.each(ROUTES)("%s: 429 with Retry-After past the limit, other addresses still served", async (_name, kind, get) => {
    const address = `192.0.2.${ROUTES.findIndex(([name]) => name === _name) + 10}`;
    const first = await get(address);
    expect(first.status).toBe(200);
    await first.body?.cancel();
    // The rest of this minute's allowance, used up.
    await db().$executeRaw`UPDATE rate_limit_bucket SET count = ${PUBLIC_READ_LIMITS[kind]} WHERE key = ${`${kind}:${address}`}`;
    const refused = await get(address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: { code: "rate_limited", message: `More than ${PUBLIC_READ_LIMITS[kind]} requests a minute from this address.`, parameter: null } });
    const other = await get("198.51.100.1");
    expect(other.status).toBe(200);
    await other.body?.cancel();
  });
});
