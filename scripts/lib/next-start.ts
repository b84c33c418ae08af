import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { serverNodeOptions } from "./server-node-options";

/**
 * Starts `next start` on the production build the way every server of this app runs, whoever
 * starts it (`npm start`, the bench, load and crash scripts): production mode, no telemetry, and
 * the V8 heap cap. `env` holds the rest (database, origin, secret).
 */
export function spawnNextStart(options: { host: string; port: number | string; env: NodeJS.ProcessEnv; stdio: StdioOptions }): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    NODE_OPTIONS: serverNodeOptions(options.env.NODE_OPTIONS),
  };
  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  return spawn(next, ["start", "-H", options.host, "-p", String(options.port)], { env, stdio: options.stdio });
}
