import type { RevenueTarget } from "./types.js";
import { createRevenueTargetSchema, RevenueTargetSchema } from "./revenueTargetSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw revenue target rows (JSON values or CSV cells) into {@link RevenueTarget} records and row errors, with
 * {@link RevenueTargetSchema}'s rules (see {@link createRevenueTargetSchema}) and {@link parseRows}' guarantees:
 * `records.length + errors.length === inputCount`, one error per rejected row listing all its
 * problems, duplicate ids rejected (the later row, naming the earlier one), unknown keys ignored
 * unless `unknownKeys: "reject"`. In CSV cells, an empty string means absent: fine in an optional
 * field, an error ("required") in a required one.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseRevenueTargets([{ id: "t-1", level: "seller", scopeId: "s-1", start: "2026-01-01", end: "2027-01-01", amount: "1200000", currency: "EUR" }]);
 * //=> { records: [{ id: "t-1", level: "seller", scopeId: "s-1", start: 2026-01-01T00:00:00.000Z,
 * //     end: 2027-01-01T00:00:00.000Z, amount: Decimal("1200000"), currency: "EUR" }], errors: [], inputCount: 1 }
 * ```
 * @category Model
 */
export function parseRevenueTargets(rows: readonly unknown[], options?: ParseOptions): ParseResult<RevenueTarget> {
  return parseRows(schemaForOptions(options, RevenueTargetSchema, createRevenueTargetSchema), rows, options);
}
