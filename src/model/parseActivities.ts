import type { Activity } from "./types.js";
import { createActivitySchema, ActivitySchema } from "./activitySchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw activity rows (JSON values or CSV cells) into {@link Activity} records and row errors, with
 * {@link ActivitySchema}'s rules (see {@link createActivitySchema}) and {@link parseRows}' guarantees:
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
 * parseActivities([{ id: "a-1", ownerId: "s-1", type: "call", date: "2026-03-02T09:30", status: "done", durationMinutes: "12.5" }],
 *   { timeZone: "Europe/Paris" });
 * //=> { records: [{ id: "a-1", ownerId: "s-1", type: "call", date: 2026-03-02T08:30:00.000Z, status: "done", durationMinutes: 12.5 }],
 * //     errors: [], inputCount: 1 }
 * ```
 * @category Model
 */
export function parseActivities(rows: readonly unknown[], options?: ParseOptions): ParseResult<Activity> {
  return parseRows(schemaForOptions(options, ActivitySchema, createActivitySchema), rows, options);
}
