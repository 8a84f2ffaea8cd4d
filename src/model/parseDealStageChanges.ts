import type { DealStageChange } from "./dealHistory.js";
import { createDealStageChangeSchema, DealStageChangeSchema } from "./stageChangeSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw deal stage-change rows (a CRM's stage history, JSON values or CSV cells) into
 * {@link DealStageChange} records and row errors, with {@link DealStageChangeSchema}'s rules (see
 * {@link createDealStageChangeSchema}) and {@link parseRows}' guarantees:
 * `records.length + errors.length === inputCount`, one error per rejected row listing all its
 * problems, duplicate ids rejected (the later row, naming the earlier one), unknown keys ignored
 * unless `unknownKeys: "reject"`. In CSV cells, an empty string means absent: an error ("required")
 * in every field of this record.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseDealStageChanges([
 *   { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03" },
 *   { id: "h-2", dealId: "d-1", stage: "negotiation", enteredAt: "2026-02-30" },
 * ]);
 * //=> { records: [{ id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: 2026-02-03T00:00:00.000Z }], inputCount: 2,
 * //     errors: [{ index: 1, id: "h-2", path: ["enteredAt"], message: "2026-02-30 is not a calendar date", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseDealStageChanges(rows: readonly unknown[], options?: ParseOptions): ParseResult<DealStageChange> {
  return parseRows(schemaForOptions(options, DealStageChangeSchema, createDealStageChangeSchema), rows, options);
}
