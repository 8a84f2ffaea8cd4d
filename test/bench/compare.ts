/**
 * Exact agreement between crm-kpi's figures and DuckDB's. Both sides are turned into a map from a
 * figure's key (`realized|2026-03`, `done|s-01|call|2025-W07`...) to its value, and every key
 * either side has is compared. Not part of the test suite; see `run.ts`.
 *
 * - Money and counts compare as exact decimals after normalising the scale (`"1234.50"` and
 *   `"1234.5"` are equal; `"-0"` is `"0"`).
 * - A figure the library gets by one division (a prorated target `amount x overlap / length`, a
 *   trailing mean `sum / n`) comes from DuckDB as its exact numerator and denominator, since SQL
 *   `DECIMAL / DECIMAL` gives a binary double in DuckDB. It must equal that fraction correctly
 *   rounded to 60 significant digits, half to even: the precision and rounding the library
 *   documents for its one final division (docs/specification.md, "Money").
 * - A duration the library gets as a sum of per-record values, each one division (lateness in
 *   days = milliseconds / 86,400,000), comes from DuckDB as the exact fraction with `digits`: both
 *   sides are compared at that many significant digits (each of the library's terms is correctly
 *   rounded to 60 digits, so their sum can differ from the exact fraction in the last digits only).
 * - A key missing on one side reads as `"0"` (a bucket with no record, a flag that is off), so an
 *   empty group DuckDB does not return still has to be zero in crm-kpi, and the other way round.
 *
 * @module
 */
import { Decimal } from "decimal.js";

/** The library's own rounding of its one final division: 60 significant digits, half to even. */
const D60 = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

/** What DuckDB returns for one figure: a decimal (or integer, or 0/1 flag), or an exact fraction. */
export type Expected = string | { readonly num: string; readonly den: string; readonly digits?: number };

/** crm-kpi's figures: key -> canonical decimal string. */
export type Figures = Map<string, string>;

/** DuckDB's figures: key -> decimal string or exact fraction. */
export type ExpectedFigures = Map<string, Expected>;

/**
 * The canonical text of a decimal value: plain notation, no trailing zeros, no negative zero.
 *
 * @param value - a decimal string, number, bigint or a decimal.js value (any clone)
 * @returns e.g. `"1234.5"`, `"0"`, `"-12"`
 * @throws Error when the value is not a finite decimal
 */
export function canonical(value: string | number | bigint | { toFixed(): string }): string {
  const text = typeof value === "object" ? value.toFixed() : String(value);
  const parsed = new D60(text);
  if (!parsed.isFinite()) throw new Error(`not a finite decimal: ${text}`);
  return parsed.isZero() ? "0" : parsed.toFixed();
}

/**
 * The canonical text of an expected figure: a fraction is divided once, at 60 significant digits,
 * half to even.
 */
export function expectedText(value: Expected): string {
  if (typeof value === "string") return canonical(value);
  const den = new D60(value.den);
  if (den.isZero()) throw new Error(`expected figure with a zero denominator: ${value.num} / ${value.den}`);
  return canonical(new D60(value.num).div(den));
}

/** A canonical decimal rounded to `digits` significant digits, half to even (unchanged without `digits`). */
function atDigits(text: string, digits: number | undefined): string {
  return digits === undefined ? text : canonical(new D60(text).toSignificantDigits(digits, Decimal.ROUND_HALF_EVEN));
}

/** One disagreement. */
export interface Difference {
  readonly key: string;
  readonly crmKpi: string;
  readonly duckdb: string;
}

/**
 * Every key of either map whose values differ (missing keys read as `"0"`).
 *
 * @param actual - crm-kpi's figures
 * @param expected - DuckDB's figures
 * @returns the differences, sorted by key
 */
export function differences(actual: Figures, expected: ExpectedFigures): Difference[] {
  const keys = new Set<string>([...actual.keys(), ...expected.keys()]);
  const found: Difference[] = [];
  for (const key of keys) {
    const mine = actual.get(key);
    const theirs = expected.get(key);
    const digits = typeof theirs === "object" ? theirs.digits : undefined;
    const a = mine === undefined ? "0" : atDigits(canonical(mine), digits);
    const b = theirs === undefined ? "0" : atDigits(expectedText(theirs), digits);
    if (a !== b)
      found.push({ key, crmKpi: mine === undefined ? "(absent)" : a, duckdb: theirs === undefined ? "(absent)" : b });
  }
  return found.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** Raised when crm-kpi and DuckDB disagree on a figure; the benchmark exits 1 on it. */
export class DisagreementError extends Error {
  override readonly name = "DisagreementError";
}

/**
 * Checks that both sides computed the same figures, exactly.
 *
 * @param what - what was compared (for the message), e.g. `"2.1 revenue vs target"`
 * @param actual - crm-kpi's figures
 * @param expected - DuckDB's figures
 * @returns the number of figures compared
 * @throws DisagreementError listing up to 25 differences, when any figure differs, or when
 *   neither side produced a figure (a comparison of nothing proves nothing)
 */
export function assertAgreement(what: string, actual: Figures, expected: ExpectedFigures): number {
  const keys = new Set<string>([...actual.keys(), ...expected.keys()]);
  if (keys.size === 0) throw new DisagreementError(`${what}: neither crm-kpi nor DuckDB produced any figure`);
  const diff = differences(actual, expected);
  if (diff.length > 0) {
    const lines = diff.slice(0, 25).map((d) => `  ${d.key}: crm-kpi ${d.crmKpi} | DuckDB ${d.duckdb}`);
    if (diff.length > 25) lines.push(`  ... and ${diff.length - 25} more`);
    throw new DisagreementError(
      `${what}: crm-kpi and DuckDB disagree on ${diff.length} of ${keys.size} figures:\n${lines.join("\n")}`,
    );
  }
  return keys.size;
}
