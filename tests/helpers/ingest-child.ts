/**
 * Run as a separate process by the crash test: loads a large generated monthly
 * file (every marketplace × every month since 1990) into DATABASE_URL and
 * reports progress on stdout, so that the test can kill it mid-load.
 */
import { Readable } from "node:stream";
import pg from "pg";
import { runIngestion } from "@/lib/ingest/run";

async function* rows(domains: string[]): AsyncGenerator<string> {
  yield "domain,month,visits\n";
  for (const domain of domains) {
    let chunk = "";
    for (let year = 1990; year <= 2025; year++) {
      for (let month = 1; month <= 12; month++) chunk += `${domain},${year}-${String(month).padStart(2, "0")},${year * 100 + month}\n`;
    }
    yield chunk;
  }
}

async function main() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows: marketplaces } = await client.query<{ domain: string }>("SELECT domain FROM marketplace ORDER BY id");
  await client.end();
  const outcome = await runIngestion({
    kind: "TRAFFIC",
    trigger: "API",
    triggeredBy: "crash-test",
    source: "generated",
    open: () => Readable.from(rows(marketplaces.map((m) => m.domain))),
    onProgress: (n) => console.log(`progress ${n}`),
    onPhase: (name) => console.log(`phase ${name}`),
  });
  console.log(`done ${outcome.status}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
