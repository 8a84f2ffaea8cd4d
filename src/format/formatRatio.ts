/**
 * Ratios shown as plain numbers or multiples, in a locale's style.
 *
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { optionsObject } from "../errors/optionsObject.js";
import { figureValue } from "./_figure.js";
import { formatExact, fractionDigitsOf, numberFormat, resolveLocale } from "./_intl.js";
import type { FigureFormatOptions, FormattableValue } from "./formatOptions.js";

/**
 * Digits after the decimal mark of {@link formatRatio} unless `fractionDigits` says otherwise.
 *
 * @example
 * ```ts
 * DEFAULT_RATIO_FRACTION_DIGITS; //=> 2
 * ```
 * @category Format
 */
export const DEFAULT_RATIO_FRACTION_DIGITS = 2;

/**
 * The sign after a ratio shown as a multiple (`1.52×`): U+00D7, the multiplication sign.
 *
 * @example
 * ```ts
 * MULTIPLE_SIGN; //=> "×"
 * ```
 * @category Format
 */
export const MULTIPLE_SIGN = "×";

/**
 * Options of {@link formatRatio}.
 *
 * @category Format
 */
export interface FormatRatioOptions extends FigureFormatOptions {
  /**
   * `"decimal"` (default): `1.52`; `"multiple"`: `1.52×`, for a ratio read as "so many times"
   * (the pipeline's coverage of the remaining target).
   */
  readonly style?: "decimal" | "multiple";
}

/**
 * Formats a ratio as a number (`1.52`) or a multiple (`1.52×`) in a locale's style, from its
 * exact digits. An empty ratio (`value: null`) shows the placeholder and its reason.
 *
 * Formula, in words: the ratio rounded half away from zero to `fractionDigits` digits (always
 * that many), grouped and marked as the locale writes numbers; with `style: "multiple"`, followed
 * by {@link MULTIPLE_SIGN}. A negative ratio that rounds to zero shows as zero.
 *
 * Interpretation: the multiple sign follows the number without a space in every locale.
 *
 * @param ratio - a `Decimal`, or a ratio of a result (`coverage`...)
 * @param options - `locale` (default `"en-US"`), `fractionDigits` (default
 *   {@link DEFAULT_RATIO_FRACTION_DIGITS}), `style`, `withReason`
 * @returns the text, or `"— (reason)"` for an empty ratio
 * @throws {@link InvalidArgumentError} when the ratio is not a finite `Decimal` or a figure, is
 *   1e308 or more in size, or an option is malformed
 * @example
 * ```ts
 * formatRatio(new Decimal("1.5234"));                                          //=> "1.52"
 * formatRatio(new Decimal("1.5234"), { locale: "fr-FR", style: "multiple" });  //=> "1,52×"
 * formatRatio({ value: null, reason: "no-remaining-target" });                 //=> "— (target already reached)"
 * ```
 * @category Format
 */
export function formatRatio(ratio: FormattableValue, options?: FormatRatioOptions): string {
  const settings = optionsObject(options);
  const locale = resolveLocale(settings.locale);
  const digits = fractionDigitsOf(settings.fractionDigits, DEFAULT_RATIO_FRACTION_DIGITS);
  const style = settings.style ?? "decimal";
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (style !== "decimal" && style !== "multiple")
    throw new InvalidArgumentError(`style must be "decimal" or "multiple", not ${describeValue(style)}`);
  const figure = figureValue(ratio, settings, "ratio");
  if (figure.text !== null) return figure.text;
  const formatter = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "negative",
    roundingMode: "halfExpand",
  });
  const text = formatExact(formatter, figure.value, "ratio");
  return style === "multiple" ? `${text}${MULTIPLE_SIGN}` : text;
}
