/**
 * The DuckDB side of the benchmark: what a user would otherwise write, embedded DuckDB
 * (`@duckdb/node-api`, a devDependency only) with hand-written SQL over the same data.
 * Not part of the test suite; see `run.ts`.
 *
 * Choices, made so that the baseline is exact and as fast as a careful user would make it:
 * - money is `DECIMAL(18,2)` (probabilities `DECIMAL(9,4)`): sums and products are exact. Loading
 *   checks that every value fits that scale. SQL `DECIMAL / DECIMAL` is a binary double in DuckDB,
 *   so a figure that needs one division (a prorated target, a trailing mean) is returned as its
 *   exact numerator and denominator (`compare.ts` divides once, as the library does);
 * - instants are epoch milliseconds (`BIGINT`), and buckets are `date_trunc` of `epoch_ms(ms)`, a
 *   naive UTC `TIMESTAMP`. The reporting zone is UTC (the session's `TimeZone` is set to UTC too), so
 *   this is the same calendar; on this DuckDB, `date_trunc` of a `TIMESTAMPTZ` goes through ICU and
 *   was 4 to 7 times slower on the same query, which would flatter crm-kpi;
 * - grouping is done on the truncated timestamp, labels are formatted after the aggregation;
 * - every summed group also returns `min(currency)` and `max(currency)`, checked after the query
 *   (crm-kpi refuses to sum two currencies; the SQL must not silently do it either);
 * - end to end, the CSV files are read with `read_csv` and explicit column types (money as
 *   `DECIMAL`, instants as `TIMESTAMPTZ`, which honours the `Z`; `TIMESTAMP` would ignore an offset),
 *   every column of every file, into tables like the in-memory ones.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  DuckDBDecimalValue,
  DuckDBInstance,
  decimalValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBValue,
} from "@duckdb/node-api";
import type { Decimal } from "decimal.js";
import type { SampleRawRows } from "../../src/sample.js";
import type { Expected, ExpectedFigures } from "./compare.js";
import type { Records } from "./crmkpi.js";
import type { IndicatorId, Workload } from "./workload.js";

/** An open in-memory DuckDB and its connection. */
export interface Duck {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  /** DuckDB's `threads` setting (it runs queries on this many threads; crm-kpi on one). */
  readonly threads: number;
  /** DuckDB's version string. */
  readonly version: string;
}

/**
 * Opens an in-memory DuckDB with the session time zone set to UTC.
 *
 * @returns the instance, its connection, its thread count and version
 */
export async function openDuck(): Promise<Duck> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  const reader = await connection.runAndReadAll("SELECT current_setting('threads') AS threads, version() AS version");
  const row = reader.getRowsJson()[0] ?? [];
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- DuckDB's version() is a string
  return { instance, connection, threads: Number(row[0]), version: String(row[1]) };
}

/** Closes the connection and the instance. */
export function closeDuck(duck: Duck): void {
  duck.connection.closeSync();
  duck.instance.closeSync();
}

/** The table names of one copy of the data (in-memory load, or an end-to-end CSV read). */
export interface Tables {
  readonly orders: string;
  readonly revenueTargets: string;
  readonly deals: string;
  readonly activities: string;
  readonly activityTargets: string;
  readonly stages: string;
  readonly lossCategories: string;
}

/** The tables loaded from the parsed records with the appender. */
export const MEMORY_TABLES: Tables = {
  orders: "orders",
  revenueTargets: "revenue_targets",
  deals: "deals",
  activities: "activities",
  activityTargets: "activity_targets",
  stages: "stages",
  lossCategories: "loss_categories",
};

/** The tables an end-to-end run creates from the CSV files. */
export const E2E_TABLES: Tables = {
  orders: "e2e_orders",
  revenueTargets: "e2e_revenue_targets",
  deals: "e2e_deals",
  activities: "e2e_activities",
  activityTargets: "e2e_activity_targets",
  stages: "e2e_stages",
  lossCategories: "e2e_loss_categories",
};

const MONEY = "DECIMAL(18,2)";
const PROBABILITY = "DECIMAL(9,4)";

