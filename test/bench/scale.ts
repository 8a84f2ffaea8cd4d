/**
 * The figures of `docs/scale.md`: the five headline indicators over one dataset (default 10M
 * orders, 3M deals, 30M activities), in one run, four ways, all from the same CSV files on disk:
 * crm-kpi in memory on one thread (tables read with `readCsv`), crm-kpi over two `worker_threads`
 * (each reads its half of the files into tables and computes the partial states of its half; the
 * main thread merges and finishes them: `computeFromPartials`), DuckDB with the benchmark's
 * hand-written SQL (`duckdb.ts`, tables from `read_csv`), and a throwaway PostgreSQL 15 cluster
 * running the library's compiled SQL (`computeWithSql`, `postgres.ts`, tables from `COPY`).
 * Not part of the test suite.
 *
 * Method:
 * - the dataset is generated once, chunk by chunk, straight to CSV files in a temporary directory
 *   (`scaleFiles.ts`), removed at the end; no process holds the whole dataset as record objects;
 * - the ways run one after the other, each a phase that loads its copy of the data (setup, timed
 *   apart), times `--runs` runs to the five results, and frees its memory (tables dropped and
 *   collected, workers stopped, DuckDB closed, the cluster stopped) before the next, so the peaks
 *   do not add up. The peak resident set size of each phase is sampled (the process's: the main
 *   thread, the workers and DuckDB; for PostgreSQL also its server processes' summed `Pss`);
 * - every figure of every way is checked equal to DuckDB's (`compare.ts`), and the workers' and
 *   PostgreSQL's results identical (as JSON) to one thread's, before the times are printed.
 *
 * Usage: `npm run bench:scale -- [--scale 10] [--runs 3] [--chunk 1]` (`--chunk`: millions of orders
 * generated at a time). Prints Markdown tables, the machine's
 * load (`uptime`) before and after, and the setup times.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ActivityTable, DealTable, OrderTable, PartialPlan, PartialResult } from "../../src/index.js";
import { assertAgreement, type ExpectedFigures, type Figures } from "./compare.js";
import { figuresOf, runIndicator, type Inputs, type Results } from "./crmkpi.js";
import { closeDuck, E2E_TABLES, endToEndLoadSql, expectedFigures, openDuck, querySql, runQuery } from "./duckdb.js";
import { crmKpi } from "./library.js";
import { copyFiles, describePostgres, fivePostgres, openBenchPostgres, ServerMemory } from "./postgres.js";
import { generateFiles } from "./scaleFiles.js";
import { readChecked, type ScaleWorkerData } from "./scaleWorker.js";
import { fullGc, median, RssSampler, since } from "./stats.js";
import { INDICATORS, type IndicatorId, type Workload } from "./workload.js";

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

/** The five indicators over some inputs. */
function five(inputs: Inputs, w: Workload): Results {
  return {
    "2.1": runIndicator("2.1", inputs, w),
    "2.2": runIndicator("2.2", inputs, w),
    "2.3": runIndicator("2.3", inputs, w),
    "2.4": runIndicator("2.4", inputs, w),
    "2.5": runIndicator("2.5", inputs, w),
  };
}

function figuresOfAll(results: Results, w: Workload): Map<IndicatorId, Figures> {
  return new Map(INDICATORS.map((id) => [id, figuresOf(id, results[id], w)]));
}

