/**
 * The production server: Next.js behind Node's own HTTP server, which appends
 * the TCP peer's address to X-Forwarded-For before Next.js sees the request.
 * `next start` keeps a client's X-Forwarded-For as it came, so a per-address
 * limit read from it could be dodged by sending another value; with the peer
 * appended here, lib/core/rate-limit/client-address.ts reads the hop that
 * this server or a trusted proxy wrote (TRUSTED_PROXY_HOPS).
 *
 * It also keeps the public pages visitors see in memory and replays them
 * until the next write (lib/core/cache/pages.ts; PORTAL_CACHE=off turns it off).
 *
 *   PORT=3000 HOST=0.0.0.0 tsx scripts/serve.ts      (after `next build`)
 */
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { pageCacheFromEnv } from "@/lib/core/cache/pages";
import { missingProductionSettings } from "@/lib/core/settings";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

export function appendPeer(request: IncomingMessage): void {
  const peer = (request.socket.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
  const given = request.headers["x-forwarded-for"];
  const before = (Array.isArray(given) ? given.join(", ") : given)?.trim();
  request.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}

async function main(): Promise<void> {
  const missing = missingProductionSettings(process.env);
  if (missing.length > 0) {
    throw new Error(`Refusing to start: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set. See "Configuration" in the README.`);
  }
  const app = next({ dev: false, hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pages = pageCacheFromEnv();
  createServer((request, response) => {
    appendPeer(request);
    const render = () => void handle(request, response);
    if (!pages) return render();
    pages.handle(request, response, render).catch((error: unknown) => {
      console.error("page cache:", error);
      if (!response.headersSent) render();
      else response.destroy();
    });
  }).listen(port, host, () => console.log(`Portal listening on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
