import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { serverNodeOptions } from "./server-node-options";

/**
 * Starts the production server (scripts/server.mjs: Next.js's request handler on the production
 * build) the way every server of this app runs, whoever starts it (`npm start`, the bench, load
 * and crash scripts, e2e): production mode, no telemetry, and the V8 heap cap. `env` holds the
 * rest (database, origin, secret).
 */
export function spawnProductionServer(options: { host: string; port: number | string; env: NodeJS.ProcessEnv; stdio: StdioOptions }): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    HOST: options.host,
    PORT: String(options.port),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    NODE_OPTIONS: serverNodeOptions(options.env.NODE_OPTIONS),
  };
  return spawn(process.execPath, [path.join(process.cwd(), "scripts", "server.mjs")], { env, stdio: options.stdio });
}
