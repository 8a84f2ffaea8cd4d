/**
 * A kernel plan compiled to one parameterised SQL query. Its rows are partial cells: one per
 * bucket, group keys, and (where the plan needs them) currency and weight, with each measure in a
 * form that merges exactly (counts, sums as decimal text, JSON lists of values in table order);
 * `sqlCells.ts` folds them into the `Cells` that `executePlan` gives in memory.
 *
 * Buckets and the window compare the plan's instants with its bounds, passed as parameters: the
 * bounds were computed by the period code in the reporting zone, so the zone's DST is honoured
 * exactly as in memory, without the engine's time zone database.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError, SqlNotSupportedError } from "../errors/index.js";
import type { AggregationPlan, Measure, Predicate, ReachedMeasure, SpanStatsMeasure } from "../table/kernel/plan.js";
import type { SqlDialect, SqlQuery } from "./dialect.js";
import { epochMsText, jsonListText, quoteId, SqlParams } from "./_sqlText.js";
import { sqlColumnOf } from "./_sqlColumns.js";
import type { SqlTableName } from "./dialect.js";
import type { RateSeries } from "../money/_rateSeries.js";

/** The exchange rates a query converts with: the reporting currency and each currency's dated rates. */
export interface SqlRates {
  readonly reportingCurrency: string;
  readonly series: ReadonlyMap<string, RateSeries>;
}

/** The plan tables that have an SQL table. */
const PLAN_TABLES: ReadonlySet<string> = new Set(["orders", "deals", "activities"]);

/** The names of a query's result columns. */
export const SQL_CELL = {
  bucket: "b",
  key: (j: number): string => `k${j}`,
  currency: "c",
  weight: "w",
  first: "first",
  firstId: "firstId",
  rate: "r",
  firstAt: "firstAt",
  rows: "rows",
  times: "times",
  measure: (i: number): string => `m${i}`,
} as const;

/** The record field behind a plan column (`owner` is `sellerId` or `ownerId`, `customer` is `customerId`). */
function fieldOf(table: SqlTableName, column: string): string {
  if (column === "owner") return table === "orders" ? "sellerId" : "ownerId";
  if (column === "customer") return "customerId";
  return column;
}

/** The quoted SQL column of a plan column, or an error naming it. */
function columnSql(table: SqlTableName, column: string): string {
  const field = fieldOf(table, column);
  if (sqlColumnOf(table, field) === null)
    throw new SqlNotSupportedError(
      "a plan",
      `a plan over ${table} reads the column ${column}, which the SQL table ${table} does not have`,
    );
  return quoteId(field);
}

/** Whether the plan needs amounts per currency (a money measure). */
export function hasMoney(plan: AggregationPlan): boolean {
  return Object.values(plan.measures).some((m) => m.kind === "sum" || m.kind === "weightedSum");
}

/** The weighted sum of the plan, if any (at most one is supported). */
export function weightedOf(plan: AggregationPlan): Extract<Measure, { kind: "weightedSum" }> | null {
  const weighted = Object.values(plan.measures).filter((m) => m.kind === "weightedSum");
  if (weighted.length > 1) throw new SqlNotSupportedError("a plan", "more than one weighted sum in one plan");
  return weighted[0] ?? null;
}

/** The value of `expression` in a group's first row (smallest `_row`). */
function firstText(dialect: SqlDialect, expression: string): string {
  return dialect === "duckdb" ? `arg_min(${expression}, "_row")` : `(array_agg(${expression} ORDER BY "_row"))[1]`;
}

/**
 * The index of the rate in force at `at` for the row's currency: `-1` when none is (before its
 * first rate, or a currency without rates); `0` for the reporting currency (rate 1).
 */
function rateIndexSql(rates: SqlRates, at: string, params: SqlParams): string {
  const currency = quoteId("currency");
  const branches = [`WHEN ${currency} = ${params.text(rates.reportingCurrency)} THEN 0`];
  for (const [code, { from }] of rates.series) {
    const steps = from.map((start, i) => `WHEN ${at} < ${params.instant(start)} THEN ${i - 1}`).join(" ");
    branches.push(`WHEN ${currency} = ${params.text(code)} THEN CASE ${steps} ELSE ${from.length - 1} END`);
  }
  return `CASE ${branches.join(" ")} ELSE -1 END`;
}

function predicateSql(table: SqlTableName, predicate: Predicate, params: SqlParams): string {
  switch (predicate.kind) {
    case "in": {
      const column = columnSql(table, predicate.column);
      const values = predicate.values.filter((v): v is string => v !== null);
      const parts: string[] = [];
      if (values.length > 0) parts.push(`${column} IN (${values.map((v) => params.text(v)).join(", ")})`);
      if (predicate.values.includes(null)) parts.push(`${column} IS NULL`);
      return parts.length === 0 ? "FALSE" : `(${parts.join(" OR ")})`;
    }
    case "time": {
      const column = columnSql(table, predicate.column);
      const test = `${column} ${predicate.op} ${params.instant(predicate.value)}`;
      return predicate.orAbsent === true ? `(${column} IS NULL OR ${test})` : test;
    }
    case "present":
      return `${columnSql(table, predicate.column)} IS ${predicate.present ? "NOT NULL" : "NULL"}`;
  }
}

