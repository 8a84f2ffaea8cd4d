/**
 * Ratios shown as percentages, in a locale's style.
 *
 * @module
 */
import { optionsObject } from "../errors/optionsObject.js";
import { figureValue } from "./_figure.js";
import { formatExact, fractionDigitsOf, LARGEST_FORMATTABLE, numberFormat, resolveLocale } from "./_intl.js";
import type { FigureFormatOptions, FormattableValue } from "./formatOptions.js";

/**
 * Digits after the decimal mark of a percentage unless `fractionDigits` says otherwise: `87.3%`.
 *
 * @example
 * ```ts
 * DEFAULT_PERCENT_FRACTION_DIGITS; //=> 1
 * ```
 * @category Format
 */
export const DEFAULT_PERCENT_FRACTION_DIGITS = 1;

/**
 * Formats a ratio as a percentage in a locale's style (`Intl.NumberFormat`, style `percent`),
 * from its exact digits. An empty ratio (`value: null`) shows the placeholder and its reason.
 *
 * Formula, in words: ratio x 100, rounded half away from zero to `fractionDigits` digits (always
 * that many, so a column of percentages lines up), with the locale's percent sign. A negative
 * ratio that rounds to zero shows as zero, without a minus sign.
 *
 * @param ratio - a `Decimal` (`0.8734` for 87.34 %), or a ratio of a result (`attainment`,
 *   `pace`, `lossRateByCount`...)
 * @param options - `locale` (default `"en-US"`), `fractionDigits` (default
 *   {@link DEFAULT_PERCENT_FRACTION_DIGITS}), `withReason`
 * @returns the text: `"87.3%"` in en-US, `"87,3 %"` in fr-FR (a no-break space, U+00A0, before the
 *   sign; narrow no-break spaces, U+202F, between digit groups), `"— (no target)"` for an empty ratio
 * @throws {@link InvalidArgumentError} when the ratio is not a finite `Decimal` or a figure, is
 *   1e306 or more in size, or an option is malformed
 * @example
 * ```ts
 * formatPercent(new Decimal("0.8734"));                                    //=> "87.3%"
 * formatPercent(new Decimal("0.8734"), { locale: "fr-FR" });               //=> "87,3\u00A0%"
 * formatPercent(new Decimal("1.25"), { fractionDigits: 0 });               //=> "125%"
 * formatPercent({ value: null, reason: "no-target" }, { locale: "fr-FR" }); //=> "— (pas d'objectif)"
 * ```
 * @category Format
 */
export function formatPercent(ratio: FormattableValue, options?: FigureFormatOptions): string {
  const settings = optionsObject(options);
  const locale = resolveLocale(settings.locale);
  const digits = fractionDigitsOf(settings.fractionDigits, DEFAULT_PERCENT_FRACTION_DIGITS);
  const figure = figureValue(ratio, settings, "ratio");
  if (figure.text !== null) return figure.text;
  const formatter = numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "negative",
    roundingMode: "halfExpand",
  });
  return formatExact(formatter, figure.value, "ratio", LARGEST_FORMATTABLE.div(100));
}
