import type { Delivery } from "./serviceTypes.js";
import { createDeliverySchema, DeliverySchema } from "./deliverySchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw deliveries rows (JSON values or CSV cells) into {@link Delivery} records and row errors, with
 * {@link DeliverySchema}'s rules (see {@link createDeliverySchema}) and {@link parseRows}' guarantees:
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
 * parseDeliveries([
 *   { id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10", deliveredAt: "2026-03-12", conforming: "true" },
 *   { id: "l-2", orderId: "o-2", customerId: "c-1", promisedAt: "2026-03-10", conforming: "true", nonConformityReason: "late" },
 * ]);
 * //=> { records: [{ id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: 2026-03-10T00:00:00.000Z, deliveredAt: 2026-03-12T00:00:00.000Z, conforming: true }],
 * //     inputCount: 2, errors: [{ index: 1, id: "l-2", path: ["conforming"],
 * //     message: "a conformity verdict needs deliveredAt (an undelivered delivery is not assessed)", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseDeliveries(rows: readonly unknown[], options?: ParseOptions): ParseResult<Delivery> {
  return parseRows(schemaForOptions(options, DeliverySchema, createDeliverySchema), rows, options);
}
