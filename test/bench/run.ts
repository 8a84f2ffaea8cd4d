/**
 * `npm run bench`: crm-kpi against embedded DuckDB on the same work (issue "Performance").
 *
 * Generates a seeded dataset with the package's sample generator (1M orders, 300k deals, 3M
 * activities at scale 1), then measures in one run:
 * - each headline indicator from parsed records in memory: crm-kpi time, DuckDB time for the
 *   equivalent SQL over the same data already loaded, and the ratio;
 * - end to end from raw rows: crm-kpi parsing + the five indicators, against DuckDB reading the same
 *   rows from CSV + its queries;
 * - peak memory against the parsed records' size, and the cost at 0.1x, 1x and 3x the data (0.1x
 *   and 1x in this process under the same conditions, DuckDB alongside; 3x crm-kpi alone in a child
 *   process).
 * crm-kpi and DuckDB must agree on every figure of every timed run (exact money); the run throws
 * and exits 1 when they do not. A missed target is reported (`MISSED`), not an error.
 *
 * Timing: after a warm-up, each crm-kpi run is timed twice: right after a full garbage collection
 * (V8 then drops optimised code that held objects the collection freed) and at once again (warm);
 * the warm run is compared with DuckDB against the targets, the other is shown for information.
 *
 * - from CSV files on disk to the five results (`csvReport.ts`): crm-kpi's `readCsv` against DuckDB's
 *   `read_csv`, the same files (written once, kept in `.tmp/bench-csv-files/<scale>/`).
 *
 * Usage: `npm run bench -- [--scale 0.1] [--runs 5] [--e2e-runs 3] [--scaling-runs 2]
 * [--records generated|parsed] [--no-scaling] [--no-e2e] [--extended-only | --no-extended]
 * [--extended-ids visit-duration,win-rate] [--csv-only] [--no-csv] [--csv-runs 3]
 * [--csv-threads auto|N]` (or `BENCH_SCALE=0.1 npm run bench`). After the headline indicators, the
 * extended ones (issues 10 and 11, `extended.ts`) are measured on a dataset of their own at the same
 * scale, against their DuckDB queries (`duckdbExtended.ts`); `--extended-only` measures just those
 * (not the file-to-report line either), `--no-extended` skips them. Last, the file-to-report line
 * (`csvReport.ts`); `--csv-only` measures just that one, `--no-csv` skips it.
 * Needs `node --expose-gc` (the npm script passes it). Writes the table to stdout and to
 * `.tmp/bench-results.md`, raw measurements to `.tmp/bench-results.json`; the CSV files go to
 * `.tmp/bench-csv/<scale>/` and are deleted after use. Progress goes to stderr. Not part of the test suite.
 *
 * @module
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSampleDataset, toRawRows, type SampleDataset, type SampleRawRows } from "../../src/sample.js";
import { assertAgreement, DisagreementError, type Expected, type ExpectedFigures, type Figures } from "./compare.js";
import {
  figuresOf,
  inputsOf,
  parseAll,
  runEndToEnd,
  runIndicator,
  tablesOf,
  type EndToEndResults,
  type Records,
  type Tables,
} from "./crmkpi.js";
import {
  closeDuck,
  dropEndToEndTables,
  E2E_TABLES,
  endToEndLoadSql,
  expectedFigures,
  loadRecords,
  MEMORY_TABLES,
  openDuck,
  querySql,
  runEndToEndDuck,
  runQuery,
  writeCsvFiles,
  type CsvFiles,
  type Duck,
  type Rows,
} from "./duckdb.js";
import { filesBytes, measureCsvToReport, renderCsvToReport, type CsvToReport } from "./csvReport.js";
import { ALL_EXTENDED, measureExtended } from "./extended.js";
import { LIBRARY_BUILD } from "./library.js";
import { renderExtended, type RunInfo } from "./reportExtended.js";
import {
  renderReport,
  type ChildResult,
  type EndToEnd,
  type Report,
  type ScaleMeasure,
  type Side,
  type Timing,
} from "./report.js";
import { fullGc, gcOrThrow, liveHeapBytes, RssSampler, since, WARM_RUNS } from "./stats.js";
import { stopwatch, timing, type Run } from "./timing.js";
import { BENCH_SEED, generate, INDICATORS, sizesAt, type IndicatorId, type Workload, workloadOf } from "./workload.js";
import type { ExtendedId } from "./workloadExtended.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT_DIR = join(ROOT, ".tmp");
const CHILD_MARK = "@@BENCH_CHILD@@";

/** Which records the in-memory indicators read. */
type RecordSource = "generated" | "parsed";

