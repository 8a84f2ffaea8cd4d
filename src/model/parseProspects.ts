import type { Prospect } from "./salesFlowTypes.js";
import { createProspectSchema, ProspectSchema } from "./prospectSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw prospect rows (JSON values or CSV cells) into {@link Prospect} records and row
 * errors, with {@link ProspectSchema}'s rules (see {@link createProspectSchema}: not both
 * `convertedAt` and `lostAt`, none of `qualifiedAt`, `convertedAt`, `lostAt` before `createdAt`)
 * and {@link parseRows}' guarantees: `records.length + errors.length === inputCount`, one error
 * per rejected row listing all its problems, duplicate ids rejected (the later row, naming the
 * earlier one), unknown keys ignored unless `unknownKeys: "reject"`. In CSV cells, an empty string
 * means absent.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseProspects([{ id: "p-1", ownerId: "s-1", createdAt: "2026-02-01", convertedAt: "2026-03-01", lostAt: "2026-03-02" }]);
 * //=> { records: [], inputCount: 1, errors: [{ index: 0, id: "p-1", path: ["lostAt"],
 * //     message: "a prospect is converted or lost, not both: convertedAt and lostAt are both set", issues: [...] }] }
 * ```
 * @category Model
 */
export function parseProspects(rows: readonly unknown[], options?: ParseOptions): ParseResult<Prospect> {
  return parseRows(schemaForOptions(options, ProspectSchema, createProspectSchema), rows, options);
}
