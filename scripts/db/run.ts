/** Spawns a command and resolves with its exit code, forwarding output. */
import { spawn } from "node:child_process";

export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((resolve, reject) => {
    // Next.js reports anonymous usage unless told not to; the portal's scripts never do.
    const child = spawn(command, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs a binary from node_modules/.bin and throws if it fails. */
export async function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const code = await run(`node_modules/.bin/${bin}`, args, env);
  if (code !== 0) throw new Error(`${bin} ${args.join(" ")} exited with code ${code}`);
}