/** An instant column as epoch milliseconds, a `BIGINT` (`NULL` stays `NULL`). */
function epochMsBigint(dialect: SqlDialect, expression: string): string {
  return dialect === "duckdb"
    ? `epoch_ms(${expression})`
    : `CAST(FLOOR(EXTRACT(EPOCH FROM ${expression}) * 1000) AS BIGINT)`;
}

/** A row's span `to - from` in epoch milliseconds, as text (`NULL` when an instant is absent). */
function spanMsText(dialect: SqlDialect, table: SqlTableName, measure: SpanStatsMeasure): string {
  const { to } = measure;
  if (typeof to === "number" && !Number.isSafeInteger(to))
    throw new InvalidArgumentError(`a span's end instant must be an integer of epoch ms, not ${String(to)}`);
  // A safe integer checked above: written as a literal, it cannot carry SQL.
  const end = typeof to === "number" ? `CAST(${to} AS BIGINT)` : epochMsBigint(dialect, columnSql(table, to));
  return `CAST(${end} - ${epochMsBigint(dialect, columnSql(table, measure.from))} AS TEXT)`;
}

/**
 * A `reached` measure's rows as distinct `"rank:key"` texts (`NULL` for a row without a rank or a
 * key): each key's furthest rank is their highest, as in memory (`sqlCells.ts` reads them back).
 */
function reachedSql(dialect: SqlDialect, table: SqlTableName, measure: ReachedMeasure, params: SqlParams): string {
  const last = new Map<string, number>();
  measure.ranks.forEach((value, k) => last.set(value, k));
  const column = columnSql(table, measure.column);
  const rank =
    last.size === 0
      ? "CAST(NULL AS TEXT)"
      : `CASE ${[...last].map(([value, k]) => `WHEN ${column} = ${params.text(value)} THEN '${k}:'`).join(" ")} END`;
  return jsonListText(dialect, `${rank} || ${columnSql(table, measure.key)}`, { distinct: true });
}

function measureSql(dialect: SqlDialect, table: SqlTableName, measure: Measure, params: SqlParams): string {
  const row = quoteId("_row");
  switch (measure.kind) {
    case "count":
      return "CAST(COUNT(*) AS TEXT)";
    case "sum":
    case "weightedSum":
    case "decimalSum":
      return `CAST(SUM(${columnSql(table, measure.column)}) AS TEXT)`;
    case "distinct":
      return jsonListText(dialect, columnSql(table, measure.column), { distinct: true });
    case "min":
    case "max":
      return epochMsText(dialect, `${measure.kind.toUpperCase()}(${columnSql(table, measure.column)})`);
    case "ids":
      return jsonListText(dialect, quoteId("id"), { orderBy: row });
    case "timeValues":
      return jsonListText(dialect, epochMsText(dialect, columnSql(table, measure.column)), { orderBy: row });
    case "decimalValues":
      return jsonListText(dialect, `CAST(${columnSql(table, measure.column)} AS TEXT)`, { orderBy: row });
    case "decimalStats":
      // percentile_cont works in doubles: the values come back as decimal text, and the count,
      // sum and median are computed exactly from them.
      return jsonListText(dialect, `CAST(${columnSql(table, measure.column)} AS TEXT)`, { orderBy: row });
    case "codeValues":
      return jsonListText(dialect, columnSql(table, measure.column), { orderBy: row });
    case "spanStats":
      // Each row's span as exact integer milliseconds (text); the count, sum and middles are computed from them.
      return jsonListText(dialect, spanMsText(dialect, table, measure), { orderBy: row });
    case "decimalTally":
      // The tables with a tally in use (survey responses) have no SQL table: refused, not guessed.
      throw new SqlNotSupportedError("a plan", "the decimalTally measure has no SQL form");
    case "reached":
      return reachedSql(dialect, table, measure, params);
    default:
      // A measure the kernel has and the compiler does not know yet: refused, never guessed.
      throw new SqlNotSupportedError("a plan", `the plan measure ${JSON.stringify((measure as Measure).kind)}`);
  }
}

/**
 * Compiles `plan` to one query over the SQL tables of `createTablesSql`. Each result row is the part
 * of one cell (bucket, keys) of one currency and weight: `b` (bucket index), `k0`.. (group keys,
 * relabelled), `c` (currency, with money measures), `w` (effective weight, with a weighted sum),
 * `r` and `firstAt` (with exchange rates: the index of the rate in force, the first row's instant
 * of conversion), `first` (the smallest `_row`), `rows` and `times` (JSON lists of `_row` and of the plan's instant,
 * with list measures), and `m0`.. (the measures, in the plan's order).
 *
 * @throws SqlNotSupportedError for a plan over a table that has no SQL table, reading a column the
 *   SQL table lacks, or with a measure the compiler does not know
 */
