/**
 * The command line's text: the library's formatters bound to one locale (one number style
 * throughout a report) and plain-text tables, as `npm run demo` prints them.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { formatMoney } from "../format/formatMoney.js";
import { formatNumber, formatParts } from "../format/formatNumber.js";
import { EMPTY_FIGURE_PLACEHOLDER, type FormattableValue } from "../format/formatOptions.js";
import { formatPercent } from "../format/formatPercent.js";
import { formatRatio } from "../format/formatRatio.js";
import type { LabelCodes, LabelKind, ReasonCode, WarningCode } from "../format/labelCodes.js";
import { labelOf } from "../format/labels.js";
import type { Ratio, Status } from "../model/figures.js";

/** A status light's marker, readable without colours. */
const MARKERS: Readonly<Record<Status, string>> = { good: "[ok]", watch: "[..]", alert: "[!!]" };

/** The formatters of one locale. */
export interface Format {
  /** The locale's tag. */
  readonly locale: string;
  /** An amount without its currency symbol (tables say the currency once). */
  money(value: FormattableValue | null): string;
  /** A ratio as a percentage; an empty one as `— (its reason)`. */
  percent(value: FormattableValue | null, reason?: ReasonCode | null): string;
  /** A threshold as a whole percentage: `80%`. */
  threshold(value: Decimal): string;
  /** A ratio read as "so many times": `0.44×`. */
  multiple(value: FormattableValue): string;
  /** A count: `4,000` / `4 000`. */
  count(value: number): string;
  /** A ratio's parts, whole numbers: `9/9` (done / target). */
  parts(ratio: Ratio<ReasonCode>): string;
  /** The label of a code. */
  label<Kind extends LabelKind>(kind: Kind, code: LabelCodes[Kind]): string;
  /** A status light with its marker, or the reason there is none. */
  light(status: Status | null, reason?: ReasonCode | null): string;
  /** A warning's label. */
  warning(warning: WarningCode | { readonly code: WarningCode }): string;
}

/**
 * The formatters of `locale`.
 *
 * @param locale - a BCP 47 tag, e.g. `"en-US"` or `"fr-FR"`
 * @returns the formatters
 */
export function formatFor(locale: string): Format {
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

/**
 * Rows as a table: the first column left-aligned, the others right-aligned.
 *
 * @param headers - the column titles
 * @param rows - the cells
 * @returns the table's lines
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)];
}

/**
 * A section title, underlined.
 *
 * @param text - the title
 * @returns its lines (a blank line first)
 */
export function title(text: string): string[] {
  return ["", text, "=".repeat(text.length)];
}
