/**
 * What the two DuckDB modules of the extended benchmark share: the column types, the month label
 * of a grouped row, and the conversion of result values into expected figures. Not part of the
 * test suite.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import type { DuckDBValue } from "@duckdb/node-api";
import type { Expected, ExpectedFigures } from "./compare.js";
import { text } from "./duckdb.js";

export const MONEY = "DECIMAL(18,2)";
export const FINE = "DECIMAL(18,4)";
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** Significant digits a duration or a chained division is compared at. */
export const DIGITS = 50;

export const D60 = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

/** `label`: the month (`2026-03`) of a row grouped by month, `total` for the grand total. */
export const MONTH_LABEL = "CASE WHEN GROUPING(m) = 1 THEN 'total' ELSE strftime(m, '%Y-%m') END AS label";

export function put(figures: ExpectedFigures, key: string, value: Expected | null): void {
  if (value === null) return;
  if (figures.has(key)) throw new Error(`DuckDB figure ${key} returned twice`);
  figures.set(key, value);
}

/** A value, `null` for SQL NULL. */
export function v(value: DuckDBValue | undefined): string | null {
  return value === null || value === undefined ? null : text(value);
}

/** A value, 0 for SQL NULL (an empty sum). */
export function z(value: DuckDBValue | undefined): string {
  return v(value) ?? "0";
}

/** `num / den`, or `null` when `den` is 0 (the library's figure is then null with a reason). */
export function fraction(num: Decimal.Value, den: Decimal.Value, digits?: number): Expected | null {
  const d = new D60(den);
  if (d.isZero()) return null;
  const n = new D60(num).toFixed();
  return digits === undefined ? { num: n, den: d.toFixed() } : { num: n, den: d.toFixed(), digits };
}

/** Count, mean and median of durations in ms, in units of `unitMs`. */
export function durationStats(
  figures: ExpectedFigures,
  key: string,
  n: string,
  totalMs: string,
  medianMs: string | null,
  unitMs: number,
): void {
  put(figures, `${key}Count`, n);
  put(figures, `${key}Mean`, fraction(totalMs, new D60(n).times(unitMs), DIGITS));
  if (medianMs !== null) put(figures, `${key}Median`, fraction(medianMs, unitMs, DIGITS));
}