interface Options {
  readonly scale: number;
  readonly runs: number;
  readonly e2eRuns: number;
  readonly scalingRuns: number;
  readonly scaling: boolean;
  readonly e2e: boolean;
  /** Set in a child process: measure crm-kpi at this scale only and print JSON. */
  readonly child: boolean;
  /** What the in-memory indicators read: the generator's records (default) or the parse functions' output. */
  readonly records: RecordSource;
  /** Measure the extended indicators (after the headline ones unless `headline` is false). */
  readonly extended: boolean;
  /** Measure the headline indicators (false with `--extended-only`). */
  readonly headline: boolean;
  /** The extended indicators to measure (`--extended-ids a,b`; default all). */
  readonly extendedIds: readonly ExtendedId[];
  /** Measure the file-to-report line only. */
  readonly csvOnly: boolean;
  /** Measure the file-to-report line (after the others). */
  readonly csv: boolean;
  readonly csvRuns: number;
  /** `readCsv`'s `threads` option in the file-to-report line. */
  readonly csvThreads: number | "auto";
}

function extendedIds(raw: string | undefined): readonly ExtendedId[] {
  if (raw === undefined) return ALL_EXTENDED;
  const known = new Set<string>(ALL_EXTENDED);
  const ids = raw.split(",").map((id) => id.trim());
  for (const id of ids)
    if (!known.has(id)) throw new Error(`--extended-ids: unknown indicator ${id} (known: ${ALL_EXTENDED.join(", ")})`);
  return ids as ExtendedId[];
}

