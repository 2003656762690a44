/**
 * The byte layer of an ingestion file: enforces the size limit, computes the
 * SHA-256 checksum, drops a UTF-8 byte-order mark and turns the bytes into
 * text, refusing anything that is not valid UTF-8 (UTF-16, Latin-1 …) with
 * the line where it goes wrong. Streams: never holds the whole file.
 */
import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { FatalIngestError } from "./issues";

/** Sized for monthly files (well under 1 MB for 10,000 marketplaces) and a full backfill (2019 on, ≈ 40 MB); raise INGEST_MAX_BYTES for more. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function maxBytesFromEnv(): number {
  const configured = Number(process.env.INGEST_MAX_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export class Utf8Decoder extends Transform {
  private readonly hash = createHash("sha256");
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private started = false;
  private newlines = 0;
  bytes = 0;

  constructor(private readonly maxBytes: number) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: "utf8" });
  }

  /** Hex SHA-256 of every byte read (available once the stream has ended). */
  checksum(): string {
    return this.hash.copy().digest("hex");
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.bytes += chunk.length;
      if (this.bytes > this.maxBytes) {
        throw new FatalIngestError({ code: "tooLarge", params: { limit: formatBytes(this.maxBytes) } });
      }
      this.hash.update(chunk);
      let bytes = chunk;
      if (!this.started && bytes.length > 0) {
        this.started = true;
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
          throw new FatalIngestError({ code: "utf16" }, 1);
        }
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      done(null, this.decode(bytes, true));
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decode(Buffer.alloc(0), false));
    } catch (error) {
      done(error as Error);
    }
  }

  private decode(bytes: Buffer, stream: boolean): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream });
    } catch {
      // Find the line of the first bad byte: decode leniently and look for the replacement character.
      const lenient = new TextDecoder("utf-8").decode(bytes);
      const at = lenient.indexOf("\uFFFD");
      const line = this.newlines + 1 + countNewlines(lenient.slice(0, Math.max(at, 0)));
      throw new FatalIngestError({ code: "notUtf8" }, line);
    }
    if (text.includes("\0")) {
      throw new FatalIngestError({ code: "nulCharacters" }, this.newlines + 1);
    }
    this.newlines += countNewlines(text);
    return text;
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
