/**
 * Small terminal helpers shared by the examples (not part of the library): the library's text
 * formatters (`textFormat`: `formatMoney`, `formatPercent`, `labelOf`... bound to one locale, so a
 * report uses one number style throughout) and its plain-text tables, printed.
 */
import {
  textFormat,
  textTable,
  textTitle,
  type Decimal,
  type ReasonCode,
  type Status,
  type TextFormat,
  type TextTableOptions,
} from "crm-kpi";

/** The formatters of one locale. */
export type Format = TextFormat;

/**
 * The formatters of `locale`.
 *
 * @param locale - a BCP 47 tag, e.g. `"en-US"` or `"fr-FR"`
 */
export function formatFor(locale: string): Format {
  return textFormat(locale);
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

/** Prints rows as a table with right-aligned columns after the first (or after `textColumns`). */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options?: TextTableOptions,
): void {
  console.log(textTable(headers, rows, options).join("\n"));
}

/** A section title. */
export function title(text: string): void {
  console.log(textTitle(text).join("\n"));
}
