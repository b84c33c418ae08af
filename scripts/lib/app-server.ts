import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { onExit } from "./cleanup";
import { freePort } from "./free-port";
import { spawnProductionServer } from "./production-server";
import { gone, peakRssOfTree, processTree, signalPids } from "./process-tree";

/** A production server (scripts/server.mjs) this script started, on its own port and database file. */
export type AppServer = {
  url: string;
  port: number;
  pid: number;
  /** Peak RSS in bytes of the biggest process of the server's tree so far. */
  peakRss(): number;
  /** SIGKILL the whole tree at once, as a crash or power cut would (no shutdown hooks run). */
  crash(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
  /** Everything the server printed (for error reports). */
  output(): string;
};

export type StartOptions = {
  databaseFile: string;
  port?: number;
  /** Extra environment (e.g. a fixed NEXTAUTH_SECRET so sessions survive a restart). */
  env?: Record<string, string>;
  /** Milliseconds to wait for /api/health. */
  timeoutMs?: number;
};

const root = process.cwd();

/** Exits with a clear message when there is no production build to serve. */
export function requireProductionBuild(): void {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("No production build in .next/: run `npm run build` first.");
    process.exit(1);
  }
}

export async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Server exited (${child.exitCode ?? child.signalCode}) before it was healthy`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Server at ${url} not healthy after ${timeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Serves the existing production build (never builds) against `databaseFile`, which must be migrated. */
export async function startAppServer(options: StartOptions): Promise<AppServer> {
  requireProductionBuild();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${options.databaseFile}`,
    NEXTAUTH_URL: url,
    PUBLIC_BASE_URL: url,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    ...options.env,
  };
  const child = spawnProductionServer({ host: "127.0.0.1", port, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const pid = child.pid!;
  // The tree is read while it is alive; after a kill its pids may be gone or reused.
  let peak = 0;
  const peakRss = () => (peak = Math.max(peak, peakRssOfTree(pid)));
  const sampler = setInterval(peakRss, 250);
  sampler.unref();
  child.once("exit", () => clearInterval(sampler));
  let tree = [pid];
  // Known descendants, refreshed while running: a kill on exit must reach any child the server forked.
  const treeWatch = setInterval(() => child.exitCode === null && (tree = processTree(pid)), 1000);
  treeWatch.unref();
  const unregister = onExit(() => signalPids([...new Set([...tree, ...processTree(pid)])], "SIGKILL"));
  child.once("exit", () => clearInterval(treeWatch));

  const server: AppServer = {
    url,
    port,
    pid,
    peakRss,
    output: () => log,
    async crash() {
      const pids = processTree(pid);
      signalPids(pids, "SIGKILL");
      await exited(child);
      await gone(pids);
      unregister();
    },
    async stop() {
      peakRss();
      // Read before signalling: once the server exits, a child it forked is re-parented.
      const pids = processTree(pid);
      signalPids(pids, "SIGTERM");
      const timer = setTimeout(() => signalPids(pids, "SIGKILL"), 5000);
      await exited(child);
      await gone(pids);
      clearTimeout(timer);
      unregister();
    },
  };
  try {
    await waitForHealth(url, child, options.timeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log}`);
  }
  return server;
}
