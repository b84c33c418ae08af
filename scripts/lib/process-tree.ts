import fs from "node:fs";

/**
 * Linux /proc helpers for the processes a script started. A server may run under a wrapper
 * (`npm start`, `next start`, which forks `next-server`), so memory is read over the whole tree,
 * and kills reach the tree.
 */

function parentOf(pid: number): number | undefined {
  try {
    // Field 4 of /proc/<pid>/stat, after the "(comm)" that may itself contain spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** `root` and every live descendant of it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (!fs.existsSync(`/proc/${pid}`)) continue;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function statusField(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Peak resident set size (VmHWM, bytes) of the largest process in the tree: the server itself. */
export function peakRssOfTree(root: number): number {
  return Math.max(0, ...processTree(root).map((pid) => statusField(pid, "VmHWM")));
}

/** Sends `signal` to each of `pids` (children listed after parents are signalled first). */
export function signalPids(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of [...pids].reverse()) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

function alive(pid: number): boolean {
  try {
    // A zombie has released its memory, ports and file locks: it counts as gone.
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` is running any more. */
export async function gone(pids: number[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(alive)) {
    if (Date.now() > deadline) throw new Error(`Processes still running: ${pids.filter(alive).join(", ")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
