/**
 * What every formatting function shares: the locale option, the default locale, the label
 * languages and the placeholder shown for an empty figure.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Figure } from "../model/figures.js";
import type { ReasonCode } from "./labelCodes.js";

/**
 * The locale output is formatted in when none is given: `"en-US"`. A fixed default rather than
 * the machine's, so the same call prints the same text everywhere.
 *
 * @example
 * ```ts
 * DEFAULT_FORMAT_LOCALE; //=> "en-US"
 * ```
 * @category Format
 */
export const DEFAULT_FORMAT_LOCALE = "en-US";

/**
 * What an empty figure (`value: null`) shows before its reason: an em dash. `formatPercent` of a
 * ratio with no target gives `"— (no target)"`.
 *
 * @example
 * ```ts
 * EMPTY_FIGURE_PLACEHOLDER; //=> "—"
 * ```
 * @category Format
 */
export const EMPTY_FIGURE_PLACEHOLDER = "—";

/**
 * The languages of the labels: English and French (the source article's language).
 *
 * @category Format
 */
export type LabelLanguage = "en" | "fr";

/**
 * The label languages, in order.
 *
 * @example
 * ```ts
 * LABEL_LANGUAGES; //=> ["en", "fr"]
 * ```
 * @category Format
 */
export const LABEL_LANGUAGES: readonly LabelLanguage[] = Object.freeze(["en", "fr"] as const);

/**
 * The option every formatting function takes.
 *
 * @category Format
 */
export interface FormatOptions {
  /**
   * A BCP 47 locale tag (`"en-US"`, `"fr-FR"`, `"de-CH"`...): it sets the number style
   * (separators, symbol places) through `Intl.NumberFormat`, and the label language: French for
   * any `fr` locale, English for every other. Default {@link DEFAULT_FORMAT_LOCALE}.
   */
  readonly locale?: string;
}

/**
 * A value the number formatters take: an exact `Decimal`, or a figure of a result (a `Figure` or a
 * `Ratio`), whose `null` value shows as {@link EMPTY_FIGURE_PLACEHOLDER} and its reason.
 *
 * @category Format
 */
export type FormattableValue = Decimal | Figure<ReasonCode>;

/**
 * Options of the number formatters that take a figure.
 *
 * @category Format
 */
export interface FigureFormatOptions extends FormatOptions {
  /**
   * Whether an empty figure shows its reason after the placeholder (`"— (no target)"`) or the
   * placeholder alone (`"—"`). Default `true`.
   */
  readonly withReason?: boolean;
  /**
   * Digits after the decimal mark, from 0 to 100; the value is rounded half away from zero
   * (`0.125` -> `0.13`). Each function says its default.
   */
  readonly fractionDigits?: number;
}
