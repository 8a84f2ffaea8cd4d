/**
 * `crm-kpi report --duckdb FILE` and `--db postgres://...`: the report's records are a database's
 * tables (the DDL of `createTablesSql`), and the indicators run there (`computeWithSql`). The
 * drivers are optional peer dependencies, loaded only here, when asked for: the command and the
 * library run without them.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError, type RowError } from "../errors/index.js";
import { parseActivityTargets } from "../model/parseActivityTargets.js";
import { parseRevenueTargets } from "../model/parseRevenueTargets.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { ParseResult } from "../model/rowParsing.js";
import type { ActivityTarget, RevenueTarget } from "../model/types.js";
import { COLUMNS } from "../sql/_sqlColumns.js";
import { epochMsText, quoteId } from "../sql/_sqlText.js";
import { computeWithSql, type SqlEngine, type SqlIndicatorCall } from "../sql/computeWithSql.js";
import type { SqlTableName } from "../sql/dialect.js";
import { rowLines } from "./badRows.js";
import { CSV_RECORD_KINDS, type CsvRecordKind } from "../csv/recordKinds.js";
import { FILES, locateFiles, readFiles, readOptions, UsageError, type InputFlags, type Reads } from "./inputs.js";
import type { ReportIndicators, ReportSource } from "./report.js";

/** The database a report reads: a DuckDB file or a PostgreSQL connection string. */
export type DatabaseFlag =
  { readonly kind: "duckdb"; readonly file: string } | { readonly kind: "postgres"; readonly url: string };

/** An open database: the library's view of it and how to close it. */
interface OpenDatabase extends SqlEngine {
  /** Closes the connection. */
  close(): Promise<void>;
}

/**
 * The database the flags name, `null` for none (the records are files).
 *
 * @throws UsageError for both flags, or a `--db` that is not a PostgreSQL URL
 */
