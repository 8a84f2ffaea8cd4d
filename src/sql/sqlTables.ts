/**
 * The record tables in SQL: their DDL (`createTablesSql`) and parameterised inserts of records
 * (`insertRecordsSql`). Columns are the record schemas' field names, quoted; money is an exact
 * decimal, instants are `TIMESTAMPTZ`, ids and codes are text. Each table also has a `_row` column,
 * filled by the database in insertion order: a table's order, which the in-memory tables have by
 * construction (ids in table order, group keys in order of first appearance).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget } from "../model/types.js";
import { checkDialect, moneyType, quoteId, SqlParams, type SqlDialect, type SqlQuery } from "./dialect.js";

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
export const SQL_TABLES: readonly SqlTableName[] = ["orders", "deals", "activities", "revenueTargets", "activityTargets"];

/** The kind of a column: how a record's value is written and declared. */
type ColumnKind = "text" | "money" | "decimal" | "instant";

/** A column: its field name, kind, and whether every record has it. */
type Column = readonly [field: string, kind: ColumnKind, required: boolean];

/** Each table's columns, named after the record fields (spec section 7). */
const COLUMNS: Readonly<Record<SqlTableName, readonly Column[]>> = {
  orders: [
    ["id", "text", true],
    ["date", "instant", true],
    ["amount", "money", true],
    ["currency", "text", true],
    ["sellerId", "text", true],
    ["customerId", "text", true],
    ["grossAmount", "money", false],
    ["discount", "money", false],
    ["margin", "money", false],
    ["hoursSold", "decimal", false],
    ["offerId", "text", false],
    ["dealId", "text", false],
  ],
  deals: [
    ["id", "text", true],
    ["ownerId", "text", true],
    ["customerId", "text", false],
    ["amount", "money", true],
    ["currency", "text", true],
    ["stage", "text", true],
    ["probability", "decimal", false],
    ["createdAt", "instant", true],
    ["expectedCloseDate", "instant", false],
    ["status", "text", true],
    ["closedAt", "instant", false],
    ["lossReason", "text", false],
    ["competitor", "text", false],
  ],
  activities: [
    ["id", "text", true],
    ["ownerId", "text", true],
    ["type", "text", true],
    ["date", "instant", true],
    ["status", "text", true],
    ["customerId", "text", false],
    ["dealId", "text", false],
    ["durationMinutes", "decimal", false],
    ["cancellationCause", "text", false],
  ],
  revenueTargets: [
    ["id", "text", true],
    ["level", "text", true],
    ["scopeId", "text", false],
    ["start", "instant", true],
    ["end", "instant", true],
    ["amount", "money", true],
    ["currency", "text", true],
  ],
  activityTargets: [
    ["id", "text", true],
    ["level", "text", true],
    ["scopeId", "text", false],
    ["type", "text", true],
    ["start", "instant", true],
    ["end", "instant", true],
    ["count", "decimal", true],
  ],
};

/** The record type of each table. */
interface SqlRecords {
  readonly orders: Order;
  readonly deals: Deal;
  readonly activities: Activity;
  readonly revenueTargets: RevenueTarget;
  readonly activityTargets: ActivityTarget;
}

function checkTable(table: unknown): SqlTableName {
  if (typeof table === "string" && (SQL_TABLES as readonly string[]).includes(table)) return table as SqlTableName;
  throw new InvalidArgumentError(`the SQL table must be one of ${SQL_TABLES.join(", ")}`);
}

/** The SQL type of a column kind. */
function sqlType(dialect: SqlDialect, kind: ColumnKind): string {
  return kind === "text" ? "TEXT" : kind === "instant" ? "TIMESTAMPTZ" : moneyType(dialect);
}

/** The sequence that numbers a DuckDB table's rows. */
function sequenceName(table: SqlTableName): string {
  return `${table}_row`;
}

/**
 * The DDL of the record tables: one `CREATE TABLE` per table of {@link SQL_TABLES} (and, in DuckDB,
 * the sequence that numbers each table's rows), in creation order. Columns are the record fields,
 * quoted (`"sellerId"`); money and decimals are `DECIMAL(38, 10)` in DuckDB and `NUMERIC` in
 * PostgreSQL; instants are `TIMESTAMPTZ`; ids and codes `TEXT`; a field every record has is `NOT
 * NULL`. The `_row` column numbers the rows in insertion order (the table's order): a DuckDB
 * sequence, a PostgreSQL identity column.
 *
 * Interpretation: a table's order, which decides the order of group keys and of ids, is its `_row`
 * order; fill a table in the order the records would have in memory.
 *
 * @param dialect - `"duckdb"` or `"postgres"`
 * @returns the statements, to run one after the other
 * @throws InvalidArgumentError for an unknown dialect
 * @example
 * ```ts
 * const statements = createTablesSql("postgres");
 * statements.length; //=> 5
 * statements[0]; //=> 'CREATE TABLE "orders" ("_row" BIGINT GENERATED BY DEFAULT AS IDENTITY, "id" TEXT NOT NULL, ...'
 * ```
 * @category SQL
 */