function recordSource(raw: string | undefined): RecordSource {
  if (raw === undefined || raw === "generated") return "generated";
  if (raw === "parsed") return "parsed";
  throw new Error(`--records must be "generated" or "parsed", got ${raw}`);
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${name} needs a value`);
    return v;
  };
  const positive = (name: string, raw: string | undefined, fallback: number, integer: boolean): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
      throw new Error(`${name} must be a positive ${integer ? "integer" : "number"}, got ${raw}`);
    return n;
  };
  const known = new Set([
    "--scale",
    "--runs",
    "--e2e-runs",
    "--scaling-runs",
    "--records",
    "--no-scaling",
    "--no-e2e",
    "--child",
    "--extended-only",
    "--no-extended",
    "--extended-ids",
    "--csv-only",
    "--no-csv",
    "--csv-runs",
    "--csv-threads",
  ]);
  if (argv.includes("--extended-only") && argv.includes("--no-extended"))
    throw new Error("--extended-only and --no-extended exclude each other");
  for (const arg of argv)
    if (arg.startsWith("--") && !known.has(arg))
      throw new Error(`unknown option ${arg} (known: ${[...known].join(", ")})`);
  return {
    scale: positive("--scale", value("--scale") ?? process.env["BENCH_SCALE"], 1, false),
    runs: positive("--runs", value("--runs"), 5, true),
    e2eRuns: positive("--e2e-runs", value("--e2e-runs"), 3, true),
    scalingRuns: positive("--scaling-runs", value("--scaling-runs"), 2, true),
    scaling: !argv.includes("--no-scaling"),
    e2e: !argv.includes("--no-e2e"),
    child: argv.includes("--child"),
    records: recordSource(value("--records") ?? process.env["BENCH_RECORDS"]),
    extended: !argv.includes("--no-extended"),
    headline: !argv.includes("--extended-only"),
    extendedIds: extendedIds(value("--extended-ids")),
    csvOnly: argv.includes("--csv-only"),
    csv: !argv.includes("--no-csv") && !argv.includes("--extended-only"),
    csvRuns: positive("--csv-runs", value("--csv-runs"), 3, true),
    csvThreads:
      value("--csv-threads") === undefined || value("--csv-threads") === "auto"
        ? "auto"
        : positive("--csv-threads", value("--csv-threads"), 1, true),
  };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// The records
// ---------------------------------------------------------------------------------------------

/** The records, their size on the heap, and the process's memory before them. */
interface Generated {
  /** The records; set to `null` once only the raw rows should stay in memory. */
  records: Records | null;
  /** Their tables (`orderTable`, `dealTable`, `activityTable`), released with them. */
  tables: Tables | null;
  /** Heap bytes of the tables, on top of the records'. */
  readonly tableBytes: number;
  /** Time to build the tables. */
  readonly tablesMs: number;
  /** The sellers (for `toRawRows`). */
  readonly sellers: SampleDataset["sellers"];
  readonly w: Workload;
  readonly parsedBytes: number;
  readonly baseRss: number;
  readonly generateMs: number;
  /** Time of `parseAll` when the records come from the parse functions. */
  readonly parseMs: number | null;
}

function recordsOf(generated: Generated): Records {
  if (generated.records === null) throw new Error("the records were already released");
  return generated.records;
}

function tablesOfGenerated(generated: Generated): Tables {
  if (generated.tables === null) throw new Error("the tables were already released");
  return generated.tables;
}

/** The raw rows of the records; the records are released (only the raw rows stay, as in a user's process). */
function rowsOf(generated: Generated): SampleRawRows {
  const rows = toRawRows({ ...recordsOf(generated), sellers: generated.sellers });
  generated.records = null;
  generated.tables = null;
  return rows;
}

/** Generates the dataset; for `parsed`, keeps only its raw rows (the generated records can then be collected). */
function make(
  scale: number,
  source: RecordSource,
): {
  records: Records | null;
  rows: SampleRawRows | null;
  sellers: SampleDataset["sellers"];
  w: Workload;
  generateMs: number;
} {
  const start = performance.now();
  const data = generate(scale);
  const generateMs = since(start);
  const common = { sellers: data.sellers, w: workloadOf(data), generateMs };
  return source === "generated"
    ? { records: data, rows: null, ...common }
    : { records: null, rows: toRawRows(data), ...common };
}

/**
 * The dataset's records and their heap size. `generated`: the sample generator's records (one
 * object shape per record type). `parsed`: the same records as the package's parse functions
 * return them from the raw rows (what a user holds after parsing an export).
 */
function generateMeasured(scale: number, source: RecordSource): Generated {
  fullGc();
  const baseRss = process.memoryUsage.rss();
  const before = liveHeapBytes();
  const made = make(scale, source);
  let records: Records;
  let parseMs: number | null = null;
  if (made.rows !== null) {
    const start = performance.now();
    records = parseAll(made.rows);
    parseMs = since(start);
    made.rows = null;
  } else {
    records = made.records as Records;
  }
  made.records = null;
  const parsedBytes = liveHeapBytes() - before;
  const start = performance.now();
  const tables = tablesOf(records);
  const tablesMs = since(start);
  const tableBytes = liveHeapBytes() - before - parsedBytes;
  return {
    records,
    tables,
    tableBytes,
    tablesMs,
    sellers: made.sellers,
    w: made.w,
    parsedBytes,
    baseRss,
    generateMs: made.generateMs,
    parseMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Timed runs
// ---------------------------------------------------------------------------------------------

/**
 * The warm-up run of each crm-kpi indicator, with the resident set size sampled by a worker thread.
 * Returns the figures of each result (computed after the run) and the memory peaks.
 */
async function memoryPhase(
  records: Records,
  tables: Tables,
  w: Workload,
): Promise<{ figures: Record<IndicatorId, Figures>; peakRss: number; peakHeapAfterRun: number }> {
  const sampler = await RssSampler.start();
  const figures = {} as Record<IndicatorId, Figures>;
  let peakRss = 0;
  let peakHeapAfterRun = 0;
  try {
    for (const id of INDICATORS) {
      fullGc();
      sampler.reset();
      const start = performance.now();
      const result = runIndicator(id, inputsOf(records, tables), w);
      const ms = since(start);
      peakHeapAfterRun = Math.max(peakHeapAfterRun, process.memoryUsage().heapUsed);
      peakRss = Math.max(peakRss, sampler.read());
      figures[id] = figuresOf(id, result, w);
      log(`  warm-up ${id}: ${ms.toFixed(1)} ms, ${figures[id].size} figures`);
    }
  } finally {
    await sampler.stop();
  }
  return { figures, peakRss, peakHeapAfterRun };
}

/** One timed crm-kpi run of an indicator, on the tables or (`tables` null) on the record arrays. */
function timeCrm(
  id: IndicatorId,
  records: Records,
  tables: Tables | null,
  w: Workload,
): { run: Run; figures: Figures } {
  const stop = stopwatch();
  const result = runIndicator(id, inputsOf(records, tables), w);
  const run = stop();
  return { run, figures: figuresOf(id, result, w) };
}

/**
 * Timed crm-kpi runs of an indicator: one right after a full collection ("cold": V8 drops the
 * optimised code that holds objects the collection freed, and re-optimises it, in the background,
 * while this run and often the next one go on in slower code), then {@link WARM_RUNS} at once
 * after ("warm": the steady state a warm-up is meant to reach; what the targets are judged on).
 * Every run's figures are returned for the agreement check.
 */
function timeCrmRuns(
  id: IndicatorId,
  records: Records,
  tables: Tables,
  w: Workload,
): { cold: Run; warm: Run[]; figures: Figures[] } {
  fullGc();
  const cold = timeCrm(id, records, tables, w);
  const warm = Array.from({ length: WARM_RUNS }, () => timeCrm(id, records, tables, w));
  return {
    cold: cold.run,
    warm: warm.map((run) => run.run),
    figures: [cold.figures, ...warm.map((run) => run.figures)],
  };
}

/** One timed DuckDB query. */
async function timeDuck(duck: Duck, id: IndicatorId, sql: string): Promise<{ run: Run; figures: ExpectedFigures }> {
  const stop = stopwatch();
  const rows: Rows = await runQuery(duck, sql);
  const run = stop();
  return { run, figures: expectedFigures(id, rows) };
}

/**
 * Proves the comparison is not vacuous: a copy of crm-kpi's figures with one money figure off by
 * one cent must be refused.
 */
function canary(figures: Figures, expected: ExpectedFigures): void {
  const [key, value] = [...figures].find(([, v]) => v.includes(".")) ?? [...figures][0] ?? [];
  if (key === undefined || value === undefined) throw new Error("canary: no figure to perturb");
  const broken = new Map(figures);
  broken.set(key, String(Number(value) + 0.01));
  try {
    assertAgreement("canary", broken, expected);
  } catch (error) {
    if (error instanceof DisagreementError) return;
    throw error;
  }
  throw new Error("the comparison accepted a figure off by one cent: the agreement checks would prove nothing");
}

function endToEndFigures(results: EndToEndResults, w: Workload): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const id of INDICATORS) out[id] = figuresOf(id, results[id], w);
  return out;
}

function endToEndExpected(rows: Record<string, Rows>): Record<string, ExpectedFigures> {
  const out: Record<string, ExpectedFigures> = {};
  for (const id of INDICATORS) out[id] = expectedFigures(id, rows[id] ?? []);
  return out;
}

function assertEndToEnd(
  what: string,
  mine: Record<string, Figures>,
  theirs: Readonly<Record<string, ExpectedFigures>>,
): number {
  let checked = 0;
  for (const id of INDICATORS)
    checked += assertAgreement(
      `${what} ${id}`,
      mine[id] ?? new Map<string, string>(),
      theirs[id] ?? new Map<string, Expected>(),
    );
  return checked;
}

function slice(rows: SampleRawRows, share: number): SampleRawRows {
  const part = <T>(list: T[]): T[] => list.slice(0, Math.max(1, Math.ceil(list.length * share)));
  return { ...rows, orders: part(rows.orders), deals: part(rows.deals), activities: part(rows.activities) };
}

function rawRowCount(rows: SampleRawRows): number {
  return (
    rows.orders.length +
    rows.revenueTargets.length +
    rows.deals.length +
    rows.activities.length +
    rows.activityTargets.length
  );
}

/** End-to-end warm-up on a 2 % slice of the rows (the JIT warms up on the same code paths). */
function warmEndToEnd(rows: SampleRawRows, w: Workload): void {
  const start = performance.now();
  runEndToEnd(slice(rows, 0.02), w);
  log(`  crm-kpi end-to-end warm-up on 2 % of the rows: ${since(start).toFixed(0)} ms`);
}

/** crm-kpi end to end, timed, with the RSS growth sampled. */
function timeCrmEndToEnd(
  rows: SampleRawRows,
  w: Workload,
  sampler: RssSampler | null,
): { run: Run; results: EndToEndResults; rssBefore: number; peakRss: number } {
  fullGc();
  const rssBefore = process.memoryUsage.rss();
  sampler?.reset();
  const stop = stopwatch();
  const results = runEndToEnd(rows, w);
  const run = stop();
  const peakRss = sampler?.read() ?? process.memoryUsage.rss();
  return { run, results, rssBefore, peakRss };
}

// ---------------------------------------------------------------------------------------------
// One scale, in this process: crm-kpi and DuckDB side by side
// ---------------------------------------------------------------------------------------------

async function measureScale(options: Options, scale: number, label: string): Promise<ScaleMeasure> {
  const sizes = sizesAt(scale);
  log(`${label}: scale ${scale}, ${sizes.orders} orders, ${sizes.deals} deals, ${sizes.activities} activities`);
  const setup: Record<string, number> = {};

  // 1. The records, and their size on the heap.
  const generated = generateMeasured(scale, options.records);
  const w = generated.w;
  setup["generating the records"] = generated.generateMs;
  setup["building their tables (orderTable, dealTable, activityTable)"] = generated.tablesMs;
  if (generated.parseMs !== null) setup["parsing them from raw rows (--records parsed)"] = generated.parseMs;
  log(
    `  records ready in ${generated.generateMs.toFixed(0)} ms: ${(generated.parsedBytes / 2 ** 20).toFixed(0)} MiB of heap`,
  );

  // 2. crm-kpi warm-up runs, with memory sampled, before DuckDB exists in the process.
  const memory = await memoryPhase(recordsOf(generated), tablesOfGenerated(generated), w);

  // 3. DuckDB: load, warm up, check agreement.
  let duck = await openDuck();
  let start = performance.now();
  await loadRecords(duck, recordsOf(generated), w);
  setup["loading DuckDB with the appender"] = since(start);
  log(`  DuckDB ${duck.version} (${duck.threads} threads) loaded in ${since(start).toFixed(0)} ms`);
  const sql = Object.fromEntries(INDICATORS.map((id) => [id, querySql(id, MEMORY_TABLES, w)])) as Record<
    IndicatorId,
    string
  >;
  const figuresChecked = {} as Record<IndicatorId, number>;
  for (const id of INDICATORS) {
    const expected = expectedFigures(id, await runQuery(duck, sql[id]));
    figuresChecked[id] = assertAgreement(`warm-up ${id}`, memory.figures[id], expected);
    if (id === "2.1") canary(memory.figures[id], expected);
  }
  log("  warm-up figures agree");

  // 4. Timed rounds: crm-kpi and DuckDB alternate (who goes first alternates too).
  const crmRuns = Object.fromEntries(INDICATORS.map((id) => [id, [] as Run[]])) as Record<IndicatorId, Run[]>;
  const coldRuns = Object.fromEntries(INDICATORS.map((id) => [id, [] as Run[]])) as Record<IndicatorId, Run[]>;
  const duckRuns = Object.fromEntries(INDICATORS.map((id) => [id, [] as Run[]])) as Record<IndicatorId, Run[]>;
  const arrayRuns = Object.fromEntries(INDICATORS.map((id) => [id, [] as Run[]])) as Record<IndicatorId, Run[]>;
  for (let r = 0; r < options.runs; r++) {
    for (const id of INDICATORS) {
      let mine: ReturnType<typeof timeCrmRuns>;
      let theirs: { run: Run; figures: ExpectedFigures };
      const tables = tablesOfGenerated(generated);
      if (r % 2 === 0) {
        mine = timeCrmRuns(id, recordsOf(generated), tables, w);
        theirs = await timeDuck(duck, id, sql[id]);
      } else {
        theirs = await timeDuck(duck, id, sql[id]);
        mine = timeCrmRuns(id, recordsOf(generated), tables, w);
      }
      // The same call on the record arrays (each call builds its tables), right after a table run.
      const fromArrays = timeCrm(id, recordsOf(generated), null, w);
      crmRuns[id].push(...mine.warm);
      coldRuns[id].push(mine.cold);
      arrayRuns[id].push(fromArrays.run);
      duckRuns[id].push(theirs.run);
      for (const figures of [...mine.figures, fromArrays.figures])
        figuresChecked[id] = assertAgreement(`run ${r + 1} ${id}`, figures, theirs.figures);
    }
    log(
      `  round ${r + 1}/${options.runs} (crm-kpi tables warm/after GC/arrays, DuckDB ms): ` +
        INDICATORS.map(
          (id) =>
            `${id} ${(crmRuns[id].at(-1)?.ms ?? 0).toFixed(0)}/${(coldRuns[id].at(-1)?.ms ?? 0).toFixed(0)}/${(arrayRuns[id].at(-1)?.ms ?? 0).toFixed(0)}, ${(duckRuns[id].at(-1)?.ms ?? 0).toFixed(0)}`,
        ).join(", "),
    );
  }
  closeDuck(duck);
  const indicators = Object.fromEntries(
    INDICATORS.map((id) => [
      id,
      {
        crmKpi: timing(crmRuns[id]),
        crmKpiAfterGc: timing(coldRuns[id]),
        crmKpiFromArrays: timing(arrayRuns[id]),
        duckdb: timing(duckRuns[id]),
        figuresChecked: figuresChecked[id],
      },
    ]),
  ) as Record<IndicatorId, Side>;

  // 5. End to end: raw rows and CSV files (outside the timing), then alternate runs.
  let e2e: EndToEnd | null = null;
  if (options.e2e) {
    start = performance.now();
    const rows = rowsOf(generated); // the records are released: only the raw rows stay, as in a user's process
    setup["raw rows (toRawRows)"] = since(start);
    start = performance.now();
    const csvDir = join(OUT_DIR, "bench-csv", String(scale));
    const files = writeCsvFiles(rows, csvDir);
    setup["writing the CSV files"] = since(start);
    duck = await openDuck();
    const loadSql = endToEndLoadSql(files, w);
    const queries = Object.fromEntries(INDICATORS.map((id) => [id, querySql(id, E2E_TABLES, w)]));
    warmEndToEnd(rows, w);
    start = performance.now();
    await runEndToEndDuck(duck, loadSql, queries);
    log(`  DuckDB end-to-end warm-up: ${since(start).toFixed(0)} ms`);
    const sampler = await RssSampler.start();
    const mineRuns: Run[] = [];
    const theirRuns: Run[] = [];
    let checked = 0;
    let growth = { rssBefore: 0, peakRss: 0 };
    try {
      for (let r = 0; r < options.e2eRuns; r++) {
        const runDuck = async (): Promise<Record<string, ExpectedFigures>> => {
          await dropEndToEndTables(duck);
          fullGc();
          const stop = stopwatch();
          const out = await runEndToEndDuck(duck, loadSql, queries);
          theirRuns.push(stop());
          return endToEndExpected(out);
        };
        let theirs: Record<string, ExpectedFigures>;
        let mine: ReturnType<typeof timeCrmEndToEnd>;
        if (r % 2 === 0) {
          mine = timeCrmEndToEnd(rows, w, sampler);
          theirs = await runDuck();
        } else {
          theirs = await runDuck();
          mine = timeCrmEndToEnd(rows, w, sampler);
        }
        mineRuns.push(mine.run);
        if (mine.peakRss - mine.rssBefore > growth.peakRss - growth.rssBefore)
          growth = { rssBefore: mine.rssBefore, peakRss: mine.peakRss };
        checked = assertEndToEnd(`end to end run ${r + 1}`, endToEndFigures(mine.results, w), theirs);
        log(
          `  end-to-end ${r + 1}/${options.e2eRuns}: crm-kpi ${mine.run.ms.toFixed(0)} ms, DuckDB ${(theirRuns.at(-1)?.ms ?? 0).toFixed(0)} ms`,
        );
      }
    } finally {
      await sampler.stop();
    }
    closeDuck(duck);
    rmSync(csvDir, { recursive: true, force: true });
    e2e = {
      side: { crmKpi: timing(mineRuns), duckdb: timing(theirRuns), figuresChecked: checked },
      rawRows: rawRowCount(rows),
      rssBefore: growth.rssBefore,
      peakRss: growth.peakRss,
    };
  }
  generated.records = null;
  generated.tables = null;
  fullGc();
  return {
    scale,
    sizes,
    parsedBytes: generated.parsedBytes,
    tableBytes: generated.tableBytes,
    baseRss: generated.baseRss,
    peakRss: memory.peakRss,
    peakHeapAfterRun: memory.peakHeapAfterRun,
    indicators,
    e2e,
    weeks: w.weeks.length,
    duckdb: `${duck.version} (${duck.threads} threads)`,
    setup,
  };
}

// ---------------------------------------------------------------------------------------------
// Child process: crm-kpi alone at a larger scale (cost growth and memory), checked against DuckDB
// after the timing
// ---------------------------------------------------------------------------------------------

async function childMain(options: Options): Promise<void> {
  const generated = generateMeasured(options.scale, options.records);
  const w = generated.w;
  log(
    `child, scale ${options.scale}: records ready in ${generated.generateMs.toFixed(0)} ms, ${(generated.parsedBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  const memory = await memoryPhase(recordsOf(generated), tablesOfGenerated(generated), w);
  const runs = Object.fromEntries(INDICATORS.map((id) => [id, [] as Run[]])) as Record<IndicatorId, Run[]>;
  const coldRuns = Object.fromEntries(INDICATORS.map((id) => [id, [] as Run[]])) as Record<IndicatorId, Run[]>;
  const all = Object.fromEntries(INDICATORS.map((id) => [id, [] as Figures[]])) as Record<IndicatorId, Figures[]>;
  for (let r = 0; r < options.scalingRuns; r++) {
    for (const id of INDICATORS) {
      const { warm, cold, figures } = timeCrmRuns(id, recordsOf(generated), tablesOfGenerated(generated), w);
      runs[id].push(...warm);
      coldRuns[id].push(cold);
      all[id].push(...figures);
    }
    log(
      `  child round ${r + 1}/${options.scalingRuns} (crm-kpi ms): ${INDICATORS.map((id) => `${id} ${(runs[id].at(-1)?.ms ?? 0).toFixed(0)}`).join(", ")}`,
    );
  }
  // The figures of the last timed runs, checked against DuckDB at this scale (loaded after the timing).
  const duck = await openDuck();
  await loadRecords(duck, recordsOf(generated), w);
  const figuresChecked = {} as Record<IndicatorId, number>;
  for (const id of INDICATORS) {
    const expected = expectedFigures(id, await runQuery(duck, querySql(id, MEMORY_TABLES, w)));
    for (const figures of all[id])
      figuresChecked[id] = assertAgreement(`scale ${options.scale} ${id}`, figures, expected);
  }
  closeDuck(duck);
  log("  child figures agree with DuckDB");
  const result: ChildResult = {
    scale: options.scale,
    sizes: sizesAt(options.scale),
    parsedBytes: generated.parsedBytes,
    tableBytes: generated.tableBytes,
    baseRss: generated.baseRss,
    peakRss: memory.peakRss,
    peakHeapAfterRun: memory.peakHeapAfterRun,
    indicators: Object.fromEntries(INDICATORS.map((id) => [id, timing(runs[id])])) as Record<IndicatorId, Timing>,
    indicatorsAfterGc: Object.fromEntries(INDICATORS.map((id) => [id, timing(coldRuns[id])])) as Record<
      IndicatorId,
      Timing
    >,
    figuresChecked,
  };
  process.stdout.write(`${CHILD_MARK}${JSON.stringify(result)}\n`);
}

async function runChild(options: Options, scale: number): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith("--cpu-prof") && !arg.startsWith("--heap-prof"));
  const args = [
    ...execArgv,
    script,
    "--child",
    "--scale",
    String(scale),
    "--scaling-runs",
    String(options.scalingRuns),
    "--records",
    options.records,
  ];
  log(`child process at scale ${scale} (${sizesAt(scale).orders.toLocaleString("en-US")} orders), crm-kpi alone...`);
  return new Promise<ChildResult>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], cwd: ROOT });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(CHILD_MARK));
      if (code !== 0 || line === undefined) {
        reject(
          new Error(
            `child process at scale ${scale} failed (exit code ${String(code)})${out.length > 0 ? `:\n${out.slice(-2000)}` : ""}`,
          ),
        );
        return;
      }
      resolve(JSON.parse(line.slice(CHILD_MARK.length)) as ChildResult);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Main process
