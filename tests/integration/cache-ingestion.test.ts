/** A successful ingestion run invalidates the cached explorer cards (lib/ingest/run.ts). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disableCache, enableCache } from "@/lib/core/cache/store";
import { regionCards, resolveRegionView } from "@/lib/explorer/cards/region";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { ingest } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("the public data cache and ingestion", () => {
  useScratchDatabase(loadExplorerFixture);
  beforeAll(() => enableCache());
  afterAll(() => disableCache());

  const january2024 = async () => {
    const ctx = await resolveRegionView({ granularity: "month" }, "en");
    return (await regionCards.series.load(ctx)).find((row) => row.period === "2024-01-01")?.visits;
  };

  it("shows the loaded figures on the next read after a run commits", async () => {
    expect(await january2024()).toBe(450);
    const run = await ingest("TRAFFIC", "domain,month,visits\na.example.cl,2024-01,1150\n");
    expect(run.status).toBe("SUCCEEDED");
    expect(await january2024()).toBe(1450);
  });
});
