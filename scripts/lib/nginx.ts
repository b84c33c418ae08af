import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { onExit } from "./cleanup";

export const NGINX = "/usr/sbin/nginx";

/** Exits with install instructions when nginx is missing (it is the benchmark's reference). */
export function requireNginx(): void {
  if (!fs.existsSync(NGINX)) {
    console.error(
      `nginx not found at ${NGINX}. It is the physical-limit reference of the benchmark and the caching proxy it measures.\n` +
        "Install it (Debian/Ubuntu): sudo apt-get install -y nginx\n" +
        "The bench runs its own nginx as a child process on 127.0.0.1 with a generated config; the system nginx service is never touched.",
    );
    process.exit(1);
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * A directory for one nginx run (config, static files, cache, temp, logs). Outside any private
 * temp dir: workers started by root run as an unprivileged user and must read and write here.
 */
export function makeNginxDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  fs.chmodSync(dir, 0o777);
  return dir;
}

export type NginxProcess = { stop(): Promise<void>; errorLog(): string };

/**
 * Runs nginx (in a directory from makeNginxDir) in the foreground as a child of this script (`daemon off`), with its prefix, pid,
 * logs and temp paths in `dir`; checks the config first. Never touches the system service.
 */
export async function startNginx(dir: string, config: string, ports: number[]): Promise<NginxProcess> {
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, config);
  const args = ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log"), "-g", "daemon off;"];
  const check = spawn(NGINX, [...args, "-t", "-q"], { stdio: ["ignore", "inherit", "inherit"] });
  const ok = await new Promise<boolean>((resolve) => check.once("exit", (code) => resolve(code === 0)));
  if (!ok) throw new Error(`nginx rejected the generated config ${conf}`);
  const child: ChildProcess = spawn(NGINX, args, { stdio: ["ignore", "inherit", "inherit"] });
  // SIGTERM to the master: fast shutdown, it stops its workers itself.
  const unregister = onExit(() => child.kill("SIGTERM"));
  const deadline = Date.now() + 10_000;
  for (const port of ports) {
    while (!(await listening(port))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not listen on ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const errorLog = () => (fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : "");
  return {
    errorLog,
    async stop() {
      unregister();
      if (child.exitCode !== null) return;
      // SIGQUIT: graceful shutdown of master and workers.
      child.kill("SIGQUIT");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
