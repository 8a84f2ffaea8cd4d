/**
 * The one place the format layer calls `Intl.NumberFormat`: locale checks, and exact decimals
 * handed to Intl as strings so no digit goes through a binary float.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { DEFAULT_FORMAT_LOCALE, type LabelLanguage } from "./formatOptions.js";

/**
 * The options of `Intl.NumberFormat` this layer uses. Declared here because the compiler's ES2022
 * library does not know `signDisplay: "negative"` or `roundingMode`, which Node 20 supports.
 */
interface NumberFormatSettings {
  readonly style?: "decimal" | "percent" | "currency";
  readonly currency?: string;
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits?: number;
  readonly signDisplay: "negative";
  readonly roundingMode: "halfExpand";
}

/**
 * Intl reads a numeric string exactly (ECMA-402 "intl mathematical value") but clamps it to
 * infinity past the largest double: from 1e308 on, the shown digits would be wrong ("∞").
 */
export const LARGEST_FORMATTABLE = new Decimal("1e308");

/** The most fraction digits Intl accepts. */
export const MAX_FRACTION_DIGITS = 100;

/**
 * The caller's locale, canonicalised (`"EN-us"` -> `"en-US"`); `undefined` gives
 * {@link DEFAULT_FORMAT_LOCALE}, never the machine's locale, so output does not depend on where it runs.
 *
 * @throws {@link InvalidArgumentError} when it is not a well-formed BCP 47 tag
 */
export function resolveLocale(locale: unknown): string {
  if (locale === undefined) return DEFAULT_FORMAT_LOCALE;
  if (typeof locale !== "string")
    throw new InvalidArgumentError(`locale must be a BCP 47 tag such as "fr-FR", not ${describeValue(locale)}`);
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical !== undefined) return canonical;
  } catch {
    // falls through to the error below
  }
  throw new InvalidArgumentError(`locale must be a BCP 47 tag such as "fr-FR", not ${describeValue(locale)}`);
}

/** The label language of a resolved locale: French for any `fr` locale, English otherwise. */
export function languageOf(locale: string): LabelLanguage {
  return new Intl.Locale(locale).language === "fr" ? "fr" : "en";
}

/**
 * A whole number of fraction digits in `[0, MAX_FRACTION_DIGITS]`, or `fallback` when absent.
 *
 * @throws {@link InvalidArgumentError} otherwise
 */
export function fractionDigitsOf(value: unknown, fallback: number, name = "fractionDigits"): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_FRACTION_DIGITS) {
    throw new InvalidArgumentError(
      `${name} must be a whole number from 0 to ${MAX_FRACTION_DIGITS}, not ${describeValue(value)}`,
    );
  }
  return value;
}

/** Formatters already built, by locale and settings: building one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** How many formatters are kept; past it the cache starts again (a caller cycling through locales). */
const MAX_CACHED_FORMATTERS = 64;

/** A formatter; the settings are checked by the caller, so Intl only throws for a locale it cannot use. */
export function numberFormat(locale: string, settings: NumberFormatSettings): Intl.NumberFormat {
  const key = JSON.stringify([locale, settings]);
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, settings as unknown as Intl.NumberFormatOptions);
    if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an exact decimal: its plain digits (`toFixed()` never uses an exponent and never
 * rounds) go to Intl as a string, which Node 20 reads without a float.
 *
 * @param largest - the size from which the value is refused: {@link LARGEST_FORMATTABLE}, divided by
 *   100 for a percentage (Intl multiplies it first)
 * @throws {@link InvalidArgumentError} when the value is not a finite `Decimal`, or is `largest` or more in size
 */
export function formatExact(
  formatter: Intl.NumberFormat,
  value: unknown,
  what: string,
  largest: Decimal = LARGEST_FORMATTABLE,
): string {
  if (!Decimal.isDecimal(value) || !value.isFinite())
    throw new InvalidArgumentError(`${what} must be a finite Decimal, not ${describeValue(value)}`);
  const decimal = value;
  if (decimal.abs().gte(largest))
    throw new InvalidArgumentError(`${what} is too large to format (${largest.toString()} or more in size)`);
  return (formatter.format as unknown as (text: string) => string)(decimal.toFixed());
}
