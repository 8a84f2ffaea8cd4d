import type { Order } from "./types.js";
import { createOrderSchema, OrderSchema } from "./orderSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw order (or invoice) rows (JSON values or CSV cells) into {@link Order} records and row errors, with
 * {@link OrderSchema}'s rules (see {@link createOrderSchema}) and {@link parseRows}' guarantees:
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
 * parseOrders([
 *   { id: "o-1", date: "2026-01-15", amount: "1200.50", currency: "EUR", sellerId: "s-1", customerId: "c-1" },
 *   { id: "o-2", date: "2026-01-16", amount: "1,200.50", currency: "EUR", sellerId: "s-1", customerId: "c-1" },
 * ]);
 * //=> { records: [{ id: "o-1", date: 2026-01-15T00:00:00.000Z, amount: Decimal("1200.5"), ... }], inputCount: 2, errors: [
 * //     { index: 1, id: "o-2", path: ["amount"], message: "commas are not accepted in amounts (...)", issues: [...] } ] }
 * ```
 * @category Model
 */
export function parseOrders(rows: readonly unknown[], options?: ParseOptions): ParseResult<Order> {
  return parseRows(schemaForOptions(options, OrderSchema, createOrderSchema), rows, options);
}
