import "server-only";
/**
 * Streams a dataset as CSV: `COPY (query) TO STDOUT` (text format) → records
 * with the shared guard → csv-stringify, one batch per chunk. Backpressure runs end to end, so
 * memory stays flat whatever the row count. Destroying the returned stream
 * (client gone) cancels the query and drops the connection.
 */
import { pipeline, Readable } from "node:stream";
import { to as copyTo } from "pg-copy-streams";
import { CopyTextToCsv } from "@/lib/downloads/copy-text";
import type { Selection } from "@/lib/downloads/filters";
import { csvHeader } from "@/lib/core/columns";
import type { Dataset } from "@/lib/downloads/types";
import { cancelAndClose, dataVersion, openSelection } from "./connection";

export interface CsvExtract {
  stream: Readable;
  /** Resolves once the connection is released (after the end, an error or a cancel). */
  closed: Promise<void>;
  /** Data version of the snapshot the extract reads. */
  version: string;
}

export async function extractCsv(dataset: Dataset, selection: Selection, options: { bom?: boolean } = {}): Promise<CsvExtract> {
  const client = await openSelection(selection);
  let version: string;
  try {
    version = await dataVersion(client);
  } catch (error) {
    await cancelAndClose(client);
    throw error;
  }
  const copy = client.query(copyTo(`COPY (${dataset.sql(selection)}) TO STDOUT`));
  const csv = new CopyTextToCsv(dataset.columns.map((c) => c.type), dataset.columns.map(csvHeader), options.bom ?? false);
  let release!: () => void;
  const closed = new Promise<void>((resolve) => (release = resolve));
  let done = false;
  pipeline(copy, csv, (error) => {
    if (done) return;
    done = true;
    if (error) void cancelAndClose(client).finally(release);
    else void client.query("COMMIT").then(() => client.end()).catch(() => cancelAndClose(client)).finally(release);
  });
  return { stream: csv, closed, version };
}

/** A web stream for a Response; cancelling it (or `signal` aborting) destroys the extract. */
export function toWebStream(extract: CsvExtract, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const { stream } = extract;
  const stop = () => stream.destroy(new Error("client disconnected"));
  if (signal) {
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
  }
  const encoder = new TextEncoder();
  let ended = false;
  let failure: Error | null = null;
  stream.once("end", () => (ended = true));
  stream.once("error", (error) => (failure = error));
  // Wakes a pull() that waits for data, the end or an error.
  const next = () => new Promise<void>((resolve) => {
    const wake = () => {
      stream.off("readable", wake).off("end", wake).off("error", wake).off("close", wake);
      resolve();
    };
    stream.on("readable", wake).on("end", wake).on("error", wake).on("close", wake);
  });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Reads whatever is buffered synchronously and sends it as one ~64 KB chunk.
      let text = "";
      for (;;) {
        let piece: string | Buffer | null;
        while (text.length < 65536 && (piece = stream.read() as string | Buffer | null) !== null) text += typeof piece === "string" ? piece : piece.toString("utf8");
        if (text) return controller.enqueue(encoder.encode(text));
        if (failure) return controller.error(failure);
        if (ended || stream.destroyed) {
          signal?.removeEventListener("abort", stop);
          return controller.close();
        }
        await next();
      }
    },
    cancel() {
      stop();
    },
  }, { highWaterMark: 4 });
}