export function scaled(value: Decimal, scale: number, what: string): DuckDBDecimalValue {
  if (value.decimalPlaces() > scale)
    throw new Error(`${what} ${value.toFixed()} has more than ${scale} decimals: it does not fit DECIMAL(18,${scale})`);
  const units = BigInt(value.times(10 ** scale).toFixed(0));
  if (units >= 10n ** 18n || units <= -(10n ** 18n))
    throw new Error(`${what} ${value.toFixed()} does not fit DECIMAL(18,${scale})`);
  return decimalValue(units, scale === 2 ? 18 : 9, scale);
}

export function appendText(appender: DuckDBAppender, value: string | undefined): void {
  if (value === undefined) appender.appendNull();
  else appender.appendVarchar(value);
}

export function appendMs(appender: DuckDBAppender, value: Date | undefined): void {
  if (value === undefined) appender.appendNull();
  else appender.appendBigInt(BigInt(value.getTime()));
}

export async function append<T>(
  connection: DuckDBConnection,
  table: string,
  rows: readonly T[],
  write: (appender: DuckDBAppender, row: T) => void,
): Promise<void> {
  const appender = await connection.createAppender(table);
  for (const row of rows) {
    write(appender, row);
    appender.endRow();
  }
  appender.closeSync();
}

async function createSmallTables(connection: DuckDBConnection, tables: Tables, w: Workload): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE ${tables.stages} (stage VARCHAR, probability ${PROBABILITY})`);
  await connection.run(`CREATE OR REPLACE TABLE ${tables.lossCategories} (reason VARCHAR, category VARCHAR)`);
  await append(connection, tables.stages, [...w.stageProbabilities], (a, [stage, p]) => {
    a.appendVarchar(stage);
    a.appendDecimal(scaled(p, 4, "stage probability"));
  });
  await append(connection, tables.lossCategories, [...w.lossReasonCategories], (a, [reason, category]) => {
    a.appendVarchar(reason);
    a.appendVarchar(category);
  });
}

/**
 * Loads the parsed records into tables with the appender (outside any timing): the columns the
 * queries read, money as `DECIMAL(18,2)`, instants as epoch milliseconds.
 *
 * @throws Error when an amount has more than 2 decimals or a probability more than 4
 */
export async function loadRecords(duck: Duck, records: Records, w: Workload): Promise<void> {
  const c = duck.connection;
  const t = MEMORY_TABLES;
  await c.run(
    `CREATE OR REPLACE TABLE ${t.orders} (id VARCHAR, date_ms BIGINT, amount ${MONEY}, currency VARCHAR, seller_id VARCHAR)`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE ${t.revenueTargets} (id VARCHAR, level VARCHAR, scope_id VARCHAR, start_ms BIGINT, end_ms BIGINT, amount ${MONEY}, currency VARCHAR)`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE ${t.deals} (id VARCHAR, owner_id VARCHAR, amount ${MONEY}, currency VARCHAR, stage VARCHAR, probability ${PROBABILITY}, ` +
      `created_ms BIGINT, expected_close_ms BIGINT, status VARCHAR, closed_ms BIGINT, loss_reason VARCHAR, competitor VARCHAR)`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE ${t.activities} (id VARCHAR, owner_id VARCHAR, type VARCHAR, date_ms BIGINT, status VARCHAR)`,
  );
  await append(c, t.orders, records.orders, (a, o) => {
    a.appendVarchar(o.id);
    a.appendBigInt(BigInt(o.date.getTime()));
    a.appendDecimal(scaled(o.amount, 2, `order ${o.id} amount`));
    a.appendVarchar(o.currency);
    a.appendVarchar(o.sellerId);
  });
  await append(c, t.revenueTargets, records.revenueTargets, (a, r) => {
    a.appendVarchar(r.id);
    a.appendVarchar(r.level);
    appendText(a, r.scopeId);
    appendMs(a, r.start);
    appendMs(a, r.end);
    a.appendDecimal(scaled(r.amount, 2, `target ${r.id} amount`));
    a.appendVarchar(r.currency);
  });
  await append(c, t.deals, records.deals, (a, d) => {
    a.appendVarchar(d.id);
    a.appendVarchar(d.ownerId);
    a.appendDecimal(scaled(d.amount, 2, `deal ${d.id} amount`));
    a.appendVarchar(d.currency);
    a.appendVarchar(d.stage);
    if (d.probability === undefined) a.appendNull();
    else a.appendDecimal(scaled(d.probability, 4, `deal ${d.id} probability`));
    appendMs(a, d.createdAt);
    appendMs(a, d.expectedCloseDate);
    a.appendVarchar(d.status);
    appendMs(a, d.closedAt);
    appendText(a, d.lossReason);
    appendText(a, d.competitor);
  });
  await append(c, t.activities, records.activities, (a, x) => {
    a.appendVarchar(x.id);
    a.appendVarchar(x.ownerId);
    a.appendVarchar(x.type);
    a.appendBigInt(BigInt(x.date.getTime()));
    a.appendVarchar(x.status);
  });
  await createSmallTables(c, t, w);
}

