/**
 * The file-to-report line of the benchmark (issue 12, part 2): the CSV files on disk to the five
 * headline results, crm-kpi (`readCsv` of `crm-kpi/node`, from the built package, then the
 * indicators) against DuckDB (`read_csv` of the same files, then the same queries as the other
 * lines), in the same run, every figure checked equal. Not part of the test suite; see `run.ts`.
 *
 * @module
 */
import { statSync } from "node:fs";
import { loadavg } from "node:os";
import type * as CrmKpiNode from "../../src/node.js";
import type { CsvReadResult, CsvRecordKind } from "../../src/node.js";
import { assertAgreement, type Figures } from "./compare.js";
import { figuresOf, runIndicator, type EndToEndResults, type Inputs } from "./crmkpi.js";
import {
  closeDuck,
  dropEndToEndTables,
  E2E_TABLES,
  endToEndLoadSql,
  expectedFigures,
  openDuck,
  querySql,
  runEndToEndDuck,
  type CsvFiles,
  type Rows,
} from "./duckdb.js";
import { LIBRARY_BUILD } from "./library.js";
import { fullGc, median, mib, RssSampler, since } from "./stats.js";
import { INDICATORS, type Workload } from "./workload.js";

/** `crm-kpi/node` from the build timed (see `library.ts`). */
export const crmKpiNode: typeof CrmKpiNode = (await import(
  LIBRARY_BUILD === "src" ? "../../src/node.js" : "../../dist/node.js"
)) as typeof CrmKpiNode;

/** Bytes of the CSV files together. */
export function filesBytes(files: CsvFiles): number {
  return Object.values(files).reduce((total, path) => total + statSync(path).size, 0);
}

async function read<K extends CsvRecordKind>(
  kind: K,
  path: string,
  threads: number | "auto",
): Promise<CsvReadResult<K>["data"]> {
  const result = await crmKpiNode.readCsv(kind, { path }, { threads });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(
      `crm-kpi rejected ${result.errors.length} row(s) of ${path}; first: line ${first?.line}: ${first?.message}`,
    );
  }
  return result.data;
}

/**
 * The timed call: reads the five files (orders, deals and activities into tables, the targets into
 * records; the large files on `threads` threads), then computes the five headline indicators.
 *
 * @param files - the CSV files
 * @param w - the periods and maps
 * @param threads - `readCsv`'s `threads` option
 * @returns the five results
 */
export async function runCsvToReport(files: CsvFiles, w: Workload, threads: number | "auto"): Promise<EndToEndResults> {
  const inputs: Inputs = {
    orders: await read("orders", files.orders, threads),
    revenueTargets: await read("revenueTargets", files.revenueTargets, threads),
    deals: await read("deals", files.deals, threads),
    activities: await read("activities", files.activities, threads),
    activityTargets: await read("activityTargets", files.activityTargets, threads),
  };
  return {
    "2.1": runIndicator("2.1", inputs, w),
    "2.2": runIndicator("2.2", inputs, w),
    "2.3": runIndicator("2.3", inputs, w),
    "2.4": runIndicator("2.4", inputs, w),
    "2.5": runIndicator("2.5", inputs, w),
  };
}

// ---------------------------------------------------------------------------------------------
// The measurement
// ---------------------------------------------------------------------------------------------

/** One timed run, wall clock and CPU (all threads of the process), in ms. */
export interface CsvRun {
  readonly ms: number;
  readonly cpuMs: number;
}

/** The file-to-report measurement. */
export interface CsvToReport {
  readonly files: Readonly<Record<string, number>>;
  readonly bytes: number;
  readonly threads: number | "auto";
  readonly crmKpi: readonly CsvRun[];
  readonly duckdb: readonly CsvRun[];
  readonly figuresChecked: number;
  /** Resident set size right before the crm-kpi run whose growth was largest, and its peak. */
  readonly rssBefore: number;
  readonly peakRss: number;
  /** The machine's load average (1, 5, 15 minutes) at the start and the end. */
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

function timed<T>(run: () => Promise<T>): Promise<{ run: CsvRun; value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  return run().then((value) => {
    const used = process.cpuUsage(cpu);
    return { run: { ms: since(start), cpuMs: (used.user + used.system) / 1000 }, value };
  });
}

function figuresOfAll(results: EndToEndResults, w: Workload): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const id of INDICATORS) out[id] = figuresOf(id, results[id], w);
  return out;
}

function checkAll(what: string, mine: EndToEndResults, theirs: Record<string, Rows>, w: Workload): number {
  const figures = figuresOfAll(mine, w);
  let checked = 0;
  for (const id of INDICATORS)
    checked += assertAgreement(
      `${what} ${id}`,
      figures[id] ?? new Map<string, string>(),
      expectedFigures(id, theirs[id] ?? []),
    );
  return checked;
}

/**
 * Measures the file-to-report line: `runs` alternating runs of each side (after one warm-up run
 * each), every run's figures checked equal, crm-kpi's resident set sampled.
 *
 * @param files - the CSV files (written once by the caller)
 * @param w - the periods and maps
 * @param runs - timed runs of each side
 * @param threads - `readCsv`'s `threads` option
 * @param log - progress lines
 * @returns the runs, the figures checked and the memory
 */