export function databaseFlag(flags: {
  readonly duckdb?: string | undefined;
  readonly db?: string | undefined;
}): DatabaseFlag | null {
  if (flags.duckdb !== undefined && flags.db !== undefined)
    throw new UsageError("--duckdb and --db: give one database, not both");
  if (flags.duckdb !== undefined) return { kind: "duckdb", file: flags.duckdb };
  if (flags.db === undefined) return null;
  if (!/^postgres(ql)?:\/\//.test(flags.db))
    throw new UsageError(`--db ${flags.db}: expected a PostgreSQL URL, postgres://user@host:port/database`);
  return { kind: "postgres", url: flags.db };
}

/** Loads an optional driver; its absence is a usage mistake, said with the package to install. */
async function loadDriver(name: string, flag: string): Promise<unknown> {
  try {
    return await import(name);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND")
      throw new UsageError(`--${flag} needs the package ${name}, which is not installed: npm install ${name}`);
    throw error;
  }
}

/** The part of `@duckdb/node-api` used here. */
interface DuckDbModule {
  readonly DuckDBInstance: {
    create(
      path: string,
      options: Readonly<Record<string, string>>,
    ): Promise<{
      connect(): Promise<{
        runAndReadAll(text: string, params: unknown[]): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
        closeSync(): void;
      }>;
      closeSync(): void;
    }>;
  };
}

/** The part of `pg` used here. */
interface PgModule {
  readonly default: {
    readonly Client: new (options: { readonly connectionString: string }) => {
      connect(): Promise<void>;
      query(query: { readonly text: string; readonly values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
      end(): Promise<void>;
    };
  };
}

/**
 * A database that cannot be opened or read: the driver's or server's own message, named after
 * the flag. Its `code` makes the command print the message and exit 1, without a stack trace.
 */
class DatabaseError extends Error {
  /** Tells the command this is an expected failure, said in the message. */
  readonly code = "CRM_KPI_DATABASE";

  /**
   * @param where - the flag and its file (never a URL: it may hold a password)
   * @param cause - the driver's or server's error
   */
  constructor(where: string, cause: unknown) {
    super(`${where}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "DatabaseError";
  }
}

async function openDuckDb(file: string): Promise<OpenDatabase> {
  const { DuckDBInstance } = (await loadDriver("@duckdb/node-api", "duckdb")) as DuckDbModule;
  // Read only: the report never writes, and a missing file is refused instead of created empty.
  let instance;
  let connection;
  try {
    instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
    connection = await instance.connect();
  } catch (error) {
    throw new DatabaseError(`--duckdb ${file}`, error);
  }
  const open = connection;
  const owner = instance;
  return {
    dialect: "duckdb",
    query: async (text, params) => (await open.runAndReadAll(text, [...params])).getRowObjectsJS(),
    close: () => {
      open.closeSync();
      owner.closeSync();
      return Promise.resolve();
    },
  };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const pg = (await loadDriver("pg", "db")) as PgModule;
  const client = new pg.default.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    // The URL may hold a password: the message names the server's answer only.
    throw new DatabaseError("--db", error);
  }
  return {
    dialect: "postgres",
    query: async (text, params) => (await client.query({ text, values: [...params] })).rows,
    close: () => client.end(),
  };
}

/** The record tables the database has, among the five of `createTablesSql`. */
async function tablesOf(engine: SqlEngine): Promise<Set<SqlTableName>> {
  const rows = await engine.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
    [],
  );
  const names = new Set(rows.map((row) => String(row["table_name"])));
  return new Set((Object.keys(COLUMNS) as SqlTableName[]).filter((table) => names.has(table)));
}

async function countOf(engine: SqlEngine, table: SqlTableName): Promise<number> {
  const [row] = await engine.query(`SELECT CAST(COUNT(*) AS TEXT) AS n FROM ${quoteId(table)}`, []);
  return Number(row?.["n"]);
}

/**
 * A target table's rows as raw rows (text cells, instants as ISO text, absent values left out),
 * in table order, parsed with the same rules as a CSV file's.
 */
async function targetRows<T>(
  engine: SqlEngine,
  table: "revenueTargets" | "activityTargets",
  parse: (rows: readonly unknown[]) => ParseResult<T>,
): Promise<ParseResult<T>> {
  const columns = COLUMNS[table];
  const select = columns.map(([field, kind], index) => {
    const column = quoteId(field);
    return `${kind === "instant" ? epochMsText(engine.dialect, column) : `CAST(${column} AS TEXT)`} AS c${index}`;
  });
  const rows = await engine.query(`SELECT ${select.join(", ")} FROM ${quoteId(table)} ORDER BY "_row"`, []);
  const raw = rows.map((row) => {
    const record = new Map<string, string>();
    columns.forEach(([field, kind], index) => {
      const value = row[`c${index}`];
      if (value === null || value === undefined) return;
      // Every column is selected as text; anything else is a driver this code does not know.
      if (typeof value !== "string") throw new InvalidArgumentError(`${table}.${field}: the driver gave no text`);
      record.set(field, kind === "instant" ? new Date(Number(value)).toISOString() : value);
    });
    return Object.fromEntries(record);
  });
  return parse(raw);
}

/** What the database gives the report: the source, the files read beside it, its target tables' bad rows. */
export interface DatabaseReport {
  /** The report's records. */
  readonly source: ReportSource;
  /** The files read beside the database (targets it lacks, sellers), for their bad rows. */
  readonly reads: Reads;
  /** How many rows of the target tables were left out, and one line per problem (at most 20 rows). */
  readonly bad: { readonly count: number; readonly lines: readonly string[] };
  /** Closes the connection. */
  close(): Promise<void>;
}

const DATABASE_KINDS: readonly CsvRecordKind[] = ["orders", "deals", "activities"];

/**
 * The files read beside a database: sellers, and the targets of a kind the database has no table
 * for. Orders, deals and activities are the database's: a flag naming their file is a usage
 * mistake, and `--dir`'s files of those kinds are not read.
 */
async function readExtras(
  flags: InputFlags,
  targetTables: ReadonlySet<SqlTableName>,
  stderr: NodeJS.WritableStream & { readonly isTTY?: boolean },
): Promise<Reads> {
  for (const kind of DATABASE_KINDS) {
    const flag = FILES[kind].flag;
    if (flags[flag] !== undefined)
      throw new UsageError(
        `--${flag}: with --duckdb or --db the ${kind} are the database's table; give one or the other`,
      );
  }
  const given = flags.dir !== undefined || CSV_RECORD_KINDS.some((kind) => flags[FILES[kind].flag] !== undefined);
  if (!given) return {};
  const files = new Map([...locateFiles(flags)].filter(([kind]) => !DATABASE_KINDS.includes(kind)));
  for (const kind of files.keys())
    if (targetTables.has(kind as SqlTableName))
      throw new UsageError(
        `${files.get(kind) ?? kind}: the database has a "${kind}" table; its targets are used, so give no ${kind} file`,
      );
  return readFiles(files, readOptions(flags), stderr);
}

/**
 * Opens the database and reads what the report needs besides the indicators' queries: which
 * tables are there, their row counts, the target tables' rows (parsed as a CSV file's rows are),
 * and the files beside it (sellers, targets the database lacks). The indicators then run in the
 * database with the report's zone and the sellers, as the in-memory context binds them.
 *
 * Interpretation: a target kind comes from its table when the database has it (even empty), else
 * from its file; both is a usage mistake rather than one silently preferred.
 *
 * @param flag - the database
 * @param flags - the input flags (files beside the database, read options); `zone` the report's
 * @param stderr - where a progress bar goes
 * @returns the report's source, to close after the report
 * @throws UsageError for a missing driver or a file flag the database makes ambiguous;
 *   DatabaseError (exit 1) for a database that cannot be opened or read
 */
export async function openDatabaseReport(
  flag: DatabaseFlag,
  flags: InputFlags & { readonly zone: string },
  stderr: NodeJS.WritableStream & { readonly isTTY?: boolean },
): Promise<DatabaseReport> {
  const timeZone = flags.zone;
  const engine = flag.kind === "duckdb" ? await openDuckDb(flag.file) : await openPostgres(flag.url);
  try {
    const where = flag.kind === "duckdb" ? `--duckdb ${flag.file}` : "--db";
    let tables: Set<SqlTableName>;
    const counts: { orders?: number; deals?: number; activities?: number } = {};
    let revenue: ParseResult<RevenueTarget> | undefined;
    let activity: ParseResult<ActivityTarget> | undefined;
    try {
      tables = await tablesOf(engine);
      for (const table of ["orders", "deals", "activities"] as const)
        if (tables.has(table)) counts[table] = await countOf(engine, table);
      if (tables.has("revenueTargets"))
        revenue = await targetRows(engine, "revenueTargets", (rows) => parseRevenueTargets(rows, { timeZone }));
      if (tables.has("activityTargets"))
        activity = await targetRows(engine, "activityTargets", (rows) => parseActivityTargets(rows, { timeZone }));
    } catch (error) {
      throw new DatabaseError(where, error);
    }
    const reads = await readExtras(flags, tables, stderr);
    const errors: [string, RowError][] = [
      ...(revenue?.errors ?? []).map((error): [string, RowError] => ["table revenueTargets", error]),
      ...(activity?.errors ?? []).map((error): [string, RowError] => ["table activityTargets", error]),
    ];
    const sellers = reads.sellers?.result.data;
    const compute = <C extends SqlIndicatorCall>(call: C): ReturnType<typeof computeWithSql<C>> =>
      computeWithSql(engine, {
        ...call,
        options: { ...call.options, timeZone, sellers: sellers ?? [] },
      });
    const run: ReportIndicators = {
      revenueVsTargetSeries: (options) => compute({ indicator: "revenueVsTargetSeries", options }),
      // By seller (the options name no `by: "customer"`), so the result is the by-seller one.
      revenuePerSeller: (options) =>
        compute({ indicator: "revenuePerSeller", options }) as Promise<RevenuePerSellerResult>,
      pipeline: (options) => compute({ indicator: "pipeline", options }),
      activityRateGrouped: (options) => compute({ indicator: "activityRateGrouped", options }),
      lostDeals: (options) => compute({ indicator: "lostDeals", options }),
    };
    return {
      source: {
        counts,
        sellers,
        revenueTargets: revenue?.records ?? reads.revenueTargets?.result.data ?? [],
        activityTargets: activity?.records ?? reads.activityTargets?.result.data ?? [],
        run,
      },
      reads,
      bad: {
        count: errors.length,
        lines: errors.slice(0, 20).flatMap(([path, error]) => rowLines(path, error)),
      },
      close: () => engine.close(),
    };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
