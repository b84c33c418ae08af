import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * The production server's node arguments exactly as `npm start` runs it (package.json "start":
 * `node --max-old-space-size=512 --max-semi-space-size=16 server/main.mjs`), so that e2e, the
 * bench, load and crash scripts measure the server operators run. Read from package.json: one
 * place states it.
 */
export function productionServerArgs(): string[] {
  const packageJson = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { scripts: { start: string } };
  const [command, ...args] = packageJson.scripts.start.trim().split(/\s+/);
  if (command !== "node") throw new Error(`package.json "start" must run node directly, not: ${packageJson.scripts.start}`);
  return args;
}

/** The V8 heap cap, in MB, that `npm start` gives the server. */
export function serverHeapCapMb(): number {
  const flag = productionServerArgs().find((arg) => arg.startsWith("--max-old-space-size="));
  if (!flag) throw new Error('package.json "start" sets no --max-old-space-size');
  return Number(flag.split("=")[1]);
}

/** Starts the production server as `npm start` does, in production mode and without telemetry; `env` holds the rest. */
export function spawnProductionServer(options: { host: string; port: number | string; env: NodeJS.ProcessEnv; stdio: StdioOptions }): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    HOST: options.host,
    PORT: String(options.port),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  return spawn(process.execPath, productionServerArgs(), { env, stdio: options.stdio });
}
