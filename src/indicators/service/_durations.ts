/**
 * Durations between instants in a declared unit (hours or days, calendar or business days of the
 * reporting zone), and their mean and median, exact up to one final division.
 *
 * @internal
 * @module
 */
import type { DayCount } from "../../period/types.js";
import { daysBetween } from "../../period/dayCount.js";
import { add, multiply, rational, rationalToDecimal, RATIONAL_ZERO, type Rational } from "../../money/rational.js";
import { unsignedZero } from "../../money/dec.js";
import type { DurationStats, DurationUnit } from "./serviceTypes.js";

const HOUR_MS = 3_600_000n;
const HOURS_PER_DAY: Rational = { num: 24n, den: 1n };

/**
 * The time from `from` to `to` (epoch ms; negative when `to` is earlier): real hours, business
 * days x 24, or calendar / business days with parts of days (settled detail 17).
 */
export function durationBetween(
  zone: string,
  from: number,
  to: number,
  unit: DurationUnit,
  dayCount: DayCount,
): Rational {
  if (unit === "hours" && dayCount === "calendar") return rational(BigInt(to - from), HOUR_MS);
  const days = daysBetween(zone, from, to, dayCount);
  return unit === "days" ? days : multiply(days, HOURS_PER_DAY);
}

/** `a` compared with `b`: negative, zero or positive (denominators are positive). */
export function compareRational(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether `a` is above zero. */
export function isPositive(a: Rational): boolean {
  return a.num > 0n;
}

/** Mean and median of the durations (an even count takes the mean of the two middle ones). */
export function durationStats(durations: readonly Rational[]): DurationStats {
  const count = durations.length;
  if (count === 0) return { count, mean: null, median: null, reason: "empty" };
  let sum = RATIONAL_ZERO;
  for (const duration of durations) sum = add(sum, duration);
  const sorted = [...durations].sort(compareRational);
  const mid = Math.floor(count / 2);
  const upper = sorted[mid] as Rational;
  const middle = count % 2 === 1 ? upper : multiply(add(sorted[mid - 1] as Rational, upper), rational(1n, 2n));
  return {
    count,
    mean: unsignedZero(rationalToDecimal(multiply(sum, rational(1n, BigInt(count))))),
    median: unsignedZero(rationalToDecimal(middle)),
    reason: null,
  };
}
