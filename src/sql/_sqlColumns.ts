/**
 * The columns of the SQL record tables: each record field, its kind, and whether every record has it.
 *
 * @module
 */
import type { SqlTableName } from "./dialect.js";

/** The kind of a column: how a record's value is written and declared. */
export type ColumnKind = "text" | "money" | "decimal" | "instant";

/** A column: its field name, kind, and whether every record has it. */
export type Column = readonly [field: string, kind: ColumnKind, required: boolean];

/** Each table's columns, named after the record fields (spec section 7). */
export const COLUMNS: Readonly<Record<SqlTableName, readonly Column[]>> = {
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

/**
 * The SQL column of a table holding a record field, `null` when the table has no such column.
 */
export function sqlColumnOf(table: SqlTableName, field: string): { readonly kind: ColumnKind } | null {
  const column = COLUMNS[table].find(([name]) => name === field);
  return column === undefined ? null : { kind: column[1] };
}
