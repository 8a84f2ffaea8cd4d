/** Small terminal formatting helpers shared by the examples (not part of the library). */
import type { Decimal } from "crm-kpi";

/** `1234567.891` -> `"1 234 567.89"` (two decimals, thin grouping for the eye). */
export function money(value: Decimal | null): string {
  if (value === null) return "-";
  const [whole = "0", cents = "00"] = value.toFixed(2).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign === "" ? whole : whole.slice(1);
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ")}.${cents}`;
}

/** `0.8734` -> `"87.3 %"`; `null` -> the reason in brackets. */
export function percent(value: Decimal | null, reason?: string | null): string {
  if (value === null) return reason === undefined || reason === null ? "-" : `(${reason})`;
  return `${value.times(100).toFixed(1)} %`;
}

/** A status word with a marker a terminal shows without colours. */
export function light(status: "good" | "watch" | "alert" | null, reason?: string | null): string {
  if (status === null) return reason === undefined || reason === null ? "-" : `(${reason})`;
  return { good: "[ok] good", watch: "[..] watch", alert: "[!!] alert" }[status];
}

/** Prints rows as a table with right-aligned columns after the first. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(line(headers));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** A section title. */
export function title(text: string): void {
  console.log(`\n${text}\n${"=".repeat(text.length)}`);
}
