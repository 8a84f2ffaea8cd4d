/**
 * The SQL text both dialects share, and the few expressions where they differ (the money type, an
 * instant as epoch milliseconds, an ordered list as JSON text), so the rest is written once.
 *
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { safeString } from "../errors/describe.js";
import type { SqlDialect } from "./dialect.js";

/** Checks a dialect argument. */
export function checkDialect(dialect: unknown): SqlDialect {
  if (dialect === "duckdb" || dialect === "postgres") return dialect;
  throw new InvalidArgumentError(
    `the SQL dialect must be "duckdb" or "postgres", got ${JSON.stringify(safeString(dialect)).slice(0, 40)}`,
  );
}

/** A quoted identifier (`"name"`, inner quotes doubled). */
export function quoteId(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The column type of money: exact decimals. */
export function moneyType(dialect: SqlDialect): string {
  // DuckDB's widest exact decimal; PostgreSQL's NUMERIC has no bound on digits.
  return dialect === "duckdb" ? "DECIMAL(38, 10)" : "NUMERIC";
}

/** An instant expression as epoch milliseconds, as text (`NULL` stays `NULL`). */
export function epochMsText(dialect: SqlDialect, expression: string): string {
  return dialect === "duckdb"
    ? `CAST(epoch_ms(${expression}) AS VARCHAR)`
    : `CAST(CAST(FLOOR(EXTRACT(EPOCH FROM ${expression}) * 1000) AS BIGINT) AS TEXT)`;
}

/**
 * A JSON array (as text) of `expression` over a group's rows, in the order of `orderBy`, `NULL`s
 * kept; with `distinct`, the distinct non-null values in no particular order (`NULL` when none).
 */
export function jsonListText(
  dialect: SqlDialect,
  expression: string,
  order: { readonly orderBy: string } | { readonly distinct: true },
): string {
  if ("distinct" in order) {
    return dialect === "duckdb"
      ? `CAST(to_json(list(DISTINCT ${expression}) FILTER (WHERE ${expression} IS NOT NULL)) AS VARCHAR)`
      : `CAST(json_agg(DISTINCT ${expression}) FILTER (WHERE ${expression} IS NOT NULL) AS TEXT)`;
  }
  return dialect === "duckdb"
    ? `CAST(to_json(list(${expression} ORDER BY ${order.orderBy})) AS VARCHAR)`
    : `CAST(json_agg(${expression} ORDER BY ${order.orderBy}) AS TEXT)`;
}

/** Collects the parameters of one query: each value gets its `$n`. */
export class SqlParams {
  readonly values: (string | null)[] = [];

  /** The placeholder of a new parameter holding `value`. */
  add(value: string | null): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A text parameter, cast so that both engines type it without a hint. */
  text(value: string | null): string {
    return `CAST(${this.add(value)} AS TEXT)`;
  }

  /** An instant parameter (epoch ms), cast to `TIMESTAMPTZ` from its ISO form. */
  instant(ms: number): string {
    return `CAST(${this.add(new Date(ms).toISOString())} AS TIMESTAMPTZ)`;
  }
}
