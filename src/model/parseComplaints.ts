import type { Complaint } from "./serviceTypes.js";
import { createComplaintSchema, ComplaintSchema } from "./complaintSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw complaints rows (JSON values or CSV cells) into {@link Complaint} records and row errors, with
 * {@link ComplaintSchema}'s rules (see {@link createComplaintSchema}) and {@link parseRows}' guarantees:
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
 * parseComplaints([{ id: "r-1", customerId: "c-1", receivedAt: "2026-03-02", category: "commercial", ownerId: "" }]);
 * //=> { records: [{ id: "r-1", customerId: "c-1", receivedAt: 2026-03-02T00:00:00.000Z, category: "commercial", ownerId: undefined }],
 * //     errors: [], inputCount: 1 }
 * ```
 * @category Model
 */
export function parseComplaints(rows: readonly unknown[], options?: ParseOptions): ParseResult<Complaint> {
  return parseRows(schemaForOptions(options, ComplaintSchema, createComplaintSchema), rows, options);
}
