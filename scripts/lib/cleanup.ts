/**
 * Child processes a script started must not outlive it, even when it fails or is interrupted:
 * each registers a synchronous kill here, run on exit, Ctrl-C and termination.
 */
const cleanups = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is going away.
    }
  }
  cleanups.clear();
}

/** Registers `cleanup`; returns the function that unregisters it (after a normal stop). */
export function onExit(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    process.on("exit", runAll);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.once(signal, () => {
        runAll();
        process.exit(signal === "SIGINT" ? 130 : 143);
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
