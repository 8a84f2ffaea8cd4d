/**
 * The public vocabulary of row parsing: modes, options, results, the accepted row schemas, and
 * the limits of row errors.
 *
 * @module
 */
import type * as z from "zod";
import type { RowError } from "../errors/index.js";
import type { SchemaOptions } from "./schemaOptions.js";

/**
 * How {@link parseRows} reacts to a bad row: collect them all (default), or throw at the first.
 *
 * @example
 * ```ts
 * parseOrders(rows, { mode: "fail-fast" }); // throws RowValidationError at the first bad row
 * ```
 * @category Model
 */
export type ParseMode = "collect" | "fail-fast";

/**
 * What {@link parseRows} does with keys the schema does not know: ignore them (default) or reject the row.
 *
 * @example
 * ```ts
 * parseSellers([{ id: "s-1", name: "A", team: "x" }], { unknownKeys: "reject" }).errors[0]?.path; //=> ["team"]
 * ```
 * @category Model
 */
export type UnknownKeysPolicy = "ignore" | "reject";

/**
 * Options of {@link parseRows}.
 *
 * @example
 * ```ts
 * const options: RowParseOptions = { mode: "fail-fast", unknownKeys: "reject" };
 * ```
 * @category Model
 */
export interface RowParseOptions {
  /** `"collect"` (default): every bad row becomes a {@link RowError}; `"fail-fast"`: throw `RowValidationError` at the first. */
  readonly mode?: ParseMode;
  /** `"ignore"` (default): unknown keys (columns) are dropped; `"reject"` (strict): each one is an issue of its row. */
  readonly unknownKeys?: UnknownKeysPolicy;
  /**
   * The source line of the first row (e.g. `2` for a CSV whose line 1 is the header). When given,
   * each {@link RowError} carries `line = firstLine + index`, and `formatRowError` (so a
   * `RowValidationError`'s message) names it. Default: none.
   */
  readonly firstLine?: number;
}

/**
 * Options of the parse functions (`parseOrders`...): the schema options and the row options.
 *
 * @example
 * ```ts
 * parseOrders(rows, { timeZone: "Europe/Paris", decimalComma: true, mode: "collect", unknownKeys: "reject" });
 * ```
 * @category Model
 */
export interface ParseOptions extends SchemaOptions, RowParseOptions {}

/**
 * What a parse returns: the valid records in input order, one error per rejected row (in input
 * order), and the number of input rows. Always `records.length + errors.length === inputCount`.
 *
 * @example
 * ```ts
 * const result: ParseResult<Order> = parseOrders([
 *   { id: "o-1", date: "2026-03-02", amount: "10", currency: "EUR", sellerId: "ana", customerId: "acme" },
 *   { id: "o-2", date: "2026-02-30", amount: "10", currency: "EUR", sellerId: "ana", customerId: "acme" },
 * ]);
 * result.records.length + result.errors.length === result.inputCount; //=> true
 * ```
 * @category Model
 */
export interface ParseResult<T> {
  /** The valid rows, as domain records, in input order. */
  records: T[];
  /** One error per rejected row, in input order; each lists all the row's problems. */
  errors: RowError[];
  /** How many rows were given. */
  inputCount: number;
}

/**
 * Any row schema {@link parseRows} accepts: a zod object schema (its keys are the known fields).
 *
 * @example
 * ```ts
 * const schema: AnyRowSchema = OrderSchema;
 * ```
 * @category Model
 */
export type AnyRowSchema = z.ZodObject;

/**
 * Most issues listed for one row; beyond, one last issue says how many were left out.
 *
 * @example
 * ```ts
 * const row = Object.fromEntries([["id", "s-1"], ...Array.from({ length: 500 }, (_, i) => [`extra${i}`, i])]);
 * parseRows(SellerSchema, [row], { unknownKeys: "reject" }).errors[0]?.issues.length; //=> 100
 * ```
 * @category Model
 */
export const MAX_ISSUES_PER_ROW = 100;

/**
 * Length at which a row's id is cut in a {@link RowError}.
 *
 * @example
 * ```ts
 * parseSellers([{ id: "x".repeat(300), name: "" }]).errors[0]?.id?.length; //=> 64
 * ```
 * @category Model
 */
export const MAX_ERROR_ID_LENGTH = 64;
