/**
 * The SQL dialects crm-kpi writes: DuckDB and PostgreSQL. They differ in a handful of
 * expressions (the money type, an instant as epoch milliseconds, an ordered list as JSON text),
 * gathered here so that the rest of the SQL is written once.
 *
 * @module
 */
/**
 * An SQL engine crm-kpi writes for: `"duckdb"` or `"postgres"`.
 *
 * @category SQL
 */
export type SqlDialect = "duckdb" | "postgres";

/**
 * The dialects, in a stable order.
 *
 * @example
 * ```ts
 * SQL_DIALECTS; //=> ["duckdb", "postgres"]
 * ```
 * @category SQL
 */
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

/**
 * One parameterised query: `text` names its values `$1`, `$2`... and `params` holds them, in that
 * order (strings, or `null`). No value of the caller is ever written into `text`.
 *
 * @category SQL
 */
export interface SqlQuery {
  /** The SQL text, with `$n` placeholders. */
  readonly text: string;
  /** The values of the placeholders: `params[n - 1]` is `$n`. */
  readonly params: readonly (string | null)[];
}

/**
 * The record kinds that have an SQL table, and their table names.
 *
 * @category SQL
 */
export type SqlTableName = "orders" | "deals" | "activities" | "revenueTargets" | "activityTargets";

/**
 * The SQL tables, in creation order.
 *
 * @example
 * ```ts
 * SQL_TABLES; //=> ["orders", "deals", "activities", "revenueTargets", "activityTargets"]
 * ```
 * @category SQL
 */
export const SQL_TABLES: readonly SqlTableName[] = [
  "orders",
  "deals",
  "activities",
  "revenueTargets",
  "activityTargets",
];
