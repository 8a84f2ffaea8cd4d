/**
 * Timing and memory helpers of the benchmark: wall-clock timing, medians, garbage collection, and
 * a worker thread that samples the process's resident set size while the main thread computes.
 *
 * Not part of the test suite; see `run.ts`.
 *
 * @module
 */
import { Worker } from "node:worker_threads";

/** Milliseconds elapsed since `start` (a `performance.now()` reading). */
export function since(start: number): number {
  return performance.now() - start;
}

/**
 * Median of a non-empty list of numbers (mean of the two middle values for an even count).
 *
 * @param values - measurements
 * @returns their median
 * @throws Error on an empty list
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no measurement");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The global `gc` exposed by `node --expose-gc`, or a function that throws without it. */
export function gcOrThrow(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") {
    throw new Error(
      "run the benchmark with node --expose-gc (npm run bench does): memory figures need a full garbage collection",
    );
  }
  return gc;
}

/** Two full collections (the second finalises what the first freed), so `heapUsed` is live data only. */
export function fullGc(): void {
  const gc = gcOrThrow();
  gc();
  gc();
}

/** Heap bytes in use after a full collection. */
export function liveHeapBytes(): number {
  fullGc();
  return process.memoryUsage().heapUsed;
}

// The sampler's code, run with `eval` so the worker needs no TypeScript loader. It reads the
// process's resident set size (process-wide, so it sees the main thread's heap and DuckDB's
// memory alike) every `intervalMs` and keeps the maximum in a shared array the main thread reads
// without waiting for the event loop (the main thread is busy computing while it samples).
const SAMPLER_SOURCE = `
const { workerData } = require("node:worker_threads");
const peak = new Float64Array(workerData.buffer);
const tick = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peak[0]) peak[0] = rss;
};
tick();
setInterval(tick, workerData.intervalMs);
`;

/** Peak resident set size, sampled by a worker thread. */
export class RssSampler {
  private readonly peak: Float64Array;
  private readonly worker: Worker;

  private constructor(peak: Float64Array, worker: Worker) {
    this.peak = peak;
    this.worker = worker;
  }

  /**
   * Starts the sampling thread and waits until it runs.
   *
   * @param intervalMs - sampling period in milliseconds (default 2)
   * @returns the running sampler
   */
  static async start(intervalMs = 2): Promise<RssSampler> {
    const buffer = new SharedArrayBuffer(8);
    const peak = new Float64Array(buffer);
    const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { buffer, intervalMs }, execArgv: [] });
    await new Promise<void>((resolve, reject) => {
      worker.once("online", () => {
        resolve();
      });
      worker.once("error", reject);
    });
    // Wait for its first sample.
    while (peak[0] === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    return new RssSampler(peak, worker);
  }

  /** Starts a new measurement window at the current resident size. */
  reset(): void {
    this.peak[0] = process.memoryUsage.rss();
  }

  /** The highest resident size seen since the last {@link reset} (or the start), in bytes. */
  read(): number {
    return Math.max(this.peak[0] as number, process.memoryUsage.rss());
  }

  /** Stops the sampling thread. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** crm-kpi runs timed right after each run that follows a full collection (the "warm" runs judged against the targets). */
export const WARM_RUNS = 3;