// ---------------------------------------------------------------------------------------------

/** The commit measured, and how many files under `src/` differ from it (the tree may be mid-change). */
function sourceState(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter((line) => line.trim().length > 0).length;
    return dirty === 0 ? `commit ${commit}` : `commit ${commit} + ${dirty} uncommitted file(s) under src/`;
  } catch {
    return "unknown (no git)";
  }
}

function machine(): string {
  const list = cpus();
  const model = (list[0]?.model ?? "unknown CPU").replace(/\s+/g, " ").trim();
  return `${list.length} x ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}`;
}

/**
 * The file-to-report line at `options.scale`: the CSV files are written once (kept in
 * `.tmp/bench-csv-files/<scale>/` and reused by later runs; the generator is seeded).
 */
async function csvLine(options: Options): Promise<CsvToReport> {
  const scale = options.scale;
  const directory = join(OUT_DIR, "bench-csv-files", String(scale));
  const names = ["orders", "revenueTargets", "deals", "activities", "activityTargets"] as const;
  let files = Object.fromEntries(names.map((name) => [name, join(directory, `${name}.csv`)])) as CsvFiles;
  // The workload (range, asOf, maps) does not depend on the record counts: a small dataset of the same seed gives it.
  const w = workloadOf(
    generateSampleDataset({ seed: BENCH_SEED, orders: 10, deals: 10, activities: 10, extended: false }),
  );
  if (!existsSync(join(directory, "complete"))) {
    log(`file to report: writing the CSV files at scale ${scale} (once) to ${directory}`);
    const data = generate(scale);
    const full = workloadOf(data);
    if (JSON.stringify(full) !== JSON.stringify(w)) throw new Error("the workload depends on the record counts");
    files = writeCsvFiles(toRawRows(data), directory);
    writeFileSync(join(directory, "complete"), "");
  }
  fullGc();
  log(`file to report: scale ${scale}, ${(filesBytes(files) / 2 ** 20).toFixed(0)} MiB of CSV`);
  return measureCsvToReport(files, w, options.csvRuns, options.csvThreads, log);
}

