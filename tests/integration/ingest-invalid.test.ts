import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { IngestionKind } from "@/lib/ingest/kinds";
import { loadExplorerFixture } from "@/tests/helpers/explorer-fixture";
import { fingerprint, ingest } from "@/tests/helpers/ingest-helpers";
import { useScratchDatabase } from "@/tests/helpers/scratch-db-hooks";
import es from "@/messages/es/ingestion-problems.json";

/** Spanish problem messages; a missing message or parameter throws. */
const spanish = createTranslator({
  locale: "es",
  messages: es,
  namespace: "ingestionProblems",
  onError: (error) => {
    throw error;
  },
});

const M = "domain,month,visits";
const O = "domain,year,origin_iso3,share";

/** [name, kind, file, expected line, expected message]; each must fail and change nothing. */
const CASES: Array<[string, IngestionKind, string | Buffer, number | null, RegExp]> = [
  ["bad header", "TRAFFIC", "domain,mnth,visits\na.example.cl,2025-03,1\n", 1, /unknown column "mnth"/],
  ["missing column", "TRAFFIC", "domain,month\na.example.cl,2025-03\n", 1, /missing column "visits"/],
  ["duplicated header column", "TRAFFIC", "domain,month,visits,visits\na.example.cl,2025-03,1,1\n", 1, /"visits" appears twice/],
  ["bad month", "TRAFFIC", `${M}\na.example.cl,2025-13,1\n`, 2, /month "2025-13" is not a month in the form YYYY-MM/],
  ["month in another format", "TRAFFIC", `${M}\na.example.cl,03/2025,1\n`, 2, /month "03\/2025" is not a month/],
  ["future month", "TRAFFIC", `${M}\na.example.cl,2099-01,1\n`, 2, /month "2099-01" is in the future/],
  ["negative visits", "TRAFFIC", `${M}\na.example.cl,2025-03,-5\n`, 2, /visits "-5" is negative/],
  ["non-integer visits", "TRAFFIC", `${M}\na.example.cl,2025-03,12.5\n`, 2, /visits "12.5" is not a whole number/],
  ["non-numeric visits", "TRAFFIC", `${M}\na.example.cl,2025-03,lots\n`, 2, /visits "lots" is not a number of visits/],
  ["empty value", "TRAFFIC", `${M}\na.example.cl,2025-03,\n`, 2, /visits is empty/],
  ["malformed domain", "TRAFFIC", `${M}\nnot a domain,2025-03,1\n`, 2, /domain "not a domain" is not a domain name/],
  ["duplicate key", "TRAFFIC", `${M}\na.example.cl,2025-03,1\nb.example.cl,2025-03,1\nA.example.cl,2025-03,2\n`, 4, /duplicate row: a\.example\.cl 2025-03 already appears on line 2/],
  ["unknown domains (listed in one error)", "TRAFFIC", `${M}\nnope.example.com,2025-03,1\na.example.cl,2025-03,1\nzip.example.org,2025-03,1\nnope.example.com,2025-04,1\n`, 2, /2 unknown domains \(not in the marketplace list; the first line of each in brackets\): nope\.example\.com \(2\), zip\.example\.org \(4\)/],
  ["wrong number of columns", "TRAFFIC", `${M}\na.example.cl,2025-03\n`, 2, /expected 3 columns but found 2/],
  ["empty file", "TRAFFIC", "", null, /The file is empty/],
  ["header only", "TRAFFIC", `${M}\r\n`, 1, /header row but no data rows/],
  ["wrong delimiter (semicolons)", "TRAFFIC", "domain;month;visits\na.example.cl;2025-03;1\n", 1, /separated by semicolons, not commas/],
  ["wrong delimiter (tabs)", "TRAFFIC", "domain\tmonth\tvisits\na.example.cl\t2025-03\t1\n", 1, /separated by tabs, not commas/],
  ["unclosed quote", "TRAFFIC", `${M}\n"a.example.cl,2025-03,1\n`, 2, /not well-formed CSV/],
  ["unclosed quote on a later line (the message names the line it reports)", "TRAFFIC", `${M}\na.example.cl,2025-03,1\nb.example.cl,2025-03,1\n"c.example.jp,2025-03,1\n`, 4, /not well-formed CSV: .*at line 4\b/],
  ["bad closing quote inside a multi-line record", "TRAFFIC", `${M}\na.example.cl,2025-03,1\n"b.example\ncl"x,2025-03,1\n`, 4, /not well-formed CSV: .*at line 4\b/],
  ["invalid UTF-8 (Latin-1 bytes)", "TRAFFIC", Buffer.concat([Buffer.from(`${M},source\na.example.cl,2025-03,1,ok\na.example.cl,2025-04,1,Encuesta `), Buffer.from([0xe9]), Buffer.from("\n")]), 3, /not valid UTF-8/],
  ["UTF-16 file", "TRAFFIC", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${M}\n`, "utf16le")]), 1, /encoded as UTF-16/],
  ["oversized file", "TRAFFIC", `${M}\n${Array.from({ length: 60 }, (_, i) => `a.example.cl,${1990 + i}-01,1`).join("\n")}\n`, null, /larger than the limit of 1 KB/],
  ["shares not summing to 1", "ORIGIN", `${O}\na.example.cl,2024,CHL,0.5\na.example.cl,2024,ARG,0.3\n`, 2, /shares for a\.example\.cl in 2024 add up to 0\.8, not 1 \(±0\.02\)/],
  ["share above 1", "ORIGIN", `${O}\nb.example.cl,2024,CHL,1.2\n`, 2, /share "1\.2" is outside 0–1/],
  ["negative share", "GENDER", "domain,year,gender,share\na.example.cl,2024,female,-0.1\na.example.cl,2024,male,1.1\n", 2, /share "-0\.1" is outside 0–1/],
  ["unknown country code", "ORIGIN", `${O}\nb.example.cl,2024,XYZ,1\n`, 2, /origin_iso3 "XYZ" is not an ISO 3166-1 alpha-3 country code/],
  ["duplicate origin", "ORIGIN", `${O}\nb.example.cl,2024,CHL,0.5\nb.example.cl,2024,chl,0.5\n`, 3, /duplicate row: b\.example\.cl 2024 CHL already appears on line 2/],
  ["unknown gender", "GENDER", "domain,year,gender,share\na.example.cl,2024,other,1\n", 2, /gender "other" must be female or male/],
  ["unknown age group", "AGE", "domain,year,age_group,share\na.example.cl,2024,10-17,1\n", 2, /age_group "10-17" must be one of 18-24/],
  ["future year", "AGE", "domain,year,age_group,share\na.example.cl,2099,18-24,1\n", 2, /year "2099" is in the future/],
  ["one bad row among good ones", "TRAFFIC", `${M}\na.example.cl,2025-05,1\nb.example.cl,2025-05,x\nc.example.jp,2025-05,3\n`, 3, /visits "x"/],
];

describe("monthly traffic ingestion: invalid files", () => {
  const db = useScratchDatabase(loadExplorerFixture);

  it.each(CASES)("%s: fails with the right message and changes nothing", async (_name, kind, content, line, message) => {
    const before = await fingerprint(db());
    const runsBefore = await db().ingestionRun.count();
    const outcome = await ingest(kind, content, { maxBytes: 1024 });
    expect(outcome.status).toBe("FAILED");
    const error = outcome.errors.find((e) => message.test(e.message));
    expect(error, JSON.stringify(outcome.errors)).toBeDefined();
    expect(error?.line).toBe(line);
    expect(outcome.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(await fingerprint(db())).toEqual(before);
    // The failed run is recorded, with its errors.
    expect(await db().ingestionRun.count()).toBe(runsBefore + 1);
    const run = await db().ingestionRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect(run).toMatchObject({ status: "FAILED", errorCount: outcome.errorCount });
    expect(run.finishedAt).not.toBeNull();
    expect(JSON.stringify(run.errors)).toContain(error!.message.slice(0, 30).replace(/"/g, '\\"'));
    // Each problem has a message code whose Spanish text takes the same parameters (the admin screen shows it).
    for (const issue of outcome.errors) {
      expect(issue.code, issue.message).toBeDefined();
      expect(spanish(issue.code!, issue.params)).not.toBe(issue.message);
    }
  });

  it("lists the first 100 problems and counts the rest", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `a.example.cl,2025-01,bad${i}`).join("\n");
    const outcome = await ingest("TRAFFIC", `${M}\n${rows}\n`);
    expect(outcome).toMatchObject({ status: "FAILED", errorCount: 150, counts: { read: 150, rejected: 150 } });
    expect(outcome.errors).toHaveLength(101);
    expect(outcome.errors[0]).toEqual({
      line: 2,
      column: "visits",
      message: 'visits "bad0" is not a number of visits (digits only, no separators)',
      code: "value.notVisits",
      params: expect.objectContaining({ column: "visits", value: '"bad0"' }),
    });
    expect(outcome.errors[100]).toMatchObject({ message: "… and 50 more problems not listed.", code: "moreProblems", params: { count: 50 } });
  });

  it("counts every duplicate key, also past the first 100", async () => {
    // 150 keys (3 marketplaces × 50 months), each given twice.
    const months = Array.from({ length: 50 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const rows = ["a.example.cl", "b.example.cl", "c.example.jp"].flatMap((domain) => months.flatMap((month) => [`${domain},${month},1`, `${domain},${month},2`]));
    const outcome = await ingest("TRAFFIC", `${M}\n${rows.join("\n")}\n`);
    expect(outcome).toMatchObject({ status: "FAILED", errorCount: 150, counts: { read: 300, rejected: 150 } });
    expect(outcome.errors).toHaveLength(101);
    expect(outcome.errors[100]).toMatchObject({ code: "moreProblems", params: { count: 50 } });
    expect((await db().ingestionRun.findUniqueOrThrow({ where: { id: outcome.runId } })).errorCount).toBe(150);
  });
});
