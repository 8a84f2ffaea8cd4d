/**
 * Columnar tables of the deal history records (stage changes and close-date changes), built once
 * for repeated indicator calls, and their table parsers.
 *
 * @module
 */
import type { DealCloseDateChange, DealStageChange } from "../model/dealHistory.js";
import { parseDealCloseDateChanges } from "../model/parseDealCloseDateChanges.js";
import { parseDealStageChanges } from "../model/parseDealStageChanges.js";
import type { ParseOptions } from "../model/parseRows.js";
import { recordColumns } from "./recordTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Deal stage changes stored by column, built by {@link dealStageChangeTable} or
 * {@link parseDealStageChangeTable}. Pass it wherever an array of stage changes is accepted. Its
 * layout is private.
 * @category Tables
 */
export interface DealStageChangeTable {
  /** What the table holds. */
  readonly kind: "stageChanges";
  /** Number of stage changes. */
  readonly size: number;
}

/**
 * Deal close-date changes stored by column, built by {@link dealCloseDateChangeTable} or
 * {@link parseDealCloseDateChangeTable}. Pass it wherever an array of close-date changes is
 * accepted. Its layout is private.
 * @category Tables
 */
export interface DealCloseDateChangeTable {
  /** What the table holds. */
  readonly kind: "closeDateChanges";
  /** Number of close-date changes. */
  readonly size: number;
}

/**
 * Builds the columnar table of a deal stage history, once, for repeated indicator calls.
 *
 * Formula: row `i` of every column is `changes[i]`'s field, in the changes' order.
 *
 * @param changes - valid stage changes (from `parseDealStageChanges`)
 * @returns the table
 * @throws never for valid records (indicators trust records, spec section 1)
 * @example
 * ```ts
 * dealStageChangeTable([{ id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: new Date("2026-02-03T10:00:00Z") }]).size; //=> 1
 * ```
 * @category Tables
 */
export function dealStageChangeTable(changes: readonly DealStageChange[]): DealStageChangeTable {
  return recordColumns("stageChanges", changes) as unknown as DealStageChangeTable;
}

/**
 * Builds the columnar table of a deal close-date history, once, for repeated indicator calls.
 *
 * Formula: row `i` of every column is `changes[i]`'s field, in the changes' order.
 *
 * @param changes - valid close-date changes (from `parseDealCloseDateChanges`)
 * @returns the table
 * @throws never for valid records (indicators trust records, spec section 1)
 * @example
 * ```ts
 * dealCloseDateChangeTable([{ id: "c-1", dealId: "d-1", expectedCloseDate: new Date("2026-04-30T00:00:00Z"),
 *   changedAt: new Date("2026-03-02T10:00:00Z") }]).kind; //=> "closeDateChanges"
 * ```
 * @category Tables
 */
export function dealCloseDateChangeTable(changes: readonly DealCloseDateChange[]): DealCloseDateChangeTable {
  return recordColumns("closeDateChanges", changes) as unknown as DealCloseDateChangeTable;
}

/**
 * Parses raw stage-change rows straight into a {@link DealStageChangeTable}: the same rules, the
 * same rejected rows and the same table as `dealStageChangeTable(parseDealStageChanges(rows,
 * options).records)`.
 *
 * Formula: for each row, in order: valid (first occurrence of its id) -> a row of the table;
 * invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - as for `parseDealStageChanges`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseDealStageChangeTable([
 *   { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03" },
 *   { id: "h-2", dealId: "d-1", stage: "", enteredAt: "2026-02-04" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.path; //=> ["stage"]
 * ```
 * @category Tables
 */
export function parseDealStageChangeTable(
  rows: readonly unknown[],
  options?: ParseOptions,
): TableParseResult<DealStageChangeTable> {
  const { records, errors, inputCount } = parseDealStageChanges(rows, options);
  return { table: dealStageChangeTable(records), errors, inputCount };
}

/**
 * Parses raw close-date-change rows straight into a {@link DealCloseDateChangeTable}: the same
 * rules, the same rejected rows and the same table as
 * `dealCloseDateChangeTable(parseDealCloseDateChanges(rows, options).records)`.
 *
 * Formula: for each row, in order: valid (first occurrence of its id) -> a row of the table;
 * invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - as for `parseDealCloseDateChanges`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * parseDealCloseDateChangeTable([{ id: "c-1", dealId: "d-1", expectedCloseDate: "2026-04-30", changedAt: "2026-03-02" }]).table.size; //=> 1
 * ```
 * @category Tables
 */
export function parseDealCloseDateChangeTable(
  rows: readonly unknown[],
  options?: ParseOptions,
): TableParseResult<DealCloseDateChangeTable> {
  const { records, errors, inputCount } = parseDealCloseDateChanges(rows, options);
  return { table: dealCloseDateChangeTable(records), errors, inputCount };
}