async function main(options: Options): Promise<void> {
  gcOrThrow();
  if (options.csvOnly) {
    const started = performance.now();
    const markdown = `# crm-kpi file-to-report benchmark\n\n- Date: ${new Date().toISOString()}; source measured: ${sourceState()}; machine: ${machine()}; Node ${process.version}; crm-kpi from ${LIBRARY_BUILD}\n${renderCsvToReport(await csvLine(options))}`;
    process.stdout.write(markdown);
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, "bench-csv-results.md"), markdown);
    log(`done in ${(since(started) / 1000).toFixed(0)} s; written to .tmp/bench-csv-results.md`);
    return;
  }
  const started = performance.now();
  const source = sourceState();
  const parts: string[] = [];
  if (options.headline) {
    const smaller = options.scaling
      ? await measureScale(options, options.scale / 10, "smaller scale (cost growth)")
      : null;
    const measured = await measureScale(options, options.scale, "main scale");
    const larger = options.scaling ? await runChild(options, options.scale * 3) : null;
    const report: Report = {
      date: new Date(),
      source,
      machine: machine(),
      node: process.version,
      library: LIBRARY_BUILD,
      records: options.records,
      runs: options.runs,
      e2eRuns: options.e2eRuns,
      scalingRuns: options.scalingRuns,
      main: measured,
      smaller,
      larger,
      totalMs: since(started),
    };
    parts.push(renderReport(report));
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, "bench-results.json"), `${JSON.stringify(report, null, 2)}\n`);
  }
  if (options.extended) {
    const load = loadavg();
    const extendedStart = performance.now();
    const measure = await measureExtended(options.scale, options.runs, options.extendedIds, log);
    const info: RunInfo = {
      date: new Date(),
      source,
      machine: machine(),
      node: process.version,
      library: LIBRARY_BUILD,
      runs: options.runs,
      load,
      totalMs: since(extendedStart),
    };
    parts.push(renderExtended(measure, info, !options.headline));
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, "bench-extended.json"), `${JSON.stringify({ info, measure }, null, 2)}\n`);
  }
  if (options.csv) parts.push(renderCsvToReport(await csvLine(options)));
  const markdown = parts.join("\n");
  process.stdout.write(markdown);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "bench-results.md"), markdown);
  log(`done in ${(since(started) / 1000).toFixed(0)} s; written to .tmp/bench-results.md and .tmp/bench-*.json`);
}

const options = readOptions(process.argv.slice(2));
try {
  if (options.child) await childMain(options);
  else await main(options);
} catch (error) {
  if (error instanceof DisagreementError) {
    process.stderr.write(`\nBENCHMARK FAILED: crm-kpi and DuckDB disagree.\n${error.message}\n`);
  } else {
    process.stderr.write(
      `\nBENCHMARK FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 1;
}