// ---------------------------------------------------------------------------------------------
// CSV files for the end-to-end comparison
// ---------------------------------------------------------------------------------------------

/** The columns of each CSV file: every field of the raw row type, in the order `toRawRows` writes them. */
export const CSV_COLUMNS = {
  orders: [
    "id",
    "date",
    "amount",
    "currency",
    "sellerId",
    "customerId",
    "grossAmount",
    "discount",
    "margin",
    "hoursSold",
    "offerId",
    "dealId",
  ],
  revenueTargets: ["id", "level", "scopeId", "start", "end", "amount", "currency"],
  deals: [
    "id",
    "ownerId",
    "customerId",
    "amount",
    "currency",
    "stage",
    "probability",
    "createdAt",
    "expectedCloseDate",
    "status",
    "closedAt",
    "lossReason",
    "competitor",
  ],
  activities: [
    "id",
    "ownerId",
    "type",
    "date",
    "status",
    "customerId",
    "dealId",
    "durationMinutes",
    "cancellationCause",
  ],
  activityTargets: ["id", "level", "scopeId", "type", "start", "end", "count"],
} as const;

/** A CSV file of the benchmark: one record kind. */
export type CsvTable = keyof typeof CSV_COLUMNS;

/** The DuckDB type of each CSV column, as a careful user would declare it (money exact, instants with their offset). */
const CSV_TYPES: Readonly<Record<CsvTable, Readonly<Record<string, string>>>> = {
  orders: {
    id: "VARCHAR",
    date: "TIMESTAMPTZ",
    amount: MONEY,
    currency: "VARCHAR",
    sellerId: "VARCHAR",
    customerId: "VARCHAR",
    grossAmount: MONEY,
    discount: MONEY,
    margin: MONEY,
    hoursSold: "DECIMAL(18,4)",
    offerId: "VARCHAR",
    dealId: "VARCHAR",
  },
  revenueTargets: {
    id: "VARCHAR",
    level: "VARCHAR",
    scopeId: "VARCHAR",
    start: "DATE",
    end: "DATE",
    amount: MONEY,
    currency: "VARCHAR",
  },
  deals: {
    id: "VARCHAR",
    ownerId: "VARCHAR",
    customerId: "VARCHAR",
    amount: MONEY,
    currency: "VARCHAR",
    stage: "VARCHAR",
    probability: PROBABILITY,
    createdAt: "TIMESTAMPTZ",
    expectedCloseDate: "DATE",
    status: "VARCHAR",
    closedAt: "TIMESTAMPTZ",
    lossReason: "VARCHAR",
    competitor: "VARCHAR",
  },
  activities: {
    id: "VARCHAR",
    ownerId: "VARCHAR",
    type: "VARCHAR",
    date: "TIMESTAMPTZ",
    status: "VARCHAR",
    customerId: "VARCHAR",
    dealId: "VARCHAR",
    durationMinutes: "INTEGER",
    cancellationCause: "VARCHAR",
  },
  activityTargets: {
    id: "VARCHAR",
    level: "VARCHAR",
    scopeId: "VARCHAR",
    type: "VARCHAR",
    start: "DATE",
    end: "DATE",
    count: "DECIMAL(18,4)",
  },
};

