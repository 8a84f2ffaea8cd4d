/**
 * The public part of the schema building blocks: options, field schema types and limits.
 *
 * @module
 */
import type * as z from "zod";
import type { TargetLevel } from "./types.js";

/**
 * Longest id (and code-like text: stage, activity type) accepted, checked before any pattern.
 *
 * @example
 * ```ts
 * SellerSchema.safeParse({ id: "x".repeat(257), name: "A" }).success; //=> false
 * ```
 * @category Model
 */
export const MAX_ID_LENGTH = 256;

/**
 * Longest free text (names, loss reasons, competitors, causes) accepted.
 *
 * @example
 * ```ts
 * SellerSchema.safeParse({ id: "s-1", name: "n".repeat(1001) }).success; //=> false
 * ```
 * @category Model
 */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Message of a required field that is absent.
 *
 * @example
 * ```ts
 * parseSellers([{ id: "", name: "Alice" }]).errors[0]?.message; //=> "required: the value is missing, null or empty"
 * ```
 * @category Model
 */
export const REQUIRED_MESSAGE = "required: the value is missing, null or empty";

/**
 * Options of every schema factory (`createOrderSchema(options)`...).
 *
 * @example
 * ```ts
 * const options: SchemaOptions = { timeZone: "Europe/Paris", decimalComma: true };
 * createOrderSchema(options).parse(row).amount.toString(); // "12,5" read as "12.5"
 * ```
 * @category Model
 */
export interface SchemaOptions {
  /**
   * IANA zone in which date-only strings and date-times without offset are read, and in which
   * expected close dates are reduced to calendar days. Default `"UTC"`.
   */
  readonly timeZone?: string;
  /**
   * Read decimals with a locale decimal comma (`"12,5"`) instead of a point. Default `false`. With
   * it, and no {@link SchemaOptions.thousandsSeparator}, spaces group thousands (`"1 234,50"`, with
   * a space, a no-break space U+00A0 or a narrow no-break space U+202F).
   */
  readonly decimalComma?: boolean;
  /**
   * The character that groups thousands in decimal texts (see {@link THOUSANDS_SEPARATORS}):
   * `"."` for `"1.234,50"` (with `decimalComma`), `","` for `"1,234.50"`, `" "` for `"1 234,50"`
   * (any of the three spaces). Groups must have three digits; ungrouped texts are still read; a
   * separator equal to the decimal mark is an invalid option. Default: spaces with `decimalComma`,
   * none without.
   */
  readonly thousandsSeparator?: ThousandsSeparator;
  /**
   * A date-fns `parse` pattern that every date text must follow, such as `"dd/MM/yyyy"` or
   * `"dd/MM/yyyy HH:mm"` (tokens `y`, `M`, `d`, and for a time `H`, `h`, `a`, `m`, `s`, `S`;
   * quoted text between `'`). The date and time are local, in `timeZone`, with the ISO rules: a
   * date is the start of its day, a time in a DST gap is rejected, one in a fold is the earlier
   * instant, years outside 1900-2200 are rejected. Without it (default), date texts are ISO 8601.
   */
  readonly dateFormat?: string;
}

/**
 * The accepted values of {@link SchemaOptions.thousandsSeparator}. The three spaces (space,
 * no-break space U+00A0, narrow no-break space U+202F) are one choice: any of them is accepted in
 * the text whichever is given.
 *
 * @example
 * ```ts
 * THOUSANDS_SEPARATORS; //=> [" ", "\u00A0", "\u202F", ".", ",", "'"]
 * ```
 * @category Model
 */
export const THOUSANDS_SEPARATORS = [" ", "\u00A0", "\u202F", ".", ",", "'"] as const;

/**
 * A thousands separator (see {@link THOUSANDS_SEPARATORS}).
 *
 * @example
 * ```ts
 * const separator: ThousandsSeparator = ".";
 * parseOrders(rows, { decimalComma: true, thousandsSeparator: separator }); // "1.234,50" is 1234.5
 * ```
 * @category Model
 */
export type ThousandsSeparator = (typeof THOUSANDS_SEPARATORS)[number];

/**
 * A field schema: any raw value in, `T` out (or a `custom` issue).
 *
 * @example
 * ```ts
 * const amount: FieldSchema<Decimal> = moneyField(resolveSchemaOptions());
 * amount.parse("12.50").toString(); //=> "12.5"
 * ```
 * @category Model
 */
export type FieldSchema<T> = z.ZodPipe<z.ZodUnknown, z.ZodTransform<Awaited<T>>>;

/**
 * An optional field schema: a missing key is omitted from the output; `null` and `""` give `undefined`.
 *
 * @example
 * ```ts
 * const teamId: OptionalFieldSchema<string> = optionalIdField();
 * teamId.parse(""); //=> undefined
 * ```
 * @category Model
 */
export type OptionalFieldSchema<T> = z.ZodOptional<FieldSchema<T | undefined>>;

/**
 * The accepted target levels.
 *
 * @example
 * ```ts
 * TARGET_LEVELS; //=> ["seller", "team", "company"]
 * ```
 * @category Model
 */
export const TARGET_LEVELS = ["seller", "team", "company"] as const satisfies readonly TargetLevel[];

/**
 * The scope and range fields shared by revenue and activity targets.
 *
 * @example
 * ```ts
 * Object.keys(targetScopeFields(() => instantField(resolveSchemaOptions()))); //=> ["id", "level", "scopeId", "start", "end"]
 * ```
 * @category Model
 */
export type TargetScopeShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The level the target is set at: `seller`, `team` or `company`. */
  level: FieldSchema<TargetLevel>;
  /** The seller or team id: required for seller and team targets, forbidden for the company. */
  scopeId: OptionalFieldSchema<string>;
  /** First instant the range covers: a required instant. */
  start: FieldSchema<Date>;
  /** First instant after the range (exclusive): required, after `start`. */
  end: FieldSchema<Date>;
};