export function createTablesSql(dialect: SqlDialect): string[] {
  const checked = checkDialect(dialect);
  return SQL_TABLES.flatMap((table) => {
    const row =
      checked === "duckdb"
        ? `"_row" BIGINT NOT NULL DEFAULT nextval('${sequenceName(table)}')`
        : `"_row" BIGINT GENERATED BY DEFAULT AS IDENTITY`;
    const columns = COLUMNS[table].map(
      ([field, kind, required]) => `${quoteId(field)} ${sqlType(checked, kind)}${required ? " NOT NULL" : ""}`,
    );
    const create = `CREATE TABLE ${quoteId(table)} (${[row, ...columns].join(", ")})`;
    return checked === "duckdb" ? [`CREATE SEQUENCE ${quoteId(sequenceName(table))}`, create] : [create];
  });
}

/** DuckDB's `DECIMAL(38, 10)`: at most 10 decimals and 28 integer digits. */
const DUCKDB_LIMIT = new Dec("1e28");

/** A record's value of a column, as the text the database reads. */
function valueText(
  dialect: SqlDialect,
  table: SqlTableName,
  record: Readonly<Record<string, unknown>>,
  [field, kind, required]: Column,
): string | null {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) throw new InvalidArgumentError(`a record of ${table} has no ${field}`);
    return null;
  }
  if (kind === "instant") {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
      throw new InvalidArgumentError(`the ${field} of a record of ${table} is not a valid Date`);
    return value.toISOString();
  }
  if (kind === "text") {
    if (typeof value !== "string") throw new InvalidArgumentError(`the ${field} of a record of ${table} is not text`);
    return value;
  }
  const decimal: Decimal = typeof value === "number" ? new Dec(value) : (value as Decimal);
  if (typeof value !== "number" && !Dec.isDecimal(value))
    throw new InvalidArgumentError(`the ${field} of a record of ${table} is not a Decimal`);
  if (!decimal.isFinite()) throw new InvalidArgumentError(`the ${field} of a record of ${table} is not finite`);
  if (dialect === "duckdb" && (decimal.decimalPlaces() > 10 || decimal.abs().gte(DUCKDB_LIMIT))) {
    throw new InvalidArgumentError(
      `the ${field} ${decimal.toFixed()} of a record of ${table} does not fit DuckDB's DECIMAL(38, 10) exactly (at most 10 decimals and 28 integer digits)`,
    );
  }
  return decimal.toFixed();
}

/**
 * Parameterised `INSERT`s of records into a table of {@link createTablesSql}, in batches of at
 * most `batch` records, in the records' order (which becomes the table's order). Each value is a
 * parameter (text, cast in the SQL to its column's type); none is written into the text.
 *
 * @param dialect - `"duckdb"` or `"postgres"`
 * @param table - the table (`"orders"`, `"deals"`, `"activities"`, `"revenueTargets"`, `"activityTargets"`)
 * @param records - its records (parsed, as the parse functions give them)
 * @param batch - records per statement (default 500)
 * @returns the statements, to run in order
 * @throws InvalidArgumentError for an unknown dialect or table, a record without a required field, a
 *   field of the wrong type, or (DuckDB) an amount that `DECIMAL(38, 10)` cannot hold exactly
 * @example
 * ```ts
 * const [insert] = insertRecordsSql("postgres", "activityTargets", [
 *   { id: "t1", level: "company", type: "visit", start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z"), count: new Decimal(20) },
 * ]);
 * insert.params; //=> ["t1", "company", null, "visit", "2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "20"]
 * ```
 * @category SQL
 */
export function insertRecordsSql<T extends SqlTableName>(
  dialect: SqlDialect,
  table: T,
  records: readonly SqlRecords[T][],
  batch = 500,
): SqlQuery[] {
  const checked = checkDialect(dialect);
  const name = checkTable(table);
  if (!Array.isArray(records)) throw new InvalidArgumentError(`the records of ${name} must be an array`);
  if (!Number.isSafeInteger(batch) || batch < 1) throw new InvalidArgumentError("batch must be a whole number >= 1");
  const columns = COLUMNS[name];
  const head = `INSERT INTO ${quoteId(name)} (${columns.map(([field]) => quoteId(field)).join(", ")}) VALUES `;
  const queries: SqlQuery[] = [];
  for (let start = 0; start < records.length; start += batch) {
    const params = new SqlParams();
    const rows = records.slice(start, start + batch).map((record) => {
      const values = columns.map((column) => {
        const placeholder = params.add(
          valueText(checked, name, record as unknown as Readonly<Record<string, unknown>>, column),
        );
        return `CAST(${placeholder} AS ${sqlType(checked, column[1])})`;
      });
      return `(${values.join(", ")})`;
    });
    queries.push({ text: head + rows.join(", "), params: params.values });
  }
  return queries;
}

/**
 * The SQL column of a table holding a record field, `null` when the table has no such column.
 * @internal
 */
export function sqlColumnOf(table: SqlTableName, field: string): { readonly kind: ColumnKind } | null {
  const column = COLUMNS[table].find(([name]) => name === field);
  return column === undefined ? null : { kind: column[1] };
}