/** A CSV cell: empty for an absent value, quoted (quotes doubled) only when it must be. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the values read are scalars (strings, numbers, dates), whose String() is their text
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(path: string, columns: readonly string[], rows: readonly object[]): void {
  const lines: string[] = [columns.join(",")];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(columns.map((column) => csvCell(record[column])).join(","));
  }
  lines.push("");
  writeFileSync(path, lines.join("\n"));
}

/** Paths of the CSV files of one dataset. */
export type CsvFiles = Readonly<Record<CsvTable, string>>;

/**
 * Writes the raw rows as CSV files (outside any timing), one per record type, every field of the
 * row type as a column, an empty cell for an absent field.
 *
 * @param rows - the raw rows
 * @param directory - where to write them (created if needed)
 * @returns the paths
 */
export function writeCsvFiles(rows: SampleRawRows, directory: string): CsvFiles {
  mkdirSync(directory, { recursive: true });
  const files = {} as Record<CsvTable, string>;
  for (const table of Object.keys(CSV_COLUMNS) as CsvTable[]) {
    const path = join(directory, `${table}.csv`);
    // Split the orders and activities writes so that no single string gets near V8's limit.
    writeCsvChunked(path, CSV_COLUMNS[table], rows[table]);
    files[table] = path;
  }
  return files;
}

function writeCsvChunked(path: string, columns: readonly string[], rows: readonly object[]): void {
  const chunk = 200_000;
  if (rows.length <= chunk) {
    writeCsv(path, columns, rows);
    return;
  }
  writeFileSync(path, `${columns.join(",")}\n`);
  for (let from = 0; from < rows.length; from += chunk) {
    const part = rows
      .slice(from, from + chunk)
      .map((row) => columns.map((column) => csvCell((row as Record<string, unknown>)[column])).join(","));
    writeFileSync(path, `${part.join("\n")}\n`, { flag: "a" });
  }
}

function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function readCsv(path: string, table: CsvTable): string {
  const types = CSV_TYPES[table];
  const columns = CSV_COLUMNS[table]
    .map((column) => `${sqlText(column)}: ${sqlText(types[column] as string)}`)
    .join(", ");
  return `read_csv(${sqlText(path)}, header = true, delim = ',', quote = '"', columns = {${columns}})`;
}

/**
 * The SQL that reads the CSV files into tables shaped like the in-memory ones (every column is
 * read and typed; the tables keep the columns the queries use), plus the two small lookup tables.
 */
export function endToEndLoadSql(files: CsvFiles, w: Workload): string[] {
  const t = E2E_TABLES;
  const stageRows = [...w.stageProbabilities].map(([stage, p]) => `(${sqlText(stage)}, ${p.toFixed()})`).join(", ");
  const categoryRows = [...w.lossReasonCategories]
    .map(([reason, category]) => `(${sqlText(reason)}, ${sqlText(category)})`)
    .join(", ");
  return [
    `CREATE OR REPLACE TABLE ${t.orders} AS SELECT id, epoch_ms(date) AS date_ms, amount, currency, sellerId AS seller_id, customerId AS customer_id, ` +
      `grossAmount AS gross_amount, discount, margin, hoursSold AS hours_sold, offerId AS offer_id, dealId AS deal_id FROM ${readCsv(files.orders, "orders")}`,
    `CREATE OR REPLACE TABLE ${t.revenueTargets} AS SELECT id, level, scopeId AS scope_id, epoch_ms("start"::TIMESTAMP) AS start_ms, ` +
      `epoch_ms("end"::TIMESTAMP) AS end_ms, amount, currency FROM ${readCsv(files.revenueTargets, "revenueTargets")}`,
    `CREATE OR REPLACE TABLE ${t.deals} AS SELECT id, ownerId AS owner_id, customerId AS customer_id, amount, currency, stage, probability, ` +
      `epoch_ms(createdAt) AS created_ms, epoch_ms(expectedCloseDate::TIMESTAMP) AS expected_close_ms, status, epoch_ms(closedAt) AS closed_ms, ` +
      `lossReason AS loss_reason, competitor FROM ${readCsv(files.deals, "deals")}`,
    `CREATE OR REPLACE TABLE ${t.activities} AS SELECT id, ownerId AS owner_id, type, epoch_ms(date) AS date_ms, status, customerId AS customer_id, ` +
      `dealId AS deal_id, durationMinutes AS duration_minutes, cancellationCause AS cancellation_cause FROM ${readCsv(files.activities, "activities")}`,
    `CREATE OR REPLACE TABLE ${t.activityTargets} AS SELECT id, level, scopeId AS scope_id, type, epoch_ms("start"::TIMESTAMP) AS start_ms, ` +
      `epoch_ms("end"::TIMESTAMP) AS end_ms, "count" FROM ${readCsv(files.activityTargets, "activityTargets")}`,
    `CREATE OR REPLACE TABLE ${t.stages} AS SELECT stage, probability::${PROBABILITY} AS probability FROM (VALUES ${stageRows}) v(stage, probability)`,
    `CREATE OR REPLACE TABLE ${t.lossCategories} AS SELECT reason, category FROM (VALUES ${categoryRows}) v(reason, category)`,
  ];
}

