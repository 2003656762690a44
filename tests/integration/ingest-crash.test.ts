import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { fingerprint, ingest } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";

describe("monthly traffic ingestion: a killed process", () => {
  const db = useScratchDatabase(async (db) => {
    await loadExplorerFixture(db);
    await db.marketplace.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({ domain: `m${i}.example.com`, name: `M${i}`, slug: `m${i}`, countryIso3: "CHL", category: "GENERAL" as const })),
    });
  });

  const TABLES = ["marketplace", "traffic_monthly", "traffic_revision", "ingestion_run"];

  /** Starts the child load, kills it with SIGKILL at the first stdout line `killAt` accepts, and waits for the rollback. */
  async function killDuringLoad(killAt: (line: string) => boolean): Promise<string> {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/ingest-child.ts"], {
      env: { ...process.env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    let killedAt = "";
    for await (const line of createInterface({ input: child.stdout })) {
      if (line.startsWith("done")) throw new Error(`the load finished before it could be killed (${line})`);
      if (killAt(line)) {
        killedAt = line;
        child.kill("SIGKILL");
        break;
      }
    }
    expect(await exited).toBe("SIGKILL");
    // PostgreSQL notices the dropped connection, rolls back and releases the lock.
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await db().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'portal-ingest'`;
      if (n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return killedAt;
  }

  it("leaves the database exactly as before when killed while copying rows into staging", async () => {
    const before = await fingerprint(db(), TABLES);
    const killedAt = await killDuringLoad((line) => Number(/^progress (\d+)$/.exec(line)?.[1] ?? 0) >= 50_000);
    expect(killedAt).toMatch(/^progress/);
    expect(await fingerprint(db(), TABLES)).toEqual(before);
    // The lock went with the connection: the next run goes ahead.
    expect(await ingest("TRAFFIC", "domain,month,visits\nm1.example.com,2025-01,10\n")).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 1 } });
  });

  it("leaves the database exactly as before when killed while writing to the live tables", async () => {
    const before = await fingerprint(db(), TABLES);
    // After the whole-file checks, the transaction is inserting ~170,000 rows into traffic_monthly.
    const killedAt = await killDuringLoad((line) => line === "phase check");
    expect(killedAt).toBe("phase check");
    expect(await fingerprint(db(), TABLES)).toEqual(before);
  });
});
