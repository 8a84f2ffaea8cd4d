import type { SurveyResponse } from "./serviceTypes.js";
import { createSurveyResponseSchema, SurveyResponseSchema } from "./surveyResponseSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw survey responses rows (JSON values or CSV cells) into {@link SurveyResponse} records and row errors, with
 * {@link SurveyResponseSchema}'s rules (see {@link createSurveyResponseSchema}) and {@link parseRows}' guarantees:
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
 * parseSurveyResponses([{ id: "q-1", customerId: "c-1", date: "2026-03-02", score: "7", scaleMin: "10", scaleMax: "0" }]);
 * //=> { records: [], inputCount: 1, errors: [{ index: 0, id: "q-1", path: ["scaleMax"],
 * //     message: "scaleMax (0) must be above scaleMin (10)", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseSurveyResponses(rows: readonly unknown[], options?: ParseOptions): ParseResult<SurveyResponse> {
  return parseRows(schemaForOptions(options, SurveyResponseSchema, createSurveyResponseSchema), rows, options);
}
