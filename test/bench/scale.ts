/**
 * The figures of `docs/scale.md`: the five headline indicators over one dataset (default 10M
 * orders, 3M deals, 30M activities), in one run, five ways: crm-kpi in memory on one thread, crm-kpi
 * over two `worker_threads` (each computes the partial states of its half, the main thread merges
 * them: `computeFromPartials`), DuckDB with the benchmark's hand-written SQL (`duckdb.ts`), and a
 * throwaway PostgreSQL 15 cluster running the library's compiled SQL (`computeWithSql`,
 * `postgres.ts`). Every way's figures are checked equal to DuckDB's (`compare.ts`) before a time
 * is reported, and the PostgreSQL results are checked identical (as JSON) to the in-memory ones.
 * Not part of the test suite.
 *
 * Usage: `npm run bench:scale -- [--scale 10] [--runs 3]`. Prints a Markdown table, the machine's
 * load (`uptime`) before and after, and the setup times (generation, tables, loading: PostgreSQL's
 * CSV files and `COPY` apart), which the timed figures leave out: each way is timed from ready
 * data to the five results.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { PartialPlan, PartialResult, PieceRecords } from "../../src/index.js";
import { assertAgreement } from "./compare.js";
import { figuresOf, inputsOf, runIndicator, tablesOf, type Inputs, type Records } from "./crmkpi.js";
import { closeDuck, expectedFigures, loadRecords, MEMORY_TABLES, openDuck, querySql, runQuery } from "./duckdb.js";
import { crmKpi } from "./library.js";
import { describePostgres, fivePostgres, loadPostgres, openBenchPostgres } from "./postgres.js";
import { median, since } from "./stats.js";
import { generate, INDICATORS, sizesAt, workloadOf, type IndicatorId, type Workload } from "./workload.js";

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

/** The five indicators over some inputs. */
function five(inputs: Inputs, w: Workload): { readonly [I in IndicatorId]: ReturnType<typeof runIndicator<I>> } {
  return {
    "2.1": runIndicator("2.1", inputs, w),
    "2.2": runIndicator("2.2", inputs, w),
    "2.3": runIndicator("2.3", inputs, w),
    "2.4": runIndicator("2.4", inputs, w),
    "2.5": runIndicator("2.5", inputs, w),
  };
}

const { computeFromPartials, computePartials } = crmKpi;

const half = <T>(list: readonly T[], part: number): T[] =>
  part === 0 ? list.slice(0, list.length >> 1) : list.slice(list.length >> 1);

/** A worker: regenerates the seeded dataset, keeps the tables of its half, then answers plans. */
function serve(scale: number, part: number): void {
  const data = generate(scale);
  const piece: PieceRecords = tablesOf({
    orders: half(data.orders, part),
    deals: half(data.deals, part),
    activities: half(data.activities, part),
    revenueTargets: [],
    activityTargets: [],
  });
  parentPort?.on("message", (plans: readonly PartialPlan[]) => {
    parentPort?.postMessage(computePartials(plans, piece, { part }));
  });
  parentPort?.postMessage("ready");
}

function startWorker(scale: number, part: number): Promise<Worker> {
  // The bench runs under tsx's loader: the worker registers it before importing this file.
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { scale, part } });
  return new Promise((resolve, reject) => {
    worker.once("message", () => {
      resolve(worker);
    });
    worker.once("error", reject);
  });
}

function ask(worker: Worker, plans: readonly PartialPlan[]): Promise<PartialResult[]> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(plans);
  });
}

function load(): string {
  return execFileSync("uptime", { encoding: "utf8" }).trim();
}

