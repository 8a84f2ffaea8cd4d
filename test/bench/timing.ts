/**
 * Timed regions of the benchmark: one run's wall-clock and CPU time, and the summary of a list of
 * runs. Shared by the headline (`run.ts`) and extended (`extended.ts`) parts. Not part of the test
 * suite.
 *
 * @module
 */
import type { Timing } from "./report.js";
import { median, since } from "./stats.js";

/** Wall-clock and CPU time (all threads of the process) of one run, in ms. */
export interface Run {
  readonly ms: number;
  readonly cpuMs: number;
}

/** Median, best, CPU median and every run of a list of runs. */
export function timing(runs: readonly Run[]): Timing {
  const wall = runs.map((r) => r.ms);
  return { median: median(wall), best: Math.min(...wall), cpuMedian: median(runs.map((r) => r.cpuMs)), runs: wall };
}

/** Starts a timed region; the returned function ends it. */
export function stopwatch(): () => Run {
  const cpu = process.cpuUsage();
  const start = performance.now();
  return () => {
    const ms = since(start);
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000 };
  };
}
