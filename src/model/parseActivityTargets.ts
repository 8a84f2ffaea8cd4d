import type { ActivityTarget } from "./types.js";
import { createActivityTargetSchema, ActivityTargetSchema } from "./activityTargetSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw activity target rows (JSON values or CSV cells) into {@link ActivityTarget} records and row errors, with
 * {@link ActivityTargetSchema}'s rules (see {@link createActivityTargetSchema}) and {@link parseRows}' guarantees:
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
 * parseActivityTargets([{ id: "at-1", level: "company", scopeId: "", type: "demo", start: "2026-01-01", end: "2026-04-01", count: "30" }]);
 * //=> { records: [{ id: "at-1", level: "company", scopeId: undefined, type: "demo", start: 2026-01-01T00:00:00.000Z,
 * //     end: 2026-04-01T00:00:00.000Z, count: Decimal("30") }], errors: [], inputCount: 1 }
 * ```
 * @category Model
 */
export function parseActivityTargets(rows: readonly unknown[], options?: ParseOptions): ParseResult<ActivityTarget> {
  return parseRows(schemaForOptions(options, ActivityTargetSchema, createActivityTargetSchema), rows, options);
}