function startWorker(data: ScaleWorkerData): Promise<{ worker: Worker; rows: number }> {
  // The bench runs under tsx's loader: the worker registers it before importing its file.
  const entry = JSON.stringify(new URL("./scaleWorker.ts", import.meta.url).href);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${entry}); });`;
  const worker = new Worker(boot, { eval: true, workerData: data });
  return new Promise((resolve, reject) => {
    worker.once("message", (sizes: Readonly<Record<string, number>>) => {
      resolve({ worker, rows: Object.values(sizes).reduce((a, b) => a + b, 0) });
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

const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const ms = (value: number): string => `${Math.round(value).toLocaleString("en")} ms`;
const s = (value: number): string => `${(value / 1000).toFixed(1)} s`;

/** One phase's memory: resident size at its start (after a full collection) and its peak. */
interface PhaseMemory {
  readonly phase: string;
  readonly start: number;
  readonly peak: number;
  /** PostgreSQL's server processes, summed `Pss`. */
  readonly server?: number;
}

async function main(): Promise<void> {
  const scale = argument("scale", 10);
  const runs = argument("runs", 3);
  const chunk = argument("chunk", 1);
  const loadBefore = load();
  const began = performance.now();
  const sampler = await RssSampler.start(10);
  const memory: PhaseMemory[] = [];
  let phaseStart = 0;
  const beginPhase = (): void => {
    fullGc();
    sampler.reset();
    phaseStart = process.memoryUsage.rss();
  };
  const endPhase = (phase: string, server?: number): void => {
    memory.push({ phase, start: phaseStart, peak: sampler.read(), ...(server === undefined ? {} : { server }) });
  };
  const setup: string[] = [];
  const times = { memory: [] as number[], workers: [] as number[], duckdb: [] as number[], postgres: [] as number[] };
  const dir = mkdtempSync(join(tmpdir(), "crm-kpi-scale-"));
  // PostgreSQL's server reads the files as the postgres user.
  chmodSync(dir, 0o755);
  let compared = 0;
  let rounds = 0;
  try {
    // Phase 1: the dataset, chunk by chunk, to the files.
    beginPhase();
    let start = performance.now();
    const {
      files,
      workload: w,
      sizes,
      chunks,
    } = generateFiles(scale, dir, chunk, (i) => {
      // A chunk's records are garbage once written: collect them now rather than let the heap
      // grow towards its 16 GB limit, so this phase's peak is what one chunk needs.
      fullGc();
      process.stderr.write(`chunk ${i + 1} written (${s(since(start))})\n`);
    });
    const bytes = Object.values(files).reduce((total, path) => total + statSync(path).size, 0);
    setup.push(
      `dataset generated and written as CSV (${chunks} chunk(s) of at most ${chunk}M orders, ${gib(bytes)}) ${s(since(start))}`,
    );
    endPhase("generate the CSV files");
    const targets = {
      revenueTargets: await readChecked("revenueTargets", { path: files.revenueTargets }),
      activityTargets: await readChecked("activityTargets", { path: files.activityTargets }),
    };

    // Phase 2: in memory, one thread. The tables live in this block only.
    beginPhase();
    let memoryJson: string;
    let memoryFigures: Map<IndicatorId, Figures>;
    {
      start = performance.now();
      const tables: { orders: OrderTable; deals: DealTable; activities: ActivityTable } = {
        orders: await readChecked("orders", { path: files.orders }),
        deals: await readChecked("deals", { path: files.deals }),
        activities: await readChecked("activities", { path: files.activities }),
      };
      setup.push(`crm-kpi tables read (readCsv, threads "auto") ${s(since(start))}`);
      const inputs: Inputs = { ...targets, ...tables };
      let result: Results | null = null;
      for (let run = 0; run < runs; run++) {
        start = performance.now();
        result = five(inputs, w);
        times.memory.push(since(start));
      }
      memoryJson = JSON.stringify(result);
      memoryFigures = figuresOfAll(result as Results, w);
    }
    endPhase("crm-kpi in memory, one thread (tables read, then the runs)");

    // Phase 3: two workers, each with its half.
    beginPhase();
    let splitFigures: Map<IndicatorId, Figures> | null = null;
    start = performance.now();
    const started = await Promise.all([0, 1].map((part) => startWorker({ files, part: part as 0 | 1 })));
    const workerRows = started.map(({ rows }) => rows.toLocaleString("en")).join(" and ");
    setup.push(`two workers ready (each reads its half with readCsv: ${workerRows} rows) ${s(since(start))}`);
    try {
      const workers = started.map(({ worker }) => worker);
      for (let run = 0; run < runs; run++) {
        start = performance.now();
        rounds = 0;
        const split = await crmKpi.computeFromPartials(
          (tables) => five({ ...targets, ...tables }, w),
          async (plans) => {
            rounds++;
            return (await Promise.all(workers.map((worker) => ask(worker, plans)))).flat();
          },
        );
        times.workers.push(since(start));
        if (JSON.stringify(split) !== memoryJson) throw new Error("the two workers' results differ from one thread's");
        splitFigures = figuresOfAll(split, w);
      }
    } finally {
      await Promise.all(started.map(({ worker }) => worker.terminate()));
    }
    endPhase("crm-kpi, two worker_threads (halves read, then the runs)");

    // Phase 4: DuckDB, from the same files.
    beginPhase();
    const expected = new Map<IndicatorId, ExpectedFigures>();
    start = performance.now();
    const duck = await openDuck();
    try {
      for (const statement of endToEndLoadSql(files, w)) await duck.connection.run(statement);
      setup.push(`DuckDB load (read_csv) ${s(since(start))} (${duck.threads} threads, ${duck.version})`);
      for (let run = 0; run < runs; run++) {
        start = performance.now();
        const rows: Awaited<ReturnType<typeof runQuery>>[] = [];
        for (const id of INDICATORS) rows.push(await runQuery(duck, querySql(id, E2E_TABLES, w)));
        times.duckdb.push(since(start));
        INDICATORS.forEach((id, i) => expected.set(id, expectedFigures(id, rows[i] ?? [])));
      }
    } finally {
      closeDuck(duck);
    }
    endPhase("DuckDB (read_csv load, then the runs)");
    for (const id of INDICATORS) {
      const want = expected.get(id) as ExpectedFigures;
      compared += assertAgreement(`${id} in memory`, memoryFigures.get(id) as Figures, want);
      compared += assertAgreement(`${id} two workers`, splitFigures?.get(id) as Figures, want);
    }

    // Phase 5: PostgreSQL, from the same files.
    beginPhase();
    start = performance.now();
    const postgres = await openBenchPostgres();
    let server = 0;
    try {
      const serverMemory = await ServerMemory.start(postgres);
      try {
        const clusterMs = since(start);
        const loaded = await copyFiles(postgres, files);
        setup.push(
          `PostgreSQL cluster started ${s(clusterMs)}, COPY ${s(loaded.copyMs)}, ANALYZE ${s(loaded.analyzeMs)} ` +
            `(${await describePostgres(postgres)})`,
        );
        for (let run = 0; run < runs; run++) {
          start = performance.now();
          const fromPostgres = await fivePostgres(postgres, targets, w);
          times.postgres.push(since(start));
          if (JSON.stringify(fromPostgres) !== memoryJson)
            throw new Error("PostgreSQL's results differ from one thread's");
          for (const id of INDICATORS)
            compared += assertAgreement(
              `${id} PostgreSQL`,
              figuresOf(id, fromPostgres[id], w),
              expected.get(id) as ExpectedFigures,
            );
        }
      } finally {
        server = serverMemory.stop();
      }
    } finally {
      await postgres.close();
    }
    endPhase("PostgreSQL (COPY, then the runs)", server);

    console.log(
      `Dataset: ${sizes.orders.toLocaleString("en")} orders, ${sizes.deals.toLocaleString("en")} deals, ` +
        `${sizes.activities.toLocaleString("en")} activities (${chunks} seeded chunk(s)); ${cpus().length} cores; ` +
        `median of ${runs} run(s); ${compared} figures checked equal to DuckDB's; the workers' and PostgreSQL's ` +
        `results identical to one thread's.\n`,
    );
    console.log("| way | time to the five results |");
    console.log("| --- | ---: |");
    console.log(`| crm-kpi in memory, one thread | ${ms(median(times.memory))} |`);
    console.log(
      `| crm-kpi, two worker_threads (partial states, ${rounds} rounds of plans) | ${ms(median(times.workers))} |`,
    );
    console.log(`| DuckDB SQL (hand-written, test/bench/duckdb.ts) | ${ms(median(times.duckdb))} |`);
    console.log(`| PostgreSQL SQL (compiled by crm-kpi, computeWithSql) | ${ms(median(times.postgres))} |`);
    console.log("\n| phase | resident at start | peak resident (Node process) | peak PostgreSQL server (Pss) |");
    console.log("| --- | ---: | ---: | ---: |");
    for (const m of memory)
      console.log(`| ${m.phase} | ${gib(m.start)} | ${gib(m.peak)} | ${m.server === undefined ? "" : gib(m.server)} |`);
    console.log(`\nSetup (not timed above): ${setup.join("; ")}.`);
    console.log(`Whole run: ${s(since(began))}.`);
    console.log(`Load before: ${loadBefore}`);
    console.log(`Load after:  ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await sampler.stop();
  }
}

await main();
