import type { RowError } from "../errors/index.js";

/**
 * What a table parser (`parseOrderTable`, `parseDealTable`, `parseActivityTable`) returns: the
 * table of the valid rows, in input order, and an error per rejected row, exactly as the record
 * parsers give them. `table.size + errors.length === inputCount`, always.
 *
 * @example
 * ```ts
 * const { table, errors, inputCount } = parseOrderTable([
 *   { id: "o-1", date: "2026-03-02", amount: "10", currency: "EUR", sellerId: "ana", customerId: "acme" },
 *   { id: "o-2", date: "2026-03-02", amount: "1e3", currency: "EUR", sellerId: "ana", customerId: "acme" },
 * ]);
 * table.size + errors.length === inputCount; //=> true
 * ```
 * @category Tables
 */
export interface TableParseResult<T> {
  /** The valid rows, as a table. */
  readonly table: T;
  /** One error per rejected row, in input order (the same as the record parser's). */
  readonly errors: RowError[];
  /** Number of rows given. */
  readonly inputCount: number;
}

/**
 * Orders stored by column (typed arrays of epoch milliseconds, amounts as scaled integers, sellers
 * and currencies dictionary-encoded), built once by {@link orderTable} or {@link parseOrderTable}.
 * Pass it wherever an array of orders is accepted: the indicators read every input as columns, and
 * an array is converted on each call. Its layout is private, so it can change without breaking
 * callers.
 * @category Tables
 */
export interface OrderTable {
  /** What the table holds. */
  readonly kind: "orders";
  /** Number of orders. */
  readonly size: number;
}

/**
 * Deals stored by column, built once by {@link dealTable} or {@link parseDealTable}. Pass it
 * wherever an array of deals is accepted: the indicators read every input as columns, and an
 * array is converted on each call. Its layout is private, so it can change without breaking
 * callers.
 * @category Tables
 */
export interface DealTable {
  /** What the table holds. */
  readonly kind: "deals";
  /** Number of deals. */
  readonly size: number;
}

/**
 * Activities stored by column, built once by {@link activityTable} or {@link parseActivityTable}.
 * Pass it wherever an array of activities is accepted: the indicators read every input as
 * columns, and an array is converted on each call. Its layout is private, so it can change
 * without breaking callers.
 * @category Tables
 */
export interface ActivityTable {
  /** What the table holds. */
  readonly kind: "activities";
  /** Number of activities. */
  readonly size: number;
}
