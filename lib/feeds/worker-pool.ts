/** What the pool needs of a worker thread; node:worker_threads' Worker has it all. */
export type PoolWorker = {
  postMessage(message: unknown, transferList?: readonly ArrayBuffer[]): void;
  on(event: "message", listener: (message: unknown) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
  unref(): void;
};

/** A worker's answer to one job: its result, or the message of the error the job threw. */
export type WorkerReply<Result> = { ok: true; result: Result } | { ok: false; error: string };
/** What a worker posts while a job runs (any number of times), before its reply. */
export type WorkerProgress<Progress> = { progress: Progress };

export type WorkerPoolOptions = {
  /** Worker threads at most. */
  size: number;
  /** Workers are stopped after this long without a job (their memory returns to the system). */
  idleMs: number;
  /** Workers that fail before answering once, in a row, after which the pool refuses jobs. */
  maxStartFailures?: number;
};

type Pending<Job, Result, Progress> = {
  job: Job;
  onProgress: (progress: Progress) => void;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
};
type Slot<Job, Result, Progress> = { worker: PoolWorker; current: Pending<Job, Result, Progress> | null; answered: boolean };

/**
 * Runs jobs on up to `size` worker threads, one job per worker at a time, queueing the rest.
 * Workers start on demand and stop when idle; they never keep the process alive. A job whose
 * worker dies is rejected (the caller decides what to do); the next job starts a new worker.
 * If workers keep failing before their first answer (a missing or broken worker build), the
 * pool gives up and rejects every job at once, so callers fall back instead of waiting.
 */
export function createWorkerPool<Job, Result, Progress = never>(spawn: () => PoolWorker, options: WorkerPoolOptions) {
  const { size, idleMs, maxStartFailures = 3 } = options;
  const slots: Slot<Job, Result, Progress>[] = [];
  const queue: Pending<Job, Result, Progress>[] = [];
  let startFailures = 0;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const broken = () => startFailures >= maxStartFailures;

  function retire(slot: Slot<Job, Result, Progress>, error: Error): void {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    if (!slot.answered) startFailures += 1;
    slot.current?.reject(error);
    slot.current = null;
    if (broken()) for (const waiting of queue.splice(0)) waiting.reject(new Error(`Worker threads keep failing to start: ${error.message}`));
    dispatch();
  }

  function start(): Slot<Job, Result, Progress> {
    const worker = spawn();
    worker.unref();
    const slot: Slot<Job, Result, Progress> = { worker, current: null, answered: false };
    worker.on("message", (message) => {
      slot.answered = true;
      if (typeof message === "object" && message !== null && "progress" in message) {
        slot.current?.onProgress((message as WorkerProgress<Progress>).progress);
        return;
      }
      const reply = message as WorkerReply<Result>;
      startFailures = 0;
      const done = slot.current;
      slot.current = null;
      if (reply.ok) done?.resolve(reply.result);
      else done?.reject(new Error(reply.error));
      dispatch();
    });
    worker.on("error", (error) => retire(slot, error));
    worker.on("exit", (code) => retire(slot, new Error(`Worker thread exited (code ${code})`)));
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.current === null) ?? (slots.length < size && !broken() ? start() : null);
      if (!slot) break;
      const next = queue.shift()!;
      slot.current = next;
      slot.worker.postMessage(next.job);
    }
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (queue.length === 0 && slots.length > 0 && slots.every((s) => s.current === null)) {
      idleTimer = setTimeout(stopIdleWorkers, idleMs);
      idleTimer.unref();
    }
  }

  function stopIdleWorkers(): void {
    for (const slot of slots.filter((s) => s.current === null)) {
      slots.splice(slots.indexOf(slot), 1);
      void slot.worker.terminate();
    }
  }

  return {
    /**
     * Runs `job` on a worker, passing what it posts meanwhile to `onProgress`; rejects if the job
     * throws, its worker dies, or workers cannot start.
     */
    run(job: Job, onProgress: (progress: Progress) => void = () => {}): Promise<Result> {
      if (broken()) return Promise.reject(new Error("Worker threads are unavailable"));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ job, onProgress, resolve, reject });
        dispatch();
      });
    },
    /**
     * Starts workers, up to `count` (at most `size`), before there is a job for them: a thread
     * takes ~0.1–0.3 s to load its code, which can overlap with the caller's own preparation.
     * Unused, they stop after `idleMs` like any idle worker.
     */
    warm(count: number = size): void {
      while (slots.length < Math.min(count, size) && !broken()) start();
      dispatch();
    },
    /** Worker threads running now. */
    workers: () => slots.length,
    size,
  };
}

export type WorkerPool<Job, Result, Progress = never> = ReturnType<typeof createWorkerPool<Job, Result, Progress>>;
