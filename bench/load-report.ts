/** The load benchmark's result shapes, its Markdown report, and the measurements it needs from the OS. */
import { readFileSync, readdirSync } from "node:fs";

export interface PageResult {
  type: string;
  path: string;
  status: number;
  /** Bytes of the response body (the HTML, CSV or JSON). */
  bytes: number;
  /** The first request after a data change (nothing cached), and the one after it. */
  coldMs: number;
  warmMs: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Failed requests: connection errors and timeouts (autocannon counts both as errors), and non-2xx answers. */
  errors: number;
  errorKinds: { connection: number; timeouts: number; non2xx: number };
  requests: number;
}

export interface ScaleResult {
  factor: number;
  marketplaces: number;
  monthlyRows: number;
  shareRows: number;
  pages: PageResult[];
  soak: { path: string; seconds: number; requestsPerSecond: number; rssBytes: number[] };
}

export interface LoadReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; loadAverage: number[] };
  versions: Record<string, string>;
  settings: { connections: number; durationSeconds: number; soakSeconds: number };
  scales: ScaleResult[];
}

/** The p-th percentile (nearest rank) of the values, 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function processTreeRss(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(/\s+/) : []) total += processTreeRss(Number(child));
    }
  } catch {
    // the process ended
  }
  return total;
}

const ms = (n: number) => n.toFixed(0);

export function renderMarkdown(report: LoadReport): string {
  const lines = [
    `# Load benchmark, ${report.date}`,
    "",
    `Machine: ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGb} GB; load average at the end ${report.machine.loadAverage.map((l) => l.toFixed(2)).join(", ")}. ` +
      "The load generator runs on the same machine as the server and the database, and the machine is shared with other work: the figures are indicative.",
    `Versions: ${Object.entries(report.versions).map(([k, v]) => `${k} ${v}`).join(", ")}.`,
    `Settings: ${report.settings.connections} connections, ${report.settings.durationSeconds} s per URL; soak ${report.settings.soakSeconds} s.`,
    "",
  ];
  for (const scale of report.scales) {
    lines.push(
      `## ${scale.factor}× the demo volume (${scale.marketplaces} marketplaces, ${scale.monthlyRows} monthly rows, ${scale.shareRows} share rows)`,
      "",
      "| page type | path | req/s | p50 ms | p95 ms | p99 ms | errors | cold ms | warm ms | bytes |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...scale.pages.map(
        (p) =>
          `| ${p.type} | \`${p.path}\` | ${p.requestsPerSecond.toFixed(0)} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${p.errors} | ${ms(p.coldMs)} | ${ms(p.warmMs)} | ${p.bytes} |`,
      ),
      "",
      `Soak: ${scale.soak.seconds} s on \`${scale.soak.path}\` at ${scale.soak.requestsPerSecond.toFixed(0)} req/s; server RSS every 5 s: ${scale.soak.rssBytes.map((b) => (b / 1e6).toFixed(0)).join(" → ")} MB.`,
      "",
    );
  }
  return lines.join("\n");
}