export function planToSql(plan: AggregationPlan, dialect: SqlDialect, rates: SqlRates | null = null): SqlQuery {
  if (!PLAN_TABLES.has(plan.table))
    throw new SqlNotSupportedError(`a plan over ${plan.table}`, `${plan.table} have no SQL table`);
  const table = plan.table as SqlTableName;
  const params = new SqlParams();
  const time = columnSql(table, plan.time);
  const row = quoteId("_row");

  // Selection: the window (a row without the instant is never kept), the owners, the predicates.
  const where: string[] = [`${time} IS NOT NULL`];
  if (plan.window.from !== null) where.push(`${time} >= ${params.instant(plan.window.from)}`);
  if (plan.window.to !== null) where.push(`${time} < ${params.instant(plan.window.to)}`);
  if (plan.owners !== undefined) {
    where.push(
      plan.owners.length === 0
        ? "FALSE"
        : `${columnSql(table, "owner")} IN (${plan.owners.map((o) => params.text(o)).join(", ")})`,
    );
  }
  for (const predicate of plan.where ?? []) where.push(predicateSql(table, predicate, params));

  // Layout: the bucket (the last bucket whose start is at or before the instant) and the keys.
  const starts = plan.buckets ?? [];
  const bucket =
    starts.length <= 1
      ? "0"
      : `CASE ${starts
          .slice(1)
          .map((start, b) => `WHEN ${time} < ${params.instant(start)} THEN ${b}`)
          .join(" ")} ELSE ${starts.length - 1} END`;
  const select: string[] = [`${bucket} AS ${quoteId(SQL_CELL.bucket)}`];
  // Grouped by position: an output name may also be an input column's, which PostgreSQL would prefer.
  const groupBy: string[] = ["1"];
  (plan.groupBy ?? []).forEach((spec, j) => {
    const column = columnSql(table, spec.column);
    let key = column;
    if (spec.relabel !== undefined) {
      // A value without a label leaves the plan; the first pair of a value wins, as in memory.
      const labelled = spec.relabel.map(([value]) => value);
      where.push(labelled.length === 0 ? "FALSE" : `${column} IN (${labelled.map((v) => params.text(v)).join(", ")})`);
      if (labelled.length > 0)
        key = `CASE ${spec.relabel.map(([value, label]) => `WHEN ${column} = ${params.text(value)} THEN ${params.text(label)}`).join(" ")} END`;
    }
    select.push(`${key} AS ${quoteId(SQL_CELL.key(j))}`);
    groupBy.push(String(select.length));
  });
  if (hasMoney(plan)) {
    select.push(`${quoteId("currency")} AS ${quoteId(SQL_CELL.currency)}`);
    groupBy.push(String(select.length));
    if (rates !== null) {
      // Amounts are converted at the rate in force at convertAt: one part per rate, and the first
      // row's instant to name a missing rate as the in-memory guard does.
      const at =
        typeof plan.convertAt === "number"
          ? params.instant(plan.convertAt)
          : columnSql(table, plan.convertAt ?? plan.time);
      select.push(`${rateIndexSql(rates, at, params)} AS ${quoteId(SQL_CELL.rate)}`);
      groupBy.push(String(select.length));
      select.push(`${epochMsText(dialect, firstText(dialect, at))} AS ${quoteId(SQL_CELL.firstAt)}`);
    }
  }
  const weighted = weightedOf(plan);
  if (weighted !== null) {
    const own = `CAST(${columnSql(table, weighted.weight)} AS TEXT)`;
    const fallback = weighted.fallback;
    const byStage =
      fallback === undefined || fallback.values.length === 0
        ? "CAST(NULL AS TEXT)"
        : `CASE ${fallback.values
            .map(
              ([value, weight]) =>
                `WHEN ${columnSql(table, fallback.column)} = ${params.text(value)} THEN ${params.text(weight)}`,
            )
            .join(" ")} END`;
    select.push(`COALESCE(${own}, ${byStage}) AS ${quoteId(SQL_CELL.weight)}`);
    groupBy.push(String(select.length));
    // The first row's id, to name a row without a weight as the in-memory executor does.
    select.push(`${firstText(dialect, quoteId("id"))} AS ${quoteId(SQL_CELL.firstId)}`);
  }

  select.push(`CAST(MIN(${row}) AS TEXT) AS ${quoteId(SQL_CELL.first)}`);
  const measures = Object.values(plan.measures);
  const listed = measures.some(
    (m) => m.kind === "ids" || m.kind === "timeValues" || m.kind === "decimalValues" || m.kind === "codeValues",
  );
  if (listed) select.push(`${jsonListText(dialect, row, { orderBy: row })} AS ${quoteId(SQL_CELL.rows)}`);
  if (measures.some((m) => m.kind === "ids" && m.order === "time"))
    select.push(`${jsonListText(dialect, epochMsText(dialect, time), { orderBy: row })} AS ${quoteId(SQL_CELL.times)}`);
  measures.forEach((measure, i) => {
    select.push(`${measureSql(dialect, table, measure, params)} AS ${quoteId(SQL_CELL.measure(i))}`);
  });

  const text = `SELECT ${select.join(", ")} FROM ${quoteId(table)} WHERE ${where.join(" AND ")} GROUP BY ${groupBy.join(", ")}`;
  return { text, params: params.values };
}
