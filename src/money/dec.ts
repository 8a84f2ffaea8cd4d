/**
 * The library's decimal constructor and the few helpers every computation shares.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";

/**
 * The constructor every computation uses. Sums of amounts stay exact up to 60 significant digits
 * (decimal.js rounds every operation to its `precision`, 20 by default, which could round a large
 * sum); only true divisions round, at the 60th digit. It is a clone, not a change to the global
 * `Decimal` settings, so the library never alters a caller's configuration. Clones share the
 * prototype, so results are still `instanceof Decimal`.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

export const ZERO: Decimal = new Dec(0);

/**
 * `value`, with a negative zero turned into zero. decimal.js keeps the sign of zero
 * (`-100 x 0` is `-0`) and `JSON.stringify` writes it as `"-0"`; results never show it.
 */
export function unsignedZero(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value;
}

/** Rewraps a finite Decimal from any decimal.js copy into {@link Dec}. */
export function asDec(value: Decimal | number | string): Decimal {
  return new Dec(value);
}

/** Sample median of already sorted values; `null` on an empty list. */
export function medianOfSorted(sorted: readonly Decimal[]): Decimal | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  const upper = sorted[mid] as Decimal;
  if (n % 2 === 1) return new Dec(upper);
  return new Dec(sorted[mid - 1] as Decimal).plus(upper).div(2);
}

/** Median of values in any order; `null` on an empty list. */
export function median(values: readonly Decimal[]): Decimal | null {
  return medianOfSorted([...values].sort((a, b) => a.comparedTo(b)));
}
