/**
 * A result as JSON text: exact by default, with derived ratios cut to a number of significant
 * digits on request.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { optionsObject } from "../errors/optionsObject.js";

/**
 * The most significant digits `precision` can ask for: the digits the library computes divisions
 * to, so a larger precision would change nothing.
 *
 * @example
 * ```ts
 * MAX_JSON_PRECISION; //=> 60
 * ```
 * @category Format
 */
export const MAX_JSON_PRECISION = 60;

/**
 * Options of {@link resultToJSON} and {@link resultJsonReplacer}.
 *
 * @category Format
 */
export interface ResultJsonOptions {
  /**
   * Significant digits kept in derived ratios (see {@link resultToJSON} for which fields), a whole
   * number from 1 to {@link MAX_JSON_PRECISION}; rounded half away from zero. Absent: every value
   * exact.
   */
  readonly precision?: number;
  /** Indentation, as `JSON.stringify`'s `space`. Default: none. */
  readonly space?: number | string;
}

/** A JSON replacer with the `this` `JSON.stringify` gives it. @category Format */
export type JsonReplacer = (this: unknown, key: string, value: unknown) => unknown;

/** Fields that hold a derived ratio as a plain `Decimal`, not as a `Ratio` object. */
const RATIO_FIELDS: ReadonlySet<string> = new Set(["elapsedFraction"]);

/**
 * A replacer for `JSON.stringify` that cuts derived ratios to `precision` significant digits, for
 * a result inside a larger object: `JSON.stringify({ kpi: result }, resultJsonReplacer({ precision: 6 }))`.
 * Without `precision` it changes nothing. The fields it rounds are those {@link resultToJSON} lists.
 *
 * @param options - `precision` (`space` is ignored here: give it to `JSON.stringify`)
 * @returns the replacer
 * @throws {@link InvalidArgumentError} when `precision` is not a whole number from 1 to {@link MAX_JSON_PRECISION}
 * @example
 * ```ts
 * const ratio = { value: new Decimal(2).div(3), reason: null, numerator: new Decimal(2), denominator: new Decimal(3) };
 * JSON.stringify({ ratio }, resultJsonReplacer({ precision: 3 }));
 * //=> '{"ratio":{"value":"0.667","reason":null,"numerator":"2","denominator":"3"}}'
 * ```
 * @category Format
 */
export function resultJsonReplacer(options?: ResultJsonOptions): JsonReplacer {
  const precision = precisionOf(optionsObject(options).precision);
  return function replacer(this: unknown, key: string, value: unknown): unknown {
    if (precision === null) return value;
    if (isRatio(value) && value.value !== null)
      return { ...value, value: value.value.toSignificantDigits(precision, Decimal.ROUND_HALF_UP) };
    // JSON.stringify has already called the Decimal's toJSON: read the field from its holder.
    if (RATIO_FIELDS.has(key) && typeof this === "object" && this !== null) {
      const original = (this as Record<string, unknown>)[key];
      if (Decimal.isDecimal(original)) return original.toSignificantDigits(precision, Decimal.ROUND_HALF_UP).toJSON();
    }
    return value;
  };
}

/**
 * Serialises a result to JSON. Money sums, amounts, counts, thresholds and dates stay exact (a
 * `Decimal` writes all its digits, a `Date` its UTC ISO form); `resultFromJSON` with the
 * indicator's result schema reads the text back.
 *
 * With `precision`, exactly these fields are rounded to that many significant digits (half away
 * from zero), wherever they sit in the result:
 * - the `value` of every ratio: an object with `value`, `reason`, `numerator` and `denominator`
 *   (`attainment`, `pace`, `rate`, `overall`, `coverage`, `forecastAttainment`,
 *   `lossRateByCount`, `lossRateByValue`, `relativeChangeFromPrevious`,
 *   `relativeChangeFromTrailingMean`...); its `numerator` and `denominator` stay exact;
 * - every `elapsedFraction`.
 * Nothing else is rounded: not the money figures derived from a ratio (`expectedToDate`,
 * `projected`, prorated targets), nor means, deviations, thresholds or medians.
 *
 * Interpretation: "derived ratios" are the figures the specification defines as a quotient
 * without a unit; a rounded ratio no longer equals numerator / denominator exactly, which is why
 * both stay in the output.
 *
 * @param result - an indicator's result (or any value `JSON.stringify` accepts)
 * @param options - `precision` (significant digits of derived ratios), `space` (indentation)
 * @returns the JSON text
 * @throws {@link InvalidArgumentError} when `result` is `undefined`, `precision` is not a whole
 *   number from 1 to {@link MAX_JSON_PRECISION}, or `space` is neither a number nor a string
 * @example
 * ```ts
 * const result = { attainment: { value: new Decimal(1).div(3), reason: null, numerator: new Decimal(1), denominator: new Decimal(3) }, realized: new Decimal("12345678901234567890.12") };
 * resultToJSON(result, { precision: 4 });
 * //=> '{"attainment":{"value":"0.3333","reason":null,"numerator":"1","denominator":"3"},"realized":"12345678901234567890.12"}'
 * ```
 * @category Format
 */
export function resultToJSON(result: unknown, options?: ResultJsonOptions): string {
  const settings = optionsObject(options);
  const space = settings.space;
  if (space !== undefined && typeof space !== "number" && typeof space !== "string")
    throw new InvalidArgumentError(`space must be a number or a string, not ${describeValue(space)}`);
  if (result === undefined) throw new InvalidArgumentError("result is undefined: there is nothing to serialise");
  return JSON.stringify(result, resultJsonReplacer(settings), space);
}

function precisionOf(precision: unknown): number | null {
  if (precision === undefined) return null;
  if (
    typeof precision !== "number" ||
    !Number.isInteger(precision) ||
    precision < 1 ||
    precision > MAX_JSON_PRECISION
  ) {
    throw new InvalidArgumentError(
      `precision must be a whole number of significant digits from 1 to ${MAX_JSON_PRECISION}, not ${describeValue(precision)}`,
    );
  }
  return precision;
}

/** A ratio of a result: its value (a `Decimal` or `null`), reason, numerator and denominator. */
function isRatio(
  value: unknown,
): value is { readonly value: Decimal | null; readonly numerator: Decimal; readonly denominator: Decimal } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const ratio = value as Record<string, unknown>;
  return (
    Object.hasOwn(ratio, "value") &&
    Object.hasOwn(ratio, "reason") &&
    Decimal.isDecimal(ratio.numerator) &&
    Decimal.isDecimal(ratio.denominator) &&
    (ratio.value === null || Decimal.isDecimal(ratio.value))
  );
}
