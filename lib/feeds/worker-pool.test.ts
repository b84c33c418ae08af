import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createWorkerPool, type PoolWorker, type WorkerReply } from "./worker-pool";

/** A stand-in for a worker thread: answers each job with `answer(job)` on a later tick. */
class FakeWorker extends EventEmitter implements PoolWorker {
  jobs: number[] = [];
  terminated = false;
  constructor(private readonly answer: (job: number, worker: FakeWorker) => WorkerReply<number> | "crash" | "silent") {
    super();
  }
  postMessage(job: unknown): void {
    this.jobs.push(job as number);
    setImmediate(() => {
      const reply = this.answer(job as number, this);
      if (reply === "crash") {
        this.emit("error", new Error("boom"));
        this.emit("exit", 1);
      } else if (reply !== "silent") this.emit("message", reply);
    });
  }
  terminate(): Promise<number> {
    this.terminated = true;
    setImmediate(() => this.emit("exit", 1));
    return Promise.resolve(1);
  }
  unref(): void {}
}

function setup(answer: ConstructorParameters<typeof FakeWorker>[0], size = 2, idleMs = 1000) {
  const spawned: FakeWorker[] = [];
  const pool = createWorkerPool<number, number, unknown>(
    () => {
      const worker = new FakeWorker(answer);
      spawned.push(worker);
      return worker;
    },
    { size, idleMs },
  );
  return { pool, spawned };
}

afterEach(() => vi.useRealTimers());

describe("worker pool", () => {
  it("runs jobs on at most `size` workers, one job per worker at a time, and answers each job", async () => {
    const { pool, spawned } = setup((job) => ({ ok: true, result: job * 10 }));
    const results = await Promise.all([1, 2, 3, 4, 5].map((job) => pool.run(job)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(spawned).toHaveLength(2);
    expect(spawned.flatMap((w) => w.jobs).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("passes what a worker posts during a job to that job's onProgress, in order, before the result", async () => {
    const { pool } = setup((job, worker) => {
      for (let i = 0; i < 3; i++) worker.emit("message", { progress: job * 100 + i });
      return { ok: true, result: job };
    });
    const seen: Record<number, number[]> = { 1: [], 2: [] };
    const results = await Promise.all([1, 2].map((job) => pool.run(job, (p) => seen[job].push(p as number))));
    expect(results).toEqual([1, 2]);
    expect(seen).toEqual({ 1: [100, 101, 102], 2: [200, 201, 202] });
  });

  it("rejects a job that throws in the worker, and keeps the worker", async () => {
    const { pool, spawned } = setup((job) => (job === 2 ? { ok: false, error: "bad part" } : { ok: true, result: job }));
    await expect(pool.run(2)).rejects.toThrow("bad part");
    await expect(pool.run(3)).resolves.toBe(3);
    expect(spawned).toHaveLength(1);
  });

  it("rejects the job of a worker that dies, and starts a new worker for the next job", async () => {
    const { pool, spawned } = setup((job) => (job === 1 ? "crash" : { ok: true, result: job }));
    await pool.run(0); // the first worker answers once, then dies on job 1
    await expect(pool.run(1)).rejects.toThrow("boom");
    await expect(pool.run(2)).resolves.toBe(2);
    expect(spawned).toHaveLength(2);
    expect(pool.workers()).toBe(1);
  });

  it("gives up when workers keep failing before their first answer (no worker build), and says so at once", async () => {
    const { pool, spawned } = setup(() => "crash", 1);
    for (let i = 0; i < 3; i++) await expect(pool.run(i)).rejects.toThrow();
    await expect(pool.run(9)).rejects.toThrow("Worker threads are unavailable");
    expect(spawned).toHaveLength(3);
  });

  it("stops workers after `idleMs` without jobs, and starts them again when needed", async () => {
    const { pool, spawned } = setup((job) => ({ ok: true, result: job }), 2, 50);
    await Promise.all([pool.run(1), pool.run(2)]);
    expect(pool.workers()).toBe(2);
    await new Promise((r) => setTimeout(r, 120));
    expect(pool.workers()).toBe(0);
    expect(spawned.every((w) => w.terminated)).toBe(true);
    await expect(pool.run(3)).resolves.toBe(3);
    expect(spawned).toHaveLength(3);
  });

  it("warm starts workers before any job, which then take the jobs; unused, they stop when idle", async () => {
    const { pool, spawned } = setup((job) => ({ ok: true, result: job }), 2, 50);
    pool.warm();
    expect(pool.workers()).toBe(2);
    expect(spawned.flatMap((w) => w.jobs)).toEqual([]);
    await Promise.all([pool.run(1), pool.run(2)]);
    expect(spawned).toHaveLength(2);
    pool.warm(5); // never more than `size`
    expect(pool.workers()).toBe(2);
    await new Promise((r) => setTimeout(r, 120));
    expect(pool.workers()).toBe(0);
    pool.warm(1);
    expect(pool.workers()).toBe(1);
    await new Promise((r) => setTimeout(r, 120));
    expect(pool.workers()).toBe(0);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it("never stops a worker in the middle of a job", async () => {
    let release: () => void = () => {};
    const { pool, spawned } = setup((job, worker) => {
      if (job === 1) {
        release = () => worker.emit("message", { ok: true, result: 1 });
        return "silent";
      }
      return { ok: true, result: job };
    }, 2, 20);
    const slow = pool.run(1);
    await pool.run(2);
    await new Promise((r) => setTimeout(r, 60)); // the pool is not idle while a job runs
    expect(spawned.filter((w) => w.terminated)).toHaveLength(0);
    release();
    await expect(slow).resolves.toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(spawned.filter((w) => w.terminated)).toHaveLength(2);
  });
});
