/**
 * The exact elapsed fraction of a period.
 *
 * @internal
 * @module
 */
import type { DayCount, Period } from "./types.js";
import { daysBetween } from "./dayCount.js";
import { divide, isZero, RATIONAL_ONE, RATIONAL_ZERO, type Rational } from "../money/rational.js";

/** Elapsed fraction of `period` at `asOf`, exact, clamped to [0, 1]; 0 until the end for a period with no day to count. */
export function elapsedRational(zone: string, period: Period, asOf: number, dayCount: DayCount): Rational {
  const start = period.start.getTime();
  const end = period.end.getTime();
  if (asOf <= start) return RATIONAL_ZERO;
  if (asOf >= end) return RATIONAL_ONE;
  const total = daysBetween(zone, start, end, dayCount);
  // A period with no business day in it has had none of them elapse until it is over.
  if (isZero(total)) return RATIONAL_ZERO;
  return divide(daysBetween(zone, start, asOf, dayCount), total);
}
