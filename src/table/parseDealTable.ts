import { createDealSchema, DealSchema } from "../model/dealSchema.js";
import { schemaForOptions } from "../model/_schemaForOptions.js";
import type { ParseOptions } from "../model/parseRows.js";
import { parseTable } from "./_parseTable.js";
import { dealSink } from "./_sinks.js";
import type { DealTable } from "./dealTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Parses raw deal rows straight into a {@link DealTable}: the same rules, the same rejected rows
 * and the same table as `dealTable(parseDeals(rows, options).records)`, several times faster on
 * large exports (no record, `Decimal` or `Date` per valid row; rows in an unusual form still go
 * through `parseDeals`'s reader).
 *
 * Formula: for each row, in order: valid (by `DealSchema`'s rules, first occurrence of its id) ->
 * a row of the table; invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records: strings for money and dates)
 * @param options - `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`, as for `parseDeals`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws InvalidArgumentError when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseDealTable([
 *   { id: "d-1", ownerId: "ana", amount: "50000", currency: "EUR", stage: "proposal", createdAt: "2026-01-05", status: "open" },
 *   { id: "d-2", ownerId: "ana", amount: "9000", currency: "EUR", stage: "lost", createdAt: "2026-01-05", status: "lost" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.message; //=> "required: a lost deal needs closedAt"
 * ```
 * @category Tables
 */
export function parseDealTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<DealTable> {
  return parseTable(schemaForOptions(options, DealSchema, createDealSchema), rows, options, dealSink);
}