/** Drops the end-to-end tables (outside any timing). */
export async function dropEndToEndTables(duck: Duck): Promise<void> {
  for (const table of Object.values(E2E_TABLES)) await duck.connection.run(`DROP TABLE IF EXISTS ${table}`);
}

// ---------------------------------------------------------------------------------------------
// The queries
// ---------------------------------------------------------------------------------------------

function ts(ms: number): string {
  return `TIMESTAMP '${new Date(ms).toISOString().replace("T", " ").replace("Z", "")}'`;
}

/** Month starts of `[from, to)` (both UTC month starts), as a `generate_series`. */
function monthSeries(from: number, to: number): string {
  return `generate_series(${ts(from)}, ${ts(to)} - INTERVAL 1 MONTH, INTERVAL 1 MONTH)`;
}

/** The SQL of each indicator over a set of tables. */
export function querySql(id: IndicatorId, t: Tables, w: Workload): string {
  switch (id) {
    case "2.1": {
      const from = w.year.start.getTime();
      const to = w.year.end.getTime();
      return `
WITH months AS (
  SELECT m, epoch_ms(m) AS s, epoch_ms(m + INTERVAL 1 MONTH) AS e FROM ${monthSeries(from, to)} g(m)
), realized AS (
  SELECT date_trunc('month', epoch_ms(date_ms)) AS m, sum(amount) AS realized, min(currency) AS cmin, max(currency) AS cmax
  FROM ${t.orders} WHERE date_ms >= ${from} AND date_ms < ${to} GROUP BY 1
), periods AS (
  SELECT strftime(m, '%Y-%m') AS label, s, e FROM months UNION ALL SELECT 'total', ${from}, ${to}
), targets AS (
  SELECT p.label, sum(t.amount * (least(t.end_ms, p.e) - greatest(t.start_ms, p.s))) AS num, max(t.end_ms - t.start_ms) AS den,
         count(*) AS terms, min(t.currency) AS cmin, max(t.currency) AS cmax
  FROM periods p JOIN ${t.revenueTargets} t ON t.level = 'company' AND t.start_ms < p.e AND t.end_ms > p.s GROUP BY 1
), sums AS (
  SELECT strftime(m, '%Y-%m') AS label, realized, cmin, cmax FROM realized
  UNION ALL SELECT 'total', sum(realized), min(cmin), max(cmax) FROM realized
)
SELECT p.label, sums.realized, targets.num, targets.den, targets.terms,
       least(sums.cmin, targets.cmin) AS cmin, greatest(sums.cmax, targets.cmax) AS cmax
FROM periods p LEFT JOIN sums USING (label) LEFT JOIN targets USING (label)`;
    }
    case "2.2": {
      const from = w.months24.start.getTime();
      const to = w.months24.end.getTime();
      return `
WITH months AS (
  SELECT m, row_number() OVER (ORDER BY m) AS i, epoch_ms(m) AS s, epoch_ms(m + INTERVAL 1 MONTH) AS e FROM ${monthSeries(from, to)} g(m)
), realized AS (
  SELECT seller_id, date_trunc('month', epoch_ms(date_ms)) AS m, sum(amount) AS realized, min(currency) AS cmin, max(currency) AS cmax
  FROM ${t.orders} WHERE date_ms >= ${from} AND date_ms < ${to} GROUP BY ALL
), seller_targets AS (
  SELECT * FROM ${t.revenueTargets} WHERE level = 'seller' AND scope_id IS NOT NULL AND start_ms < ${to} AND end_ms > ${from}
), sellers AS (
  SELECT DISTINCT seller_id FROM realized UNION SELECT DISTINCT scope_id FROM seller_targets
), grid AS (
  SELECT s.seller_id, mo.m, mo.i, mo.s, mo.e, coalesce(r.realized, 0) AS realized, r.cmin, r.cmax
  FROM sellers s CROSS JOIN months mo LEFT JOIN realized r ON r.seller_id = s.seller_id AND r.m = mo.m
), targets AS (
  SELECT g.seller_id, g.m, sum(st.amount * (least(st.end_ms, g.e) - greatest(st.start_ms, g.s))) AS num, max(st.end_ms - st.start_ms) AS den,
         count(*) AS terms, min(st.currency) AS tcmin, max(st.currency) AS tcmax
  FROM grid g JOIN seller_targets st ON st.scope_id = g.seller_id AND st.start_ms < g.e AND st.end_ms > g.s GROUP BY ALL
), windowed AS (
  SELECT g.*,
         realized - lag(realized) OVER (PARTITION BY seller_id ORDER BY m) AS change,
         sum(realized) OVER (PARTITION BY seller_id ORDER BY m ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) AS trailing_sum,
         sum(realized) OVER (PARTITION BY seller_id) AS total
  FROM grid g
)
SELECT w.seller_id, strftime(w.m, '%Y-%m') AS label, w.realized, w.change,
       CASE WHEN w.i > 3 THEN w.trailing_sum END AS trailing_sum,
       (w.i > 3 AND w.trailing_sum > 0 AND w.realized * 3 < w.trailing_sum * 0.7) AS is_drop,
       (w.i > 3 AND w.trailing_sum > 0 AND w.realized * 3 > w.trailing_sum * 1.5) AS is_exceptional,
       w.total, tg.num, tg.den, tg.terms, least(w.cmin, tg.tcmin) AS cmin, greatest(w.cmax, tg.tcmax) AS cmax
FROM windowed w LEFT JOIN targets tg USING (seller_id, m)`;
    }
    case "2.3": {
      const asOf = w.asOf.getTime();
      const asOfDay = Math.floor(asOf / 86_400_000) * 86_400_000;
      return `
WITH open AS (
  SELECT d.amount, coalesce(d.probability, s.probability) AS p, d.expected_close_ms AS close, d.currency
  FROM ${t.deals} d LEFT JOIN ${t.stages} s ON s.stage = d.stage
  WHERE d.created_ms <= ${asOf} AND (d.closed_ms IS NULL OR d.closed_ms > ${asOf})
), tagged AS (
  SELECT CASE WHEN close IS NULL THEN 'undated' WHEN close < ${asOfDay} THEN 'overdue' END AS place,
         CASE WHEN close >= ${asOfDay} THEN date_trunc('month', epoch_ms(close)) END AS m, amount, p, currency
  FROM open
), grouped AS (
  SELECT place, m, GROUPING(place, m) AS g, count(*) AS n, sum(amount) AS unweighted, sum(amount * p) AS weighted,
         count(*) - count(p) AS unknown_stage, min(currency) AS cmin, max(currency) AS cmax
  FROM tagged GROUP BY GROUPING SETS ((place, m), ())
)
SELECT CASE WHEN g = 3 THEN 'total' WHEN place IS NOT NULL THEN place ELSE strftime(m, '%Y-%m') END AS label,
       n, unweighted, weighted, unknown_stage, cmin, cmax
FROM grouped`;
    }
    case "2.4": {
      const from = w.weekRange.start.getTime();
      const to = w.weekRange.end.getTime();
      return `
WITH counts AS (
  SELECT owner_id, type, date_trunc('week', epoch_ms(date_ms)) AS wk, GROUPING(owner_id, type) AS g, count(*) AS n
  FROM ${t.activities} WHERE status = 'done' AND date_ms >= ${from} AND date_ms < ${to}
  GROUP BY GROUPING SETS ((owner_id, type, wk), (wk), (owner_id, type), ())
)
SELECT owner_id, type, CASE WHEN wk IS NULL THEN 'total' ELSE strftime(wk, '%G-W%V') END AS label, g, n FROM counts`;
    }
    case "2.5": {
      const from = w.months24.start.getTime();
      const to = w.months24.end.getTime();
      return `
WITH closed AS (
  SELECT date_trunc('month', epoch_ms(d.closed_ms)) AS m, d.status, d.amount, d.loss_reason AS reason,
         coalesce(c.category, 'other') AS category, d.competitor, d.currency
  FROM ${t.deals} d LEFT JOIN ${t.lossCategories} c ON c.reason = d.loss_reason
  WHERE d.status IN ('won', 'lost') AND d.closed_ms >= ${from} AND d.closed_ms < ${to}
), grouped AS (
  SELECT m, status, reason, category, competitor, GROUPING(m, reason, category, competitor) AS g,
         count(*) AS n, sum(amount) AS amount, min(currency) AS cmin, max(currency) AS cmax
  FROM closed
  GROUP BY GROUPING SETS ((m, status), (status), (m, status, reason), (status, reason), (m, status, category), (status, category),
                          (m, status, competitor), (status, competitor))
)
SELECT CASE WHEN g >= 8 THEN 'total' ELSE strftime(m, '%Y-%m') END AS label, status, reason, category, competitor, g % 8 AS breakdown,
       n, amount, cmin, cmax
FROM grouped`;
    }
  }
}

