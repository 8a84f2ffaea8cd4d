/**
 * The generic row parser: raw rows (JSON values, CSV records) through a row schema into domain
 * records and row errors. Every parse function (`parseOrders`, `parseDeals`...) is built on it.
 *
 * @module
 */
import type * as z from "zod";
import { RowValidationError, type RowError } from "../errors/index.js";
import { createRowContext, missingFields, parseRowAt, resolveRowOptions, rowCount } from "./_rowParser.js";
import type { AnyRowSchema, ParseResult, RowParseOptions } from "./rowParsing.js";

export type {
  AnyRowSchema,
  ParseMode,
  ParseOptions,
  ParseResult,
  RowParseOptions,
  UnknownKeysPolicy,
} from "./rowParsing.js";
export { MAX_ERROR_ID_LENGTH, MAX_ISSUES_PER_ROW } from "./rowParsing.js";

/**
 * Parses raw rows with a row schema into domain records and row errors.
 *
 * - Rows that are not plain objects (`null`, arrays, numbers, strings, class instances) are row
 *   errors with path `[]`.
 * - Only the schema's keys are read, from the row's own properties, each once; unknown keys are
 *   ignored, or each reported on its own path with `unknownKeys: "reject"` (`__proto__` included).
 * - Duplicate ids (exact string equality) within one call: the later row is rejected, its issue on
 *   `["id"]` names the earlier row's index; the first occurrence is kept whether or not it is valid.
 * - A row is named in exactly one {@link RowError}, whose `issues` list all its problems (at most
 *   {@link MAX_ISSUES_PER_ROW}); its `id` is the row's `id` when that is a string (cut at 64
 *   characters), else `null`; with `firstLine`, it also carries `line = firstLine + index`.
 * - When no row holds any of the schema's fields (and some row is a plain object), one
 *   {@link MissingFieldsError} names the expected fields and the keys found, instead of one
 *   "required" error per row. Interpretation: a key counts as present whatever its value (a CSV
 *   with the right headers and empty cells gets its row errors).
 * - `records.length + errors.length === inputCount`, always. Whatever the rows hold (circular
 *   objects, throwing getters, proxies, huge strings), only the library's own errors are thrown.
 *
 * @param schema - a row schema, e.g. `OrderSchema` or `createDealSchema({ timeZone })`
 * @param rows - the raw rows
 * @param options - {@link RowParseOptions}: `mode`, `unknownKeys` and `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the schema's fields
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws InvalidArgumentError when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * parseRows(SellerSchema, [{ id: "s-1", name: "Alice" }, null, { id: "s-1", name: "Bob" }]);
 * //=> { records: [{ id: "s-1", name: "Alice" }], inputCount: 3, errors: [
 * //     { index: 1, id: null, path: [], message: "a row must be a plain object (field names to values), not null", issues: [...] },
 * //     { index: 2, id: "s-1", path: ["id"], message: 'duplicate id "s-1": row 0 has the same id (the later row is rejected)', issues: [...] } ] }
 * ```
 * @category Model
 */
export function parseRows<S extends AnyRowSchema>(
  schema: S,
  rows: readonly unknown[],
  options?: RowParseOptions,
): ParseResult<z.output<S>> {
  const rowOptions = resolveRowOptions(options);
  const count = rowCount(rows);
  const context = createRowContext(schema, rowOptions);
  const records: z.output<S>[] = [];
  const errors: RowError[] = [];
  for (let index = 0; index < count; index += 1) {
    const outcome = parseRowAt(context, rows, index);
    if (outcome.ok) {
      records.push(outcome.value);
    } else {
      // Fail-fast stops at the first bad row: at row 0 nothing was accepted, so the input may hold no expected field at all.
      if (rowOptions.mode === "fail-fast")
        throw (index === 0 ? missingFields(context, rows, count) : null) ?? new RowValidationError(outcome.error);
      errors.push(outcome.error);
    }
  }
  if (records.length === 0 && count > 0) {
    const missing = missingFields(context, rows, count);
    if (missing !== null) throw missing;
  }
  return { records, errors, inputCount: count };
}
