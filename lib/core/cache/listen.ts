/**
 * Cross-instance invalidation: every server instance LISTENs on the
 * data_change channel, on a connection of its own. PostgreSQL delivers a
 * NOTIFY when the writing transaction commits, from triggers on every data
 * table (any writer: staff actions, ingestion, the seed, psql) and from
 * defineAction. While the connection is down nothing is known, so the
 * cache is cleared when it comes back, and a periodic ping notices a
 * connection that died silently.
 */
import type pg from "pg";
import { openConnection } from "@/lib/core/db";
import { invalidateLocal } from "./store";
import { DATA_CHANGE_CHANNEL, tagsOfPayload } from "./tags";

const RETRY_MS = 1000;
const PING_MS = 30_000;

export interface Listener {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function listenForDataChanges(url?: string): Listener {
  let client: pg.Client | null = null;
  let stopped = false;
  let ping: ReturnType<typeof setInterval> | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const lost = () => {
    clearInterval(ping);
    client = null;
    invalidateLocal();
    if (!stopped) setTimeout(connect, RETRY_MS).unref();
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    let next: pg.Client;
    try {
      next = await openConnection("portal-cache-listen", url);
    } catch {
      lost();
      return;
    }
    next.on("notification", (message) => {
      if (message.channel === DATA_CHANGE_CHANNEL) invalidateLocal(tagsOfPayload(message.payload));
    });
    next.once("end", () => {
      if (client === next) lost();
    });
    try {
      await next.query(`LISTEN ${DATA_CHANGE_CHANNEL}`);
    } catch {
      await next.end().catch(() => undefined);
      lost();
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    // Whatever changed while no connection listened is unknown: start afresh.
    invalidateLocal();
    ping = setInterval(() => {
      next.query("SELECT 1").catch(() => next.end().catch(() => undefined));
    }, PING_MS);
    ping.unref();
    markReady();
  }

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      clearInterval(ping);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
