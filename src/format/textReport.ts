/**
 * Results as plain text for a terminal: the library's formatters bound to one locale (one number
 * style throughout a report), plain-text tables and section titles. The command line and
 * `npm run demo` print with them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Ratio, Status } from "../model/figures.js";
import { formatMoney } from "./formatMoney.js";
import { formatNumber, formatParts } from "./formatNumber.js";
import { EMPTY_FIGURE_PLACEHOLDER, type FormattableValue } from "./formatOptions.js";
import { formatPercent } from "./formatPercent.js";
import { formatRatio } from "./formatRatio.js";
import type { LabelCodes, LabelKind, ReasonCode, WarningCode } from "./labelCodes.js";
import { labelOf } from "./labels.js";

/** A status light's marker, readable without colours. */
const MARKERS: Readonly<Record<Status, string>> = { good: "[ok]", watch: "[..]", alert: "[!!]" };

/** The text formatters of one locale, as {@link textFormat} gives them. @category Format */
export interface TextFormat {
  /** The locale's tag. */
  readonly locale: string;
  /**
   * An amount without its currency symbol (tables say the currency once): `1,234,567.89` / `1 234 567,89`.
   * @param value - the amount, or `null` for the placeholder
   * @returns the text
   */
  money(value: FormattableValue | null): string;
  /**
   * A ratio as a percentage (`87.3%` / `87,3 %`); an empty one as `— (its reason)`.
   * @param value - the ratio, or `null`
   * @param reason - why it is empty
   * @returns the text
   */
  percent(value: FormattableValue | null, reason?: ReasonCode | null): string;
  /**
   * A threshold as a whole percentage: `80%`.
   * @param value - the threshold
   * @returns the text
   */
  threshold(value: Decimal): string;
  /**
   * A ratio read as "so many times": `0.44×`.
   * @param value - the ratio
   * @returns the text
   */
  multiple(value: FormattableValue): string;
  /**
   * A count: `4,000` / `4 000`.
   * @param value - the count
   * @returns the text
   */
  count(value: number): string;
  /**
   * A ratio's parts, whole numbers: `9/9` (done / target).
   * @param ratio - the ratio
   * @returns the text
   */
  parts(ratio: Ratio<ReasonCode>): string;
  /**
   * The label of a code.
   * @param kind - the kind of code
   * @param code - the code
   * @returns its label in the locale's language
   */
  label<Kind extends LabelKind>(kind: Kind, code: LabelCodes[Kind]): string;
  /**
   * A status light with its marker (`[..] watch`), or the reason there is none (`— (not started yet)`).
   * @param status - the status, or `null`
   * @param reason - why there is none
   * @returns the text
   */
  light(status: Status | null, reason?: ReasonCode | null): string;
  /**
   * A warning, given as its code or as `{ code, message }`: its label.
   * @param warning - the warning
   * @returns its label
   */
  warning(warning: WarningCode | { readonly code: WarningCode }): string;
}

/**
 * The text formatters of one locale: amounts, percentages, thresholds, multiples, counts, a
 * ratio's parts, the labels of codes and status lights, all in that locale's style and language.
 *
 * @param locale - a BCP 47 tag, e.g. `"en-US"` or `"fr-FR"`
 * @returns the formatters
 * @throws {@link InvalidArgumentError} from a formatter, when the locale is not a BCP 47 tag
 * @example
 * ```ts
 * const en = textFormat("en-US");
 * en.percent(toDecimal("0.8734")); //=> "87.3%"
 * en.money(toDecimal("1234567.891")); //=> "1,234,567.89"
 * const fr = textFormat("fr-FR");
 * fr.light("watch"); //=> "[..] à surveiller"
 * fr.light(null, "no-target"); //=> "— (pas d'objectif)"
 * ```
 * @category Format
 */
export function textFormat(locale: string): TextFormat {
  const options = { locale };
  const empty = (reason: ReasonCode | null | undefined): string =>
    reason === undefined || reason === null
      ? EMPTY_FIGURE_PLACEHOLDER
      : `${EMPTY_FIGURE_PLACEHOLDER} (${labelOf("reason", reason, options)})`;
  return {
    locale,
    money: (value) => (value === null ? EMPTY_FIGURE_PLACEHOLDER : formatMoney(value, null, options)),
    percent: (value, reason) => (value === null ? empty(reason) : formatPercent(value, options)),
    threshold: (value) => formatPercent(value, { ...options, fractionDigits: 0 }),
    multiple: (value) => formatRatio(value, { ...options, style: "multiple" }),
    count: (value) => formatNumber(value, options),
    parts: (ratio) => formatParts(ratio, { ...options, maxFractionDigits: 0 }),
    label: (kind, code) => labelOf(kind, code, options),
    light: (status, reason) =>
      status === null ? empty(reason) : `${MARKERS[status]} ${labelOf("status", status, options)}`,
    warning: (warning) => labelOf("warning", typeof warning === "string" ? warning : warning.code, options),
  };
}

/** Options of {@link textTable}. @category Format */
export interface TextTableOptions {
  /** How many leading columns are text, left-aligned (the others, figures, are right-aligned). Default 1. */
  readonly textColumns?: number;
}

/**
 * Rows as a plain-text table: the first column (or the first `textColumns`) left-aligned, the
 * others right-aligned, a rule under the titles.
 *
 * @param headers - the column titles
 * @param rows - the cells
 * @param options - `textColumns`: how many leading columns are left-aligned (default 1)
 * @returns the table's lines
 * @throws never
 * @example
 * ```ts
 * textTable(["seller", "revenue"], [["Ann", "1,200"], ["Bo", "80"]]);
 * //=> ["seller  revenue", "------  -------", "Ann       1,200", "Bo           80"]
 * textTable(["id", "name", "n"], [["a", "Ann", "1"], ["b", "Bo", "10"]], { textColumns: 2 });
 * //=> ["id  name   n", "--  ----  --", "a   Ann    1", "b   Bo    10"]
 * ```
 * @category Format
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options?: TextTableOptions,
): string[] {
  const textColumns = options?.textColumns ?? 1;
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)];
}

/**
 * A section title, underlined, after a blank line.
 *
 * @param text - the title
 * @returns its lines
 * @throws never
 * @example
 * ```ts
 * textTitle("Pipeline"); //=> ["", "Pipeline", "========"]
 * ```
 * @category Format
 */
export function textTitle(text: string): string[] {
  return ["", text, "=".repeat(text.length)];
}
