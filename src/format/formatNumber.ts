/**
 * Counts and plain decimals, and a ratio's parts (`9/9`), in a locale's style.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { optionsObject } from "../errors/optionsObject.js";
import type { Ratio } from "../model/figures.js";
import { formatExact, fractionDigitsOf, numberFormat, resolveLocale } from "./_intl.js";
import type { FormatOptions } from "./formatOptions.js";
import type { ReasonCode } from "./labelCodes.js";

/**
 * Options of {@link formatNumber} and {@link formatParts}.
 *
 * @category Format
 */
export interface FormatNumberOptions extends FormatOptions {
  /** At most this many digits after the decimal mark (trailing zeros dropped), from 0 to 100. Default 2. */
  readonly maxFractionDigits?: number;
}

/**
 * Formats a count or a plain decimal in a locale's style: `1,234` in en-US, `1 234` in fr-FR
 * (a narrow no-break space, U+202F). Exact: a `Decimal` or a `bigint` shows every digit it has.
 *
 * Formula, in words: the value rounded half away from zero to at most `maxFractionDigits` digits,
 * trailing zeros dropped, grouped as the locale writes numbers.
 *
 * @param value - a count (a finite `number`), a `bigint` or a `Decimal`
 * @param options - `locale` (default `"en-US"`), `maxFractionDigits` (default 2)
 * @returns the text
 * @throws {@link InvalidArgumentError} when the value is not a finite number, a bigint or a finite
 *   `Decimal`, is 1e308 or more in size, or an option is malformed
 * @example
 * ```ts
 * formatNumber(1234);                                           //=> "1,234"
 * formatNumber(new Decimal("12.5"), { locale: "fr-FR" });       //=> "12,5"
 * formatNumber(new Decimal("8.333"), { maxFractionDigits: 0 }); //=> "8"
 * ```
 * @category Format
 */
export function formatNumber(value: number | bigint | Decimal, options?: FormatNumberOptions): string {
  const settings = optionsObject(options);
  const locale = resolveLocale(settings.locale);
  const digits = fractionDigitsOf(settings.maxFractionDigits, 2, "maxFractionDigits");
  const formatter = numberFormat(locale, {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    signDisplay: "negative",
    roundingMode: "halfExpand",
  });
  return formatExact(formatter, exactOf(value), "value");
}

/**
 * Formats a ratio's numerator and denominator as `numerator/denominator` (`9/9`: nine done out of
 * nine expected), each as {@link formatNumber} writes it. It shows the parts even when the ratio
 * has no value: a zero denominator shows as `/0`.
 *
 * @param ratio - a ratio of a result (`rate`, `attainment`...)
 * @param options - `locale` (default `"en-US"`), `maxFractionDigits` (default 2)
 * @returns the text
 * @throws {@link InvalidArgumentError} when `ratio` has no `Decimal` numerator and denominator, or an option is malformed
 * @example
 * ```ts
 * formatParts({ value: new Decimal(1), reason: null, numerator: new Decimal(9), denominator: new Decimal(9) }); //=> "9/9"
 * formatParts({ value: null, reason: "no-target", numerator: new Decimal(1234), denominator: new Decimal(0) }, { locale: "fr-FR" }); //=> "1\u202F234/0"
 * ```
 * @category Format
 */
export function formatParts(ratio: Ratio<ReasonCode>, options?: FormatNumberOptions): string {
  const parts = ratio as { readonly numerator?: unknown; readonly denominator?: unknown } | null;
  if (
    typeof parts !== "object" ||
    parts === null ||
    !Decimal.isDecimal(parts.numerator) ||
    !Decimal.isDecimal(parts.denominator)
  ) {
    throw new InvalidArgumentError(
      `ratio must be a ratio with a numerator and a denominator, not ${describeValue(ratio)}`,
    );
  }
  return `${formatNumber(parts.numerator, options)}/${formatNumber(parts.denominator, options)}`;
}

function exactOf(value: unknown): unknown {
  if (typeof value === "bigint") return new Decimal(value.toString());
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new InvalidArgumentError(`value must be a finite number, not ${describeValue(value)}`);
    return new Decimal(value);
  }
  return value;
}
