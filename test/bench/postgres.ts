/**
 * The PostgreSQL side of the scale benchmark: a throwaway PostgreSQL 15 cluster (the SQL parity
 * suite's, `test/sql/engines.ts`), the records loaded with `COPY ... FROM` CSV files the server
 * reads, and the five headline indicators computed there by the library's compiled SQL
 * (`computeWithSql`, `docs/sql.md`), as a user with the CRM's database would. Not part of the
 * test suite; see `scale.ts`.
 *
 * Choices:
 * - loading is `COPY`, not row inserts: the same CSV files the other ways read (`scaleFiles.ts`;
 *   an empty cell is `NULL`, which is what an absent field is), in file order (the identity
 *   column `_row` numbers the rows in file order). `COPY` is timed apart, not in the time to the
 *   five results;
 * - the server gets the memory a dedicated machine would give it (`shared_buffers`, `work_mem`)
 *   and its default parallel scans (2 workers per query); `ANALYZE` runs after the load.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Results } from "./crmkpi.js";
import type { Records } from "./crmkpi.js";
import { crmKpi } from "./library.js";
import { since } from "./stats.js";
import type { Workload } from "./workload.js";
import { COLUMNS } from "../../src/sql/_sqlColumns.js";
import type { SqlTableName } from "../../src/sql/dialect.js";
import { CSV_COLUMNS, type CsvFiles } from "./duckdb.js";
import { openPostgres, type TestEngine } from "../sql/engines.js";

const { computeWithSql } = crmKpi;

/** Server settings of the benchmark's cluster (the suite's own are for small datasets). */
const SETTINGS = {
  shared_buffers: "1GB",
  work_mem: "256MB",
  maintenance_work_mem: "512MB",
  max_wal_size: "8GB",
  wal_level: "minimal",
  max_wal_senders: "0",
  synchronous_commit: "off",
} as const;

/** The tables, in the order they are loaded. */
const SQL_TABLE_ORDER: readonly SqlTableName[] = ["orders", "deals", "activities", "revenueTargets", "activityTargets"];

/** Starts the benchmark's PostgreSQL cluster (stop it with `close()`). */
export function openBenchPostgres(): Promise<TestEngine> {
  return openPostgres(SETTINGS);
}

/** How long each step of the load took. */
export interface PostgresLoad {
  /** `COPY` of every file. */
  readonly copyMs: number;
  /** `ANALYZE` of the tables. */
  readonly analyzeMs: number;
}

/**
 * Loads the benchmark's CSV files (`scaleFiles.ts`: a header, the raw rows' fields) with
 * `COPY ... FROM` each file (the server reads it: it must be readable by the `postgres` user),
 * then `ANALYZE`. Calendar days (`expectedCloseDate`, the targets' bounds) become UTC midnights:
 * the cluster's time zone is UTC.
 *
 * @throws Error when a file's header names a column the table does not have
 */
export async function copyFiles(engine: TestEngine, files: CsvFiles): Promise<PostgresLoad> {
  let start = performance.now();
  for (const table of SQL_TABLE_ORDER) {
    const known = new Set(COLUMNS[table].map(([name]) => name));
    const header = CSV_COLUMNS[table];
    const unknown = header.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`${table}: no column ${unknown.join(", ")} in the SQL table`);
    const names = header.map((name) => `"${name}"`).join(", ");
    // The path is the benchmark's own temporary file, not a caller's value.
    await engine.run(
      `COPY "${table}" (${names}) FROM '${files[table].replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`,
    );
  }
  const copyMs = since(start);
  start = performance.now();
  await engine.run("ANALYZE");
  return { copyMs, analyzeMs: since(start) };
}

/**
 * Peak memory of the cluster's processes (the postmaster and its children: the session's backend,
 * parallel workers, background processes), sampled every `intervalMs` while the main thread waits
 * on the server. Proportional set sizes (`Pss` of `/proc/<pid>/smaps_rollup`) are summed, so the
 * shared buffers count once, not once per process that maps them.
 */
export class ServerMemory {
  private peak = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  private constructor(
    private readonly postmaster: number,
    intervalMs: number,
  ) {
    this.sample();
    this.timer = setInterval(() => {
      this.sample();
    }, intervalMs);
  }

  /** Starts sampling the cluster `engine` is connected to. */
  static async start(engine: TestEngine, intervalMs = 200): Promise<ServerMemory> {
    const [row] = await engine.query("SELECT pg_backend_pid() AS pid", []);
    return new ServerMemory(parentOf(Number(row?.["pid"])), intervalMs);
  }

  private sample(): void {
    let total = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      try {
        if (pid !== this.postmaster && parentOf(pid) !== this.postmaster) continue;
        const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
        total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      } catch {
        // The process ended between the listing and the read (a parallel worker): nothing to count.
      }
    }
    this.peak = Math.max(this.peak, total);
  }

  /** Stops sampling; the highest total seen, in bytes. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

/** The parent process id of `pid`, from `/proc/<pid>/stat` (its fourth field, after the name). */
function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** The server's version and its parallel-scan setting, for the setup line. */
export async function describePostgres(engine: TestEngine): Promise<string> {
  const [row] = await engine.query(
    "SELECT current_setting('server_version') AS v, current_setting('max_parallel_workers_per_gather') AS p",
    [],
  );
  return `PostgreSQL ${String(row?.["v"])}, ${String(row?.["p"])} parallel workers per query`;
}

/**
 * The five headline indicators computed in PostgreSQL with the library's compiled SQL: the same
 * calls as `runIndicator` in memory (targets in the options, the records in the tables).
 */
export async function fivePostgres(
  engine: TestEngine,
  records: Pick<Records, "revenueTargets" | "activityTargets">,
  w: Workload,
): Promise<Results> {
  return {
    "2.1": await computeWithSql(engine, {
      indicator: "revenueVsTargetSeries",
      options: { targets: records.revenueTargets, range: w.year, grain: "month" },
    }),
    "2.2": (await computeWithSql(engine, {
      indicator: "revenuePerSeller",
      options: { range: w.months24, grain: "month", targets: records.revenueTargets },
    })) as Results["2.2"],
    "2.3": await computeWithSql(engine, {
      indicator: "pipeline",
      options: { asOf: w.asOf, grain: "month", stageProbabilities: w.stageProbabilities },
    }),
    "2.4": await computeWithSql(engine, {
      indicator: "activityRateSeries",
      options: { targets: records.activityTargets, range: w.weekRange, grain: "week" },
    }),
    "2.5": await computeWithSql(engine, {
      indicator: "lostDeals",
      options: { range: w.months24, grain: "month", reasonCategories: w.lossReasonCategories },
    }),
  };
}
