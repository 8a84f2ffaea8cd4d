import type { Deal } from "./types.js";
import { createDealSchema, DealSchema } from "./dealSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw deal rows (JSON values or CSV cells) into {@link Deal} records and row errors, with
 * {@link DealSchema}'s rules (see {@link createDealSchema}) and {@link parseRows}' guarantees:
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
 * parseDeals([{ id: "d-1", ownerId: "s-1", amount: "50000", currency: "EUR", stage: "proposal",
 *   createdAt: "2026-02-01", status: "won", closedAt: "2026-01-15" }]);
 * //=> { records: [], inputCount: 1, errors: [{ index: 0, id: "d-1", path: ["closedAt"],
 * //     message: "closedAt (2026-01-15T00:00:00.000Z) is before createdAt (2026-02-01T00:00:00.000Z)", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseDeals(rows: readonly unknown[], options?: ParseOptions): ParseResult<Deal> {
  return parseRows(schemaForOptions(options, DealSchema, createDealSchema), rows, options);
}
