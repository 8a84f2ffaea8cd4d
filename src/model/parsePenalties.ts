import type { Penalty } from "./serviceTypes.js";
import { createPenaltySchema, PenaltySchema } from "./penaltySchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw penalties rows (JSON values or CSV cells) into {@link Penalty} records and row errors, with
 * {@link PenaltySchema}'s rules (see {@link createPenaltySchema}) and {@link parseRows}' guarantees:
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
 * parsePenalties([{ id: "p-1", customerId: "c-1", date: "2026-03-20", amount: "1e3", currency: "EUR" }]).errors[0]?.path;
 * //=> ["amount"]
 * ```
 * @category Model
 */
export function parsePenalties(rows: readonly unknown[], options?: ParseOptions): ParseResult<Penalty> {
  return parseRows(schemaForOptions(options, PenaltySchema, createPenaltySchema), rows, options);
}
