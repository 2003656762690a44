/**
 * A throwaway PostgreSQL cluster from a given installation's bin folder (its
 * initdb and postgres), for a test whose tools must match the server's major
 * version when the test server is newer than the tools the machine has.
 * PostgreSQL refuses to run as root: as root, it runs as the "postgres" user.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export interface TemporaryCluster {
  url: string;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;
const command = (binary: string, args: string[]): [string, string[]] => (asRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args]);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startTemporaryCluster(binDir: string): Promise<TemporaryCluster> {
  for (const tool of ["initdb", "postgres"]) if (!existsSync(path.join(binDir, tool))) throw new Error(`${binDir} has no ${tool}: cannot start a PostgreSQL of the tools' version for this test`);
  const dir = mkdtempSync(path.join(tmpdir(), "portal-cluster-"));
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  const data = path.join(dir, "data");
  execFileSync(...command(path.join(binDir, "initdb"), ["-D", data, "-U", "portal", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]), { stdio: "ignore" });
  const port = await freePort();
  const server: ChildProcess = spawn(...command(path.join(binDir, "postgres"), ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1"]), { stdio: "ignore" });
  const url = `postgresql://portal@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      const exited = server.exitCode !== null ? Promise.resolve() : new Promise((resolve) => server.once("exit", resolve));
      // The postmaster itself (runuser does not pass signals on): SIGINT is a fast shutdown.
      const postmaster = Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(postmaster, "SIGINT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
