import type { RowError } from "../errors/index.js";

/**
 * What a table parser (`parseOrderTable`, `parseDealTable`, `parseActivityTable`) returns: the
 * table of the valid rows, in input order, and an error per rejected row, exactly as the record
 * parsers give them. `table.size + errors.length === inputCount`, always.
 *
 * @example
 * ```ts
 * const { table, errors, inputCount } = parseOrderTable(rows);
 * table.size + errors.length === inputCount; //=> true
 * ```
 */
export interface TableParseResult<T> {
  /** The valid rows, as a table. */
  readonly table: T;
  /** One error per rejected row, in input order (the same as the record parser's). */
  readonly errors: RowError[];
  /** Number of rows given. */
  readonly inputCount: number;
}
