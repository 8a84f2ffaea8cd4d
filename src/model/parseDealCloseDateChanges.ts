import type { DealCloseDateChange } from "./dealHistory.js";
import { createDealCloseDateChangeSchema, DealCloseDateChangeSchema } from "./closeDateChangeSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw deal close-date-change rows (a CRM's history of expected close dates, JSON values or
 * CSV cells) into {@link DealCloseDateChange} records and row errors, with
 * {@link DealCloseDateChangeSchema}'s rules (see {@link createDealCloseDateChangeSchema}: the
 * expected close is a calendar day of the reporting zone, settled detail 8) and {@link parseRows}'
 * guarantees: `records.length + errors.length === inputCount`, one error per rejected row listing
 * all its problems, duplicate ids rejected (the later row, naming the earlier one), unknown keys
 * ignored unless `unknownKeys: "reject"`. In CSV cells, an empty string means absent: an error
 * ("required") in every field of this record.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseDealCloseDateChanges(
 *   [{ id: "c-1", dealId: "d-1", expectedCloseDate: "2026-04-30T23:30:00Z", changedAt: "2026-03-02T10:00:00Z" },
 *    { id: "c-1", dealId: "d-2", expectedCloseDate: "2026-05-31", changedAt: "2026-03-02" }],
 *   { timeZone: "Europe/Paris" });
 * //=> { records: [{ id: "c-1", dealId: "d-1", expectedCloseDate: 2026-04-30T22:00:00.000Z (1 May in Paris), changedAt: 2026-03-02T10:00:00.000Z }],
 * //     inputCount: 2, errors: [{ index: 1, id: "c-1", path: ["id"], message: "duplicate id ...", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseDealCloseDateChanges(
  rows: readonly unknown[],
  options?: ParseOptions,
): ParseResult<DealCloseDateChange> {
  return parseRows(
    schemaForOptions(options, DealCloseDateChangeSchema, createDealCloseDateChangeSchema),
    rows,
    options,
  );
}