/** Rows of a result as DuckDB values (the reading the timed region includes). */
export type Rows = DuckDBValue[][];

/**
 * Runs one query and reads its rows into JS values (the timed call).
 *
 * @param duck - the database
 * @param sql - the query
 * @returns the rows
 */
export async function runQuery(duck: Duck, sql: string): Promise<Rows> {
  const reader = await duck.connection.runAndReadAll(sql);
  return reader.getRows();
}

/**
 * End to end (the timed call): read the CSV files into tables, then run the five headline queries.
 *
 * @returns each indicator's rows
 */
export async function runEndToEndDuck(
  duck: Duck,
  loadSql: readonly string[],
  queries: Readonly<Record<string, string>>,
): Promise<Record<string, Rows>> {
  for (const statement of loadSql) await duck.connection.run(statement);
  const out: Record<string, Rows> = {};
  for (const [id, sql] of Object.entries(queries)) out[id] = await runQuery(duck, sql);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rows to figures (outside the timing)
// ---------------------------------------------------------------------------------------------

export function text(value: DuckDBValue): string {
  if (value === null) throw new Error("unexpected NULL in a DuckDB result");
  if (value instanceof DuckDBDecimalValue) return value.toString();
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return String(value);
  return String(value);
}

function textOrNull(value: DuckDBValue): string | null {
  return value === null ? null : text(value);
}

export function checkCurrency(what: string, min: DuckDBValue, max: DuckDBValue): void {
  if (min !== null && max !== null && text(min) !== text(max))
    throw new Error(`${what}: DuckDB summed two currencies (${text(min)}, ${text(max)})`);
}

function put(figures: ExpectedFigures, key: string, value: Expected): void {
  if (figures.has(key)) throw new Error(`DuckDB figure ${key} returned twice`);
  figures.set(key, value);
}

function target(what: string, num: DuckDBValue, den: DuckDBValue, terms: DuckDBValue): Expected {
  if (terms === null) return "0";
  // The library rounds each prorated share once and adds the shares; one share per bucket keeps
  // that a single correctly rounded division, which is what the comparison checks.
  if (text(terms) !== "1")
    throw new Error(`${what}: ${text(terms)} targets overlap one bucket; the benchmark's comparison assumes one`);
  return { num: text(num), den: text(den) };
}

/**
 * DuckDB's figures from an indicator's rows, keyed as `crmkpi.ts` keys crm-kpi's.
 *
 * @throws Error when a group summed two currencies, or a deal had neither a probability nor a known stage
 */
export function expectedFigures(id: IndicatorId, rows: Rows): ExpectedFigures {
  const figures: ExpectedFigures = new Map();
  switch (id) {
    case "2.1":
      for (const [label, realized, num, den, terms, cmin, cmax] of rows) {
        const l = text(label ?? null);
        checkCurrency(`2.1 ${l}`, cmin ?? null, cmax ?? null);
        put(figures, `realized|${l}`, realized === null || realized === undefined ? "0" : text(realized));
        put(figures, `target|${l}`, target(`2.1 ${l}`, num ?? null, den ?? null, terms ?? null));
      }
      return figures;
    case "2.2": {
      const totals = new Map<string, string>();
      for (const [
        seller,
        label,
        realized,
        change,
        trailingSum,
        isDrop,
        isExceptional,
        total,
        num,
        den,
        terms,
        cmin,
        cmax,
      ] of rows) {
        const key = `${text(seller ?? null)}|${text(label ?? null)}`;
        checkCurrency(`2.2 ${key}`, cmin ?? null, cmax ?? null);
        put(figures, `realized|${key}`, text(realized ?? null));
        put(figures, `target|${key}`, target(`2.2 ${key}`, num ?? null, den ?? null, terms ?? null));
        const c = textOrNull(change ?? null);
        if (c !== null) put(figures, `change|${key}`, c);
        const s = textOrNull(trailingSum ?? null);
        if (s !== null) put(figures, `trailingMean|${key}`, { num: s, den: "3" });
        if (isDrop === true) put(figures, `drop|${key}`, "1");
        if (isExceptional === true) put(figures, `exceptional|${key}`, "1");
        totals.set(text(seller ?? null), text(total ?? null));
      }
      for (const [seller, total] of totals) put(figures, `total|${seller}`, total);
      return figures;
    }
    case "2.3":
      for (const [label, n, unweighted, weighted, unknownStage, cmin, cmax] of rows) {
        const l = text(label ?? null);
        checkCurrency(`2.3 ${l}`, cmin ?? null, cmax ?? null);
        if (text(unknownStage ?? null) !== "0")
          throw new Error(
            `2.3 ${l}: ${text(unknownStage ?? null)} open deal(s) with neither a probability nor a known stage`,
          );
        put(figures, `count|${l}`, text(n ?? null));
        put(figures, `unweighted|${l}`, text(unweighted ?? null));
        put(figures, `weighted|${l}`, text(weighted ?? null));
      }
      return figures;
    case "2.4":
      for (const [owner, type, label, g, n] of rows) {
        const week = text(label ?? null);
        if (text(g ?? null) === "0")
          put(figures, `done|${text(owner ?? null)}|${text(type ?? null)}|${week}`, text(n ?? null));
        else put(figures, `totalDone|${week}`, text(n ?? null));
      }
      return figures;
    case "2.5":
      for (const [label, status, reason, category, competitor, breakdown, n, amount, cmin, cmax] of rows) {
        const l = text(label ?? null);
        const st = text(status ?? null);
        checkCurrency(`2.5 ${l}`, cmin ?? null, cmax ?? null);
        // GROUPING(m, reason, category, competitor) % 8: 7 = by status, 3 = by reason, 5 = by category, 6 = by competitor.
        switch (text(breakdown ?? null)) {
          case "7":
            put(figures, `${st}Count|${l}`, text(n ?? null));
            put(figures, `${st}Amount|${l}`, text(amount ?? null));
            break;
          case "3":
            if (st === "lost") {
              const r = textOrNull(reason ?? null) ?? "(none)";
              put(figures, `reasonCount|${l}|${r}`, text(n ?? null));
              put(figures, `reasonAmount|${l}|${r}`, text(amount ?? null));
            }
            break;
          case "5":
            if (st === "lost") {
              put(figures, `categoryCount|${l}|${text(category ?? null)}`, text(n ?? null));
              put(figures, `categoryAmount|${l}|${text(category ?? null)}`, text(amount ?? null));
            }
            break;
          case "6":
            if (st === "lost" && competitor !== null && competitor !== undefined) {
              put(figures, `competitorCount|${l}|${text(competitor)}`, text(n ?? null));
              put(figures, `competitorAmount|${l}|${text(competitor)}`, text(amount ?? null));
            }
            break;
          default:
            throw new Error(`2.5: unexpected grouping ${text(breakdown ?? null)}`);
        }
      }
      return figures;
  }
}
