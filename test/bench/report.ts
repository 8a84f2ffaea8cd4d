/**
 * The benchmark's one table (markdown), built from the measurements `run.ts` collects.
 * Not part of the test suite.
 *
 * @module
 */
import { mib, WARM_RUNS } from "./stats.js";
import { INDICATOR_LABELS, INDICATORS, type IndicatorId, type Sizes } from "./workload.js";

/** The runs of one measured thing (ms). */
export interface Timing {
  /** Median wall-clock time: what the targets are judged on. */
  readonly median: number;
  /** Fastest run (least disturbed by other processes). */
  readonly best: number;
  /** Median CPU time of the whole process (every thread: DuckDB's workers, V8's GC helpers). */
  readonly cpuMedian: number;
  /** Every run's wall-clock time, in order. */
  readonly runs: readonly number[];
}

/** crm-kpi and DuckDB on the same work. */
export interface Side {
  /** crm-kpi warm (a run right after another): judged against the targets. */
  readonly crmKpi: Timing;
  /** crm-kpi right after a full garbage collection (in-memory indicators only). */
  readonly crmKpiAfterGc?: Timing;
  /** crm-kpi on the record arrays instead of their tables (in-memory indicators only). */
  readonly crmKpiFromArrays?: Timing;
  readonly duckdb: Timing;
  /** Figures compared (exactly) in each timed run. */
  readonly figuresChecked: number;
}

/** The end-to-end measurement of a scale. */
export interface EndToEnd {
  readonly side: Side;
  /** Raw rows parsed (all five record types). */
  readonly rawRows: number;
  /** Resident set size right before the crm-kpi run with the largest growth (raw rows loaded). */
  readonly rssBefore: number;
  /** Its peak resident set size. */
  readonly peakRss: number;
}

/** Memory of a scale. */
export interface ScaleMemory {
  readonly scale: number;
  readonly sizes: Sizes;
  /** Heap bytes of the records the indicators read (after full collections). */
  readonly parsedBytes: number;
  /** Heap bytes of their tables, on top of the records'. */
  readonly tableBytes: number;
  /** Resident set size just before the records were made. */
  readonly baseRss: number;
  /** Peak resident set size while the indicators ran (warm-up runs, sampled every 2 ms). */
  readonly peakRss: number;
  /** Highest `heapUsed` read right after an indicator run, before any collection. */
  readonly peakHeapAfterRun: number;
}

/** One scale measured in the main process: crm-kpi and DuckDB side by side. */
export interface ScaleMeasure extends ScaleMemory {
  readonly indicators: Readonly<Record<IndicatorId, Side>>;
  readonly e2e: EndToEnd | null;
  /** Number of ISO-week buckets of 2.4. */
  readonly weeks: number;
  /** DuckDB's version and thread count. */
  readonly duckdb: string;
  /** Untimed setup steps (ms). */
  readonly setup: Readonly<Record<string, number>>;
}

/** A larger scale measured in a child process (crm-kpi alone, checked against DuckDB after). */
export interface ChildResult extends ScaleMemory {
  /** Warm runs. */
  readonly indicators: Readonly<Record<IndicatorId, Timing>>;
  /** Runs right after a full garbage collection. */
  readonly indicatorsAfterGc: Readonly<Record<IndicatorId, Timing>>;
  readonly figuresChecked: Readonly<Record<IndicatorId, number>>;
}

/** Everything the table shows. */
export interface Report {
  readonly date: Date;
  /** The source measured: commit and uncommitted changes under `src/`. */
  readonly source: string;
  readonly machine: string;
  readonly node: string;
  /** The crm-kpi build timed: the built package (`dist`) or the sources through tsx (`src`). */
  readonly library: "dist" | "src";
  /** The records the in-memory rows read: the sample generator's, or the parse functions' output. */
  readonly records: "generated" | "parsed";
  readonly runs: number;
  readonly e2eRuns: number;
  readonly scalingRuns: number;
  readonly main: ScaleMeasure;
  /** 0.1x the main scale, in the main process (cost growth). */
  readonly smaller: ScaleMeasure | null;
  /** 3x the main scale, in a child process (cost growth, memory). */
  readonly larger: ChildResult | null;
  /** Wall-clock time of the whole benchmark (ms). */
  readonly totalMs: number;
}

