/**
 * The PostgreSQL side of the scale benchmark: a throwaway PostgreSQL 15 cluster (the SQL parity
 * suite's, `test/sql/engines.ts`), the records loaded with `COPY ... FROM` CSV files the server
 * reads, and the five headline indicators computed there by the library's compiled SQL
 * (`computeWithSql`, `docs/sql.md`), as a user with the CRM's database would. Not part of the
 * test suite; see `scale.ts`.
 *
 * Choices:
 * - loading is `COPY`, not row inserts: one CSV file per table, written from the parsed records
 *   with the values `insertRecordsSql` would pass (ISO instants with `Z`, decimals in plain
 *   notation, text always quoted so that an empty string is not read as `NULL`), in table order
 *   (the identity column `_row` numbers the rows in file order). Writing the files and `COPY` are
 *   timed apart, and neither is in the time to the five results;
 * - the server gets the memory a dedicated machine would give it (`shared_buffers`, `work_mem`)
 *   and its default parallel scans (2 workers per query); `ANALYZE` runs after the load.
 *
 * @module
 */
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Results } from "./crmkpi.js";
import type { Records } from "./crmkpi.js";
import { crmKpi } from "./library.js";
import { since } from "./stats.js";
import type { Workload } from "./workload.js";
import { COLUMNS, type Column } from "../../src/sql/_sqlColumns.js";
import type { SqlTableName } from "../../src/sql/dialect.js";
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

/** Starts the benchmark's PostgreSQL cluster (stop it with `close()`). */
export function openBenchPostgres(): Promise<TestEngine> {
  return openPostgres(SETTINGS);
}

/** A CSV field: `NULL` as nothing, anything else quoted (quotes doubled). */
function field(record: Readonly<Record<string, unknown>>, [name, kind]: Column): string {
  const value = record[name];
  if (value === undefined || value === null) return "";
  if (kind === "instant") return (value as Date).toISOString();
  if (kind === "text") return `"${(value as string).replaceAll('"', '""')}"`;
  return (value as { toFixed(): string }).toFixed();
}

/** Writes `records` as one CSV file of `table`'s columns (no header), in chunks. */
function writeCsv(path: string, table: SqlTableName, records: readonly object[]): void {
  const columns = COLUMNS[table];
  const fd = openSync(path, "w", 0o644);
  try {
    let chunk: string[] = [];
    for (const record of records) {
      const row = record as Readonly<Record<string, unknown>>;
      chunk.push(columns.map((column) => field(row, column)).join(","));
      if (chunk.length === 50_000) {
        writeSync(fd, chunk.join("\n") + "\n");
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join("\n") + "\n");
  } finally {
    closeSync(fd);
  }
}

/** How long each step of the load took. */
export interface PostgresLoad {
  /** Writing the CSV files. */
  readonly csvMs: number;
  /** `COPY` of every file. */
  readonly copyMs: number;
  /** `ANALYZE` of the tables. */
  readonly analyzeMs: number;
}

/**
 * Loads the records: a CSV file per table in a temporary directory the server can read, `COPY`
 * into the table, then `ANALYZE`. The files are removed after.
 */
export async function loadPostgres(engine: TestEngine, records: Records): Promise<PostgresLoad> {
  const dir = mkdtempSync(join(tmpdir(), "crm-kpi-bench-csv-"));
  // The server runs as the postgres user: it must be able to read the files.
  chmodSync(dir, 0o755);
  const tables: readonly (readonly [SqlTableName, readonly object[]])[] = [
    ["orders", records.orders],
    ["deals", records.deals],
    ["activities", records.activities],
    ["revenueTargets", records.revenueTargets],
    ["activityTargets", records.activityTargets],
  ];
  try {
    let start = performance.now();
    for (const [table, rows] of tables) writeCsv(join(dir, `${table}.csv`), table, rows);
    const csvMs = since(start);
    start = performance.now();
    for (const [table] of tables) {
      const names = COLUMNS[table].map(([name]) => `"${name}"`).join(", ");
      // The path is the benchmark's own temporary file, not a caller's value.
      await engine.run(`COPY "${table}" (${names}) FROM '${join(dir, `${table}.csv`)}' WITH (FORMAT csv)`);
    }
    const copyMs = since(start);
    start = performance.now();
    await engine.run("ANALYZE");
    return { csvMs, copyMs, analyzeMs: since(start) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
export async function fivePostgres(engine: TestEngine, records: Records, w: Workload): Promise<Results> {
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