async function main(): Promise<void> {
  const scale = argument("scale", 10);
  const runs = argument("runs", 3);
  const sizes = sizesAt(scale);
  const loadBefore = load();
  const setup: string[] = [];
  let start = performance.now();
  const data = generate(scale);
  const w = workloadOf(data);
  const records: Records = data;
  setup.push(`generate ${Math.round(since(start))} ms`);

  start = performance.now();
  const inputs = inputsOf(records, tablesOf(records));
  setup.push(`crm-kpi tables ${Math.round(since(start))} ms`);

  start = performance.now();
  const duck = await openDuck();
  await loadRecords(duck, records, w);
  setup.push(`DuckDB load ${Math.round(since(start))} ms (${duck.threads} threads, ${duck.version})`);

  start = performance.now();
  const postgres = await openBenchPostgres();
  const started = since(start);
  let loaded;
  try {
    loaded = await loadPostgres(postgres, records);
  } catch (error) {
    await postgres.close();
    throw error;
  }
  setup.push(
    `PostgreSQL cluster started ${Math.round(started)} ms, CSV files written ${Math.round(loaded.csvMs)} ms, ` +
      `COPY ${Math.round(loaded.copyMs)} ms, ANALYZE ${Math.round(loaded.analyzeMs)} ms (${await describePostgres(postgres)})`,
  );

  start = performance.now();
  const workers = await Promise.all([startWorker(scale, 0), startWorker(scale, 1)]);
  setup.push(`two workers ready (each generates and keeps its half) ${Math.round(since(start))} ms`);

  const times = { memory: [] as number[], workers: [] as number[], duckdb: [] as number[], postgres: [] as number[] };
  let compared = 0;
  let rounds = 0;
  try {
    for (let run = 0; run < runs; run++) {
      start = performance.now();
      const expected = new Map<IndicatorId, ReturnType<typeof expectedFigures>>();
      for (const id of INDICATORS)
        expected.set(id, expectedFigures(id, await runQuery(duck, querySql(id, MEMORY_TABLES, w))));
      times.duckdb.push(since(start));

      start = performance.now();
      const memory = five(inputs, w);
      times.memory.push(since(start));

      start = performance.now();
      rounds = 0;
      const split = await computeFromPartials(
        (tables) => five({ ...records, ...tables }, w),
        async (plans) => {
          rounds++;
          return (await Promise.all(workers.map((worker) => ask(worker, plans)))).flat();
        },
      );
      times.workers.push(since(start));

      start = performance.now();
      const fromPostgres = await fivePostgres(postgres, records, w);
      times.postgres.push(since(start));

      for (const id of INDICATORS) {
        const want = expected.get(id) as ReturnType<typeof expectedFigures>;
        compared += assertAgreement(`${id} in memory`, figuresOf(id, memory[id], w), want);
        compared += assertAgreement(`${id} two workers`, figuresOf(id, split[id], w), want);
        compared += assertAgreement(`${id} PostgreSQL`, figuresOf(id, fromPostgres[id], w), want);
      }
      if (JSON.stringify(split) !== JSON.stringify(memory))
        throw new Error("the two workers' results differ from one thread's");
      if (JSON.stringify(fromPostgres) !== JSON.stringify(memory))
        throw new Error("PostgreSQL's results differ from one thread's");
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    closeDuck(duck);
    await postgres.close();
  }
  const ms = (values: readonly number[]): string => `${Math.round(median(values))} ms`;
  console.log(
    `Dataset: ${sizes.orders.toLocaleString("en")} orders, ${sizes.deals.toLocaleString("en")} deals, ` +
      `${sizes.activities.toLocaleString("en")} activities; ${cpus().length} cores; median of ${runs} run(s); ` +
      `${compared} figures checked equal to DuckDB's.\n`,
  );
  console.log("| way | time to the five results |");
  console.log("| --- | --- |");
  console.log(`| crm-kpi in memory, one thread | ${ms(times.memory)} |`);
  console.log(`| crm-kpi, two worker_threads (partial states, ${rounds} rounds of plans) | ${ms(times.workers)} |`);
  console.log(`| DuckDB SQL (hand-written, test/bench/duckdb.ts) | ${ms(times.duckdb)} |`);
  console.log(`| PostgreSQL SQL (compiled by crm-kpi, computeWithSql, PostgreSQL 15) | ${ms(times.postgres)} |`);
  console.log(`\nSetup (not timed above): ${setup.join("; ")}.`);
  console.log(`Load before: ${loadBefore}`);
  console.log(`Load after:  ${load()}`);
}

if (isMainThread) await main();
else {
  const { scale, part } = workerData as { readonly scale: number; readonly part: number };
  serve(scale, part);
}
