/**
 * Money amounts as people read them, in a locale's style.
 *
 * @module
 */
import { optionsObject } from "../errors/optionsObject.js";
import { assertCurrencyCode } from "../money/currency.js";
import { figureValue } from "./_figure.js";
import { formatExact, fractionDigitsOf, numberFormat, resolveLocale } from "./_intl.js";
import type { FigureFormatOptions, FormattableValue } from "./formatOptions.js";

/**
 * Digits after the decimal mark of an amount without a currency (a result's `currency` is `null`
 * only when nothing was summed and none was asked for).
 *
 * @example
 * ```ts
 * DEFAULT_MONEY_FRACTION_DIGITS; //=> 2
 * ```
 * @category Format
 */
export const DEFAULT_MONEY_FRACTION_DIGITS = 2;

/**
 * Formats an amount with its currency in a locale's style (`Intl.NumberFormat`, style
 * `currency`), from its exact digits: an amount past 2^53 shows every digit it has, never the
 * digits of the nearest binary float.
 *
 * Formula, in words: the amount rounded half away from zero to the currency's usual fraction
 * digits (2 for EUR and USD, 0 for JPY) or to `fractionDigits`, grouped and marked as the locale
 * writes it. A negative amount that rounds to zero shows as zero, without a minus sign.
 *
 * Interpretation: a `null` currency (a result where nothing was summed) formats the amount as a
 * plain number with {@link DEFAULT_MONEY_FRACTION_DIGITS} fraction digits and no symbol.
 * Interpretation: amounts of 1e308 or more in size are refused rather than shown as "∞" (the
 * largest number Intl can place).
 *
 * @param amount - a `Decimal`, or a money figure of a result (`projected`...), whose `null` value
 *   shows as `"— (reason)"`
 * @param currency - an ISO 4217 code (`"EUR"`), or `null` for no symbol
 * @param options - `locale` (default `"en-US"`), `fractionDigits`, `withReason`
 * @returns the text; fr-FR groups digits with narrow no-break spaces (U+202F) and puts a no-break
 *   space (U+00A0) before the symbol
 * @throws {@link InvalidArgumentError} when the amount is not a finite `Decimal` or a figure, is
 *   1e308 or more in size, or an option is malformed
 * @throws {@link UnknownCurrencyError} when the currency is not an ISO 4217 code
 * @example
 * ```ts
 * formatMoney(new Decimal("1234567.891"), "EUR");                       //=> "€1,234,567.89"
 * formatMoney(new Decimal("1234567.891"), "EUR", { locale: "fr-FR" });  //=> "1\u202F234\u202F567,89\u00A0€"
 * formatMoney(new Decimal("12345678901234567890.5"), "USD");            //=> "$12,345,678,901,234,567,890.50"
 * formatMoney(new Decimal("1500"), null, { fractionDigits: 0 });        //=> "1,500"
 * ```
 * @category Format
 */
export function formatMoney(amount: FormattableValue, currency: string | null, options?: FigureFormatOptions): string {
  const settings = optionsObject(options);
  const locale = resolveLocale(settings.locale);
  const code = currency === null ? null : assertCurrencyCode(currency);
  const digits =
    settings.fractionDigits === undefined && code !== null
      ? undefined
      : fractionDigitsOf(settings.fractionDigits, DEFAULT_MONEY_FRACTION_DIGITS);
  const figure = figureValue(amount, settings, "amount");
  if (figure.text !== null) return figure.text;
  const formatter = numberFormat(locale, {
    ...(code === null ? { style: "decimal" } : { style: "currency", currency: code }),
    ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    signDisplay: "negative",
    roundingMode: "halfExpand",
  });
  return formatExact(formatter, figure.value, "amount");
}
