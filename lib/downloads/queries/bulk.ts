import "server-only";
/**
 * The full download: a ZIP of every dataset as CSV, datapackage.json and
 * SOURCES.md, built once per data version into a cache file (the version is
 * in its name, so a data change makes a new file) and then served from disk.
 * Datasets are copied one after the other (one connection at a time).
 */
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { DATASETS } from "@/lib/downloads/datasets";
import { buildDataPackage } from "@/lib/downloads/datapackage";
import { extractCsv } from "./extract";

const CACHE_DIR = process.env.DOWNLOADS_CACHE_DIR ?? path.join(tmpdir(), "fealac-downloads");
const building = new Map<string, Promise<string>>();

const README = (version: string) => `FEALAC portal on MSME participation in cross-border e-commerce — full download
Data version: ${version}

One CSV per dataset (UTF-8, comma-separated, RFC 4180 quoting, ISO 8601 dates,
units in brackets in the column names). datapackage.json describes every
column (Frictionless Data Package). Marketplace traffic rows whose data_status
is "demonstration" carry generated figures, not real measurements. Country
indicators are real; SOURCES.md lists their sources and how to cite them.
`;

export function bulkFileName(version: string): string {
  return `fealac-all-datasets_data-${version}.zip`;
}

async function build(version: string, file: string): Promise<string> {
  await mkdir(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.${Date.now()}.partial`;
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(partial));
  for (const dataset of DATASETS) {
    zip.addReadStreamLazy(`${dataset.id}.csv`, (callback) => {
      extractCsv(dataset, {}).then((extract) => callback(null, extract.stream), (error) => callback(error, null as never));
    });
  }
  zip.addBuffer(Buffer.from(JSON.stringify(buildDataPackage(version), null, 2)), "datapackage.json");
  const sources = await readFile(path.join(process.cwd(), "prisma/seed-data/indicators/SOURCES.md")).catch(() => Buffer.from("See the portal's indicator pages for sources.\n"));
  zip.addBuffer(sources, "SOURCES.md");
  zip.addBuffer(Buffer.from(README(version)), "README.txt");
  zip.end();
  await written;
  await rename(partial, file);
  // Older versions are no longer served.
  for (const name of await readdir(CACHE_DIR)) if (name !== path.basename(file) && name.startsWith("fealac-all-datasets_") && !name.endsWith(".partial")) await rm(path.join(CACHE_DIR, name), { force: true });
  return file;
}

/** The cached ZIP of this data version, built on first request. */
export function bulkZip(version: string): Promise<string> {
  const file = path.join(CACHE_DIR, bulkFileName(version));
  if (existsSync(file)) return Promise.resolve(file);
  let pending = building.get(version);
  if (!pending) {
    pending = build(version, file).finally(() => building.delete(version));
    building.set(version, pending);
  }
  return pending;
}