/** The targets of the issue, as ratios measured in the same run. */
export const TARGETS = {
  indicator: 1.5,
  endToEnd: 1.0,
  growth10x: 11,
  memory: 2,
} as const;

/** A duration for the table: ms below 10 s, s above. */
export function duration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

function ratio(value: number): string {
  return value >= 100 ? `${Math.round(value)}x` : value >= 10 ? `${value.toFixed(1)}x` : `${value.toFixed(2)}x`;
}

function verdict(value: number, limit: number): string {
  return value <= limit ? "ok" : "MISSED";
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function sizesText(sizes: Sizes): string {
  return `${count(sizes.orders)} orders, ${count(sizes.deals)} deals, ${count(sizes.activities)} activities`;
}

function ordersLabel(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}

/** `| a | b | ... |` */
function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function sideRow(label: string, side: Side, limit: number): string {
  const q = side.crmKpi.median / side.duckdb.median;
  const cold = side.crmKpiAfterGc;
  const arrays = side.crmKpiFromArrays;
  return row([
    label,
    duration(side.crmKpi.median),
    duration(side.duckdb.median),
    ratio(q),
    `<= ${limit}x`,
    verdict(q, limit),
    ratio(side.crmKpi.best / side.duckdb.best),
    cold === undefined ? "-" : `${duration(cold.median)} (${ratio(cold.median / side.duckdb.median)})`,
    arrays === undefined ? "-" : `${duration(arrays.median)} (${ratio(arrays.median / side.duckdb.median)})`,
    count(side.figuresChecked),
  ]);
}

/** A row without a DuckDB side: memory, growth. */
function infoRow(
  label: string,
  mine: string,
  theirs: string,
  q: string,
  limit: number | null,
  value: number,
  best = "-",
): string {
  return row([
    label,
    mine,
    theirs,
    q,
    limit === null ? "(info)" : `<= ${limit}x`,
    limit === null ? "-" : verdict(value, limit),
    best,
    "-",
    "-",
    "-",
  ]);
}

/**
 * The markdown report: a header (machine, versions, sizes), the one table, and notes.
 *
 * @param r - the measurements
 * @returns markdown text
 */
export function renderReport(r: Report): string {
  const m = r.main;
  const lines: string[] = [];
  lines.push("# crm-kpi against DuckDB (`npm run bench`)");
  lines.push("");
  lines.push(
    `- Date: ${r.date.toISOString()}; source measured: ${r.source}; the whole benchmark took ${duration(r.totalMs)}`,
  );
  lines.push(
    `- Machine: ${r.machine}; Node ${r.node}; DuckDB ${m.duckdb}; crm-kpi runs on one thread, ${
      r.library === "dist"
        ? "from the built package (`dist/index.js`, as users import it)"
        : "from its TypeScript sources through tsx (`BENCH_LIBRARY=src`)"
    }`,
  );
  lines.push(
    `- Data (scale ${m.scale}): ${sizesText(m.sizes)} (${count(m.sizes.orders + m.sizes.deals + m.sizes.activities)} records) from the package's seeded ` +
      `sample generator. The in-memory rows read ${
        r.records === "generated"
          ? "the generator's records (one object shape per record type; `--records parsed` reads the parse functions' output instead)"
          : "the records the package's parse functions return from the raw rows (`--records parsed`)"
      }: ${mib(m.parsedBytes)} MiB of heap, and their columnar tables (\`orderTable\`, \`dealTable\`, \`activityTable\`, built once like DuckDB's tables) ${mib(m.tableBytes)} MiB more.`,
  );
  lines.push(
    `- Times are medians after a warm-up run. Each of ${r.runs} rounds times, per indicator, DuckDB once and crm-kpi once right after a full ` +
      `garbage collection, then ${WARM_RUNS} times more ("warm"); end to end: ${r.e2eRuns} runs each; the 3x scale: ${r.scalingRuns} rounds. ` +
      "crm-kpi and DuckDB alternate, and every timed run's figures are checked equal (exact money). The indicators read the tables; \"from the " +
      'record arrays" is the same call given the arrays (it builds the tables it needs on each call). Targets are judged on the medians of the ' +
      'warm crm-kpi runs on the tables. "Best runs" is the ratio of the fastest runs (the machine is shared and noisy). "After a full GC" is ' +
      "the run right after a full garbage collection, which makes V8 drop the indicators' optimised code and compile it again in the background " +
      "(information: what a call pays after the process collected its old generation).",
  );
  lines.push("");
  lines.push(
    "| Measure | crm-kpi | DuckDB | crm-kpi / DuckDB | Target | Result | Best runs | crm-kpi after a full GC (/ DuckDB) | crm-kpi from the record arrays (/ DuckDB) | Figures checked |",
  );
  lines.push("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|");
  for (const id of INDICATORS) lines.push(sideRow(INDICATOR_LABELS[id], m.indicators[id], TARGETS.indicator));
  if (m.e2e !== null) {
    lines.push(
      sideRow(
        `End to end: ${count(m.e2e.rawRows)} raw rows parsed + 2.1-2.5 (DuckDB: read_csv of the same rows as CSV + the 5 queries)`,
        m.e2e.side,
        TARGETS.endToEnd,
      ),
    );
  }
  const above = (s: ScaleMemory): number => s.peakRss - s.baseRss;
  const memoryRatio = above(m) / m.parsedBytes;
  lines.push(
    infoRow(
      `Peak memory while the indicators run (RSS above the process's ${mib(m.baseRss)} MiB before the data), against the records' ${mib(m.parsedBytes)} MiB`,
      `${mib(above(m))} MiB`,
      "-",
      ratio(memoryRatio),
      TARGETS.memory,
      memoryRatio,
    ),
  );
  lines.push(
    infoRow(
      `Same, whole-process peak RSS (runtime, TypeScript loader, DuckDB's native module); heap right after a run at most ${mib(m.peakHeapAfterRun)} MiB`,
      `${mib(m.peakRss)} MiB`,
      "-",
      ratio(m.peakRss / m.parsedBytes),
      null,
      0,
    ),
  );
  if (m.e2e !== null) {
    lines.push(
      infoRow(
        `End to end: RSS growth of a crm-kpi run over the raw rows already loaded (${mib(m.e2e.rssBefore)} MiB before), against the records' size`,
        `${mib(m.e2e.peakRss - m.e2e.rssBefore)} MiB`,
        "-",
        ratio((m.e2e.peakRss - m.e2e.rssBefore) / m.parsedBytes),
        null,
        0,
      ),
    );
  }
  const s = r.smaller;
  if (s !== null) {
    const l = r.larger;
    const scales = `${ordersLabel(s.sizes.orders)} -> ${ordersLabel(m.sizes.orders)}${l === null ? "" : ` (-> ${ordersLabel(l.sizes.orders)})`}`;
    for (const id of INDICATORS) {
      const small = s.indicators[id];
      const big = m.indicators[id];
      const growth = big.crmKpi.median / small.crmKpi.median;
      const third =
        l === null
          ? ""
          : ` -> ${duration(l.indicators[id].median)} (x${(l.indicators[id].median / big.crmKpi.median).toFixed(1)} for 3x)`;
      lines.push(
        infoRow(
          `Cost growth ${id}, orders ${scales}, deals and activities in proportion`,
          `${duration(small.crmKpi.median)} -> ${duration(big.crmKpi.median)}${third}`,
          `${duration(small.duckdb.median)} -> ${duration(big.duckdb.median)} (${ratio(big.duckdb.median / small.duckdb.median)})`,
          `${ratio(growth)} for 10x`,
          TARGETS.growth10x,
          growth,
          ratio(big.crmKpi.best / small.crmKpi.best),
        ),
      );
    }
    if (s.e2e !== null && m.e2e !== null) {
      const small = s.e2e.side;
      const big = m.e2e.side;
      const growth = big.crmKpi.median / small.crmKpi.median;
      lines.push(
        infoRow(
          `Cost growth end to end, ${count(s.e2e.rawRows)} -> ${count(m.e2e.rawRows)} raw rows`,
          `${duration(small.crmKpi.median)} -> ${duration(big.crmKpi.median)}`,
          `${duration(small.duckdb.median)} -> ${duration(big.duckdb.median)} (${ratio(big.duckdb.median / small.duckdb.median)})`,
          `${ratio(growth)} for 10x`,
          TARGETS.growth10x,
          growth,
          ratio(big.crmKpi.best / small.crmKpi.best),
        ),
      );
    }
    for (const other of [s, l]) {
      if (other === null) continue;
      lines.push(
        infoRow(
          `Peak memory at ${ordersLabel(other.sizes.orders)} orders (RSS above the process's ${mib(other.baseRss)} MiB), against the records' ${mib(other.parsedBytes)} MiB`,
          `${mib(above(other))} MiB`,
          "-",
          ratio(above(other) / other.parsedBytes),
          null,
          0,
        ),
      );
    }
  }
  lines.push("");
  lines.push("Notes:");
  lines.push(
    "- crm-kpi: the package's public functions (from the build named above) on the tables of records in memory: 2.1 `revenueVsTargetSeries` (company scope, " +
      "2026 by month: realized and prorated target per month and for the year); 2.2 `revenuePerSeller` (24 months by month, with the revenue " +
      "targets: per seller and month realized, target, change, trailing mean, drop and exceptional flags); 2.3 `pipeline` (asOf 2026-06-15, by " +
      "month, the stage map: count, unweighted and weighted per month, overdue, undated, totals); 2.5 `lostDeals` (24 months by month, the reason " +
      "categories: lost and won counts and amounts, lost by reason, category and competitor, per month and in total). Reporting zone UTC.",
  );
  lines.push(
    `- 2.4: \`activityRateSeries\` (24 months by ISO week, ${m.weeks} weeks, the first and last clipped to the range; company scope, with the ` +
      "activity targets): done activities per seller x type in each week and over the range; DuckDB groups by `date_trunc('week', ...)` with " +
      "grouping sets for the per-week and whole-range totals.",
  );
  lines.push(
    "- DuckDB: the same records loaded with the appender (outside the timing) into an in-memory database: money `DECIMAL(18,2)`, instants as " +
      "epoch ms `BIGINT`, buckets by `date_trunc` of `epoch_ms(ms)`, session `TimeZone` UTC (a `TIMESTAMPTZ` column made the same queries 4-7x " +
      "slower through ICU, which would flatter crm-kpi). Each query returns every figure crm-kpi is checked against, with `min`/`max` of the " +
      "currency per group (crm-kpi refuses to mix currencies); its time includes reading the rows into JS values. A figure the library gets by one " +
      "division (prorated targets, trailing means) comes from SQL as an exact numerator and denominator, and must equal the library's value to its " +
      "60 significant digits. A copy of crm-kpi's figures with one amount off by a cent is checked to be refused, so the checks are not vacuous.",
  );
  lines.push(
    "- End to end: crm-kpi parses the raw rows (`toRawRows` objects: strings for money and dates) with `parseOrderTable`, `parseDealTable` and " +
      "`parseActivityTable` (straight into tables, the same rules and row errors as `parseOrders`...) and `parseRevenueTargets`, " +
      "`parseActivityTargets`, then computes 2.1-2.5 (2.4 as above); DuckDB reads the same rows from CSV files " +
      "(written outside the timing) with `read_csv` and explicit column types (money `DECIMAL`, instants `TIMESTAMPTZ`), then runs the five " +
      "queries. crm-kpi's parsers check more than DuckDB's types do (duplicate ids, date bounds, currency codes, enumerations, blank text). The " +
      "crm-kpi warm-up is a run on 2 % of the rows, DuckDB's a full run; each timed run starts after a full collection (a fresh export).",
  );
  lines.push(
    "- Memory: RSS sampled every 2 ms by a worker thread during the warm-up run of each indicator, before DuckDB is opened. The target is checked " +
      "on the peak minus the RSS just before the records were made (the Node runtime, the TypeScript loader and the DuckDB module are not " +
      "crm-kpi's); records' size = heap growth over making them, after full collections (`--expose-gc`).",
  );
  lines.push(
    "- Cost growth: 0.1x and 1x run in this process under the same conditions (DuckDB alongside, so DuckDB's own growth is shown too); 3x runs in " +
      "a child process, crm-kpi alone, and its figures are checked against DuckDB after its timing.",
  );
  const setup = [r.smaller, r.main].filter((x): x is ScaleMeasure => x !== null);
  lines.push(
    `- Setup, not timed against anything: ${setup
      .map(
        (x) =>
          `scale ${x.scale}: ${Object.entries(x.setup)
            .map(([what, ms]) => `${what} ${duration(ms)}`)
            .join(", ")}`,
      )
      .join("; ")}.`,
  );
  lines.push("");
  return lines.join("\n");
}