export async function measureCsvToReport(
  files: CsvFiles,
  w: Workload,
  runs: number,
  threads: number | "auto",
  log: (message: string) => void,
): Promise<CsvToReport> {
  const loadBefore = loadavg();
  const duck = await openDuck();
  const loadSql = endToEndLoadSql(files, w);
  const queries = Object.fromEntries(INDICATORS.map((id) => [id, querySql(id, E2E_TABLES, w)]));
  let start = performance.now();
  const warm = await runCsvToReport(files, w, threads);
  log(`  crm-kpi file-to-report warm-up: ${since(start).toFixed(0)} ms`);
  start = performance.now();
  let checked = checkAll("file to report warm-up", warm, await runEndToEndDuck(duck, loadSql, queries), w);
  log(`  DuckDB file-to-report warm-up: ${since(start).toFixed(0)} ms; ${checked} figures agree`);
  const sampler = await RssSampler.start();
  const mine: CsvRun[] = [];
  const theirs: CsvRun[] = [];
  let growth = { rssBefore: 0, peakRss: 0 };
  try {
    for (let r = 0; r < runs; r++) {
      const runMine = async (): Promise<EndToEndResults> => {
        fullGc();
        const rssBefore = process.memoryUsage.rss();
        sampler.reset();
        const { run, value } = await timed(() => runCsvToReport(files, w, threads));
        const peakRss = sampler.read();
        mine.push(run);
        if (peakRss - rssBefore > growth.peakRss - growth.rssBefore) growth = { rssBefore, peakRss };
        return value;
      };
      const runTheirs = async (): Promise<Record<string, Rows>> => {
        await dropEndToEndTables(duck);
        fullGc();
        const { run, value } = await timed(() => runEndToEndDuck(duck, loadSql, queries));
        theirs.push(run);
        return value;
      };
      let results: EndToEndResults;
      let rows: Record<string, Rows>;
      if (r % 2 === 0) {
        results = await runMine();
        rows = await runTheirs();
      } else {
        rows = await runTheirs();
        results = await runMine();
      }
      checked = checkAll(`file to report run ${r + 1}`, results, rows, w);
      log(
        `  file to report ${r + 1}/${runs}: crm-kpi ${(mine.at(-1)?.ms ?? 0).toFixed(0)} ms, DuckDB ${(theirs.at(-1)?.ms ?? 0).toFixed(0)} ms`,
      );
    }
  } finally {
    await sampler.stop();
    closeDuck(duck);
  }
  const sizes = Object.fromEntries(Object.entries(files).map(([table, path]) => [table, statSync(path).size]));
  return {
    files: sizes,
    bytes: filesBytes(files),
    threads,
    crmKpi: mine,
    duckdb: theirs,
    figuresChecked: checked,
    rssBefore: growth.rssBefore,
    peakRss: growth.peakRss,
    loadBefore,
    loadAfter: loadavg(),
  };
}

function ms(runs: readonly CsvRun[]): string {
  return `${median(runs.map((run) => run.ms)).toFixed(0)} ms`;
}

/**
 * The file-to-report line as Markdown.
 *
 * @param m - the measurement
 * @returns a heading, a table and a note
 */
export function renderCsvToReport(m: CsvToReport): string {
  const mineMs = median(m.crmKpi.map((run) => run.ms));
  const theirMs = median(m.duckdb.map((run) => run.ms));
  const best = Math.min(...m.crmKpi.map((run) => run.ms)) / Math.min(...m.duckdb.map((run) => run.ms));
  const growth = m.peakRss - m.rssBefore;
  const files = Object.entries(m.files)
    .map(([table, bytes]) => `${table} ${mib(bytes)} MiB`)
    .join(", ");
  const load = (values: readonly number[]): string => values.map((v) => v.toFixed(2)).join(" / ");
  return [
    "",
    "### From CSV files to the report",
    "",
    `Files: ${files} (${mib(m.bytes)} MiB together). crm-kpi: \`readCsv\` of \`crm-kpi/node\` (threads: ${m.threads}) for the five files, then 2.1-2.5; DuckDB: \`read_csv\` of the same files into tables, then the same five queries. ${m.crmKpi.length} alternating runs each after a warm-up; medians. Load average (1 / 5 / 15 min): ${load(m.loadBefore)} before, ${load(m.loadAfter)} after.`,
    "",
    "| Measure | crm-kpi | DuckDB | crm-kpi / DuckDB | Target | Result | Best runs | crm-kpi CPU (all threads) | Figures checked |",
    "|---|---:|---:|---:|---:|---|---:|---:|---:|",
    `| CSV files to the five headline results | ${ms(m.crmKpi)} | ${ms(m.duckdb)} | ${(mineMs / theirMs).toFixed(2)}x | <= 1x | ${mineMs <= theirMs ? "ok" : "MISSED"} | ${best.toFixed(2)}x | ${median(m.crmKpi.map((run) => run.cpuMs)).toFixed(0)} ms | ${m.figuresChecked.toLocaleString("en-US")} |`,
    `| Peak RSS growth of a crm-kpi run (${mib(m.rssBefore)} MiB before), against the files' size | ${mib(growth)} MiB | - | ${(growth / m.bytes).toFixed(2)}x | <= 2x | ${growth <= 2 * m.bytes ? "ok" : "MISSED"} | - | - | - |`,
    `| Same, whole-process peak RSS | ${mib(m.peakRss)} MiB | - | ${(m.peakRss / m.bytes).toFixed(2)}x | (info) | - | - | - | - |`,
    "",
  ].join("\n");
}
