/**
 * Small terminal helpers shared by the examples (not part of the library): the library's
 * formatters (`formatMoney`, `formatPercent`, `labelOf`...) bound to one locale, so a report uses
 * one number style throughout, and a plain-text table.
 */
import {
  EMPTY_FIGURE_PLACEHOLDER,
  formatMoney,
  formatNumber,
  formatParts,
  formatPercent,
  formatRatio,
  labelOf,
  type Decimal,
  type FormattableValue,
  type LabelCodes,
  type LabelKind,
  type Ratio,
  type ReasonCode,
  type Status,
  type WarningCode,
} from "crm-kpi";

/** A status light's marker, readable without colours. */
const MARKERS: Readonly<Record<Status, string>> = { good: "[ok]", watch: "[..]", alert: "[!!]" };

/** The formatters of one locale. */
export interface Format {
  /** The locale's tag. */
  readonly locale: string;
  /** An amount without its currency symbol (tables say the currency once): `1,234,567.89` / `1 234 567,89`. */
  money(value: FormattableValue | null): string;
  /** A ratio as a percentage (`87.3%` / `87,3 %`); an empty one as `— (its reason)`. */
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
  /** A status light with its marker (`[..] watch`), or the reason there is none (`— (not started yet)`). */
  light(status: Status | null, reason?: ReasonCode | null): string;
  /** A warning, given as its code or as `{ code, message }`: its label. */
  warning(warning: WarningCode | { readonly code: WarningCode }): string;
}

/**
 * The formatters of `locale`.
 *
 * @param locale - a BCP 47 tag, e.g. `"en-US"` or `"fr-FR"`
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

/** The examples' default: US English. */
const english = formatFor("en-US");

/** `1234567.891` -> `"1,234,567.89"`; `null` -> `"—"`. */
export function money(value: Decimal | null): string {
  return english.money(value);
}

/** `0.8734` -> `"87.3%"`; `null` -> the placeholder and the reason's label. */
export function percent(value: Decimal | null, reason?: ReasonCode | null): string {
  return english.percent(value, reason);
}

/** A status word with a marker a terminal shows without colours; `null` -> the reason's label. */
export function light(status: Status | null, reason?: ReasonCode | null): string {
  return english.light(status, reason);
}

/** Prints rows as a table with right-aligned columns after the first. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  console.log(line(headers));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** A section title. */
export function title(text: string): void {
  console.log(`\n${text}\n${"=".repeat(text.length)}`);
}
