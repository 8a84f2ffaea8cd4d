import type { Seller } from "./types.js";
import { createSellerSchema, SellerSchema } from "./sellerSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw seller rows (JSON values or CSV cells) into {@link Seller} records and row errors, with
 * {@link SellerSchema}'s rules (see {@link createSellerSchema}) and {@link parseRows}' guarantees:
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
 * parseSellers([{ id: "s-1", name: "Alice", teamId: "north" }, { id: "s-2" }, { id: "", name: "Bob" }]);
 * //=> { records: [{ id: "s-1", name: "Alice", teamId: "north" }, { id: "s-2" }], inputCount: 3, errors: [
 * //     { index: 2, id: "", path: ["id"], message: "required: the value is missing, null or empty", issues: [...] } ] }
 * ```
 * @category Model
 */
export function parseSellers(rows: readonly unknown[], options?: ParseOptions): ParseResult<Seller> {
  return parseRows(schemaForOptions(options, SellerSchema, createSellerSchema), rows, options);
}
