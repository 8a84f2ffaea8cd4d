import type { Prospect } from "../model/salesFlowTypes.js";
import { parseProspects } from "../model/parseProspects.js";
import type { ParseOptions } from "../model/parseRows.js";
import { recordColumnsOf } from "./recordTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Prospects stored by column, built once by {@link prospectTable} or {@link parseProspectTable}.
 * Pass it wherever an array of prospects is accepted: the indicators read every input as columns,
 * and an array is converted on each call. Its layout is private, so it can change without
 * breaking callers.
 * @category Tables
 */
export interface ProspectTable {
  /** What the table holds. */
  readonly kind: "prospects";
  /** Number of prospects. */
  readonly size: number;
}

/**
 * Builds the columnar table of a list of prospects, once, for repeated indicator calls over
 * the same records. The figures are the same as from the array (the indicators' property tests
 * hold both inputs equal).
 *
 * Formula: row `i` of every column is `prospects[i]`'s field, in the records' order.
 *
 * @param prospects - valid records (from `parseProspects`); the table is a snapshot of their values
 * @returns the table
 * @throws {@link InvalidArgumentError} when `prospects` is not an array of valid records
 * @example
 * ```ts
 * const prospects: Prospect[] = [{ id: "p-1", ownerId: "ana", createdAt: new Date("2026-03-02T00:00:00Z") }];
 * prospectTable(prospects).size; //=> 1
 * ```
 * @category Tables
 */
export function prospectTable(prospects: readonly Prospect[]): ProspectTable {
  // The columns of a record table of this kind are this table (its layout stays private).
  return recordColumnsOf(prospects, "prospects", "prospects") as unknown as ProspectTable;
}

/**
 * Parses raw prospects rows straight into a {@link ProspectTable}: the same rules, the same
 * rejected rows and the same table as `prospectTable(parseProspects(rows, options).records)`.
 *
 * Formula: for each row, in order: valid (by the schema's rules, first occurrence of its id) -> a
 * row of the table; invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`, as for `parseProspects`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseProspectTable([
 *   { id: "p-1", ownerId: "ana", createdAt: "2026-03-02", convertedAt: "2026-04-10" },
 *   { id: "p-2", ownerId: "ben", createdAt: "2026-03-05", convertedAt: "2026-04-10", lostAt: "2026-04-11" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.message; //=> "a prospect is converted or lost, not both: convertedAt and lostAt are both set"
 * ```
 * @category Tables
 */
export function parseProspectTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<ProspectTable> {
  const { records, errors, inputCount } = parseProspects(rows, options);
  return { table: prospectTable(records), errors, inputCount };
}
