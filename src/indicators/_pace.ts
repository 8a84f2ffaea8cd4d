/**
 * The to-date view shared by the indicators that judge a running period on pace (2.1 and 2.4):
 * the elapsed fraction at `asOf` and the pace it gives (settled details 3 to 5).
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec } from "../money/dec.js";
import { isZero, RATIONAL_ONE, type Rational } from "../money/rational.js";
import { elapsedRational } from "../period/elapsed.js";
import type { DayCount, Period } from "../period/types.js";
import type { Ratio } from "../model/figures.js";

/**
 * Elapsed fraction of `period` at `asOf` (epoch ms; 1 without one), exact and in lowest terms, so
 * products with it stay short (15.5/31 days becomes 1/2). Clamped to [0, 1]; a period with no
 * business day to count has had none elapse until it closes (`elapsedRational`).
 */
export function elapsedAt(timeZone: string, period: Period, asOf: number | null, dayCount: DayCount): Rational {
  if (asOf === null) return RATIONAL_ONE;
  return reduced(elapsedRational(timeZone, period, asOf, dayCount));
}

function reduced(a: Rational): Rational {
  let x = a.num < 0n ? -a.num : a.num;
  let y = a.den;
  while (y !== 0n) [x, y] = [y, x % y];
  return x <= 1n ? a : { num: a.num / x, den: a.den / x };
}

/**
 * Pace: `value / (target x elapsed)`, with one final division so fractions like 1/3 stay exact;
 * `expected` (target x elapsed) is its denominator. `not-started` (it wins) when nothing has
 * elapsed, `no-target` when the target is 0.
 */
export function paceOf(
  value: Decimal,
  target: Decimal,
  expected: Decimal,
  elapsed: Rational,
): Ratio<"not-started" | "no-target"> {
  if (isZero(elapsed)) return { value: null, reason: "not-started", numerator: value, denominator: expected };
  if (target.isZero()) return { value: null, reason: "no-target", numerator: value, denominator: expected };
  const pace = new Dec(value).times(elapsed.den.toString()).div(new Dec(target).times(elapsed.num.toString()));
  return { value: pace, reason: null, numerator: value, denominator: expected };
}
