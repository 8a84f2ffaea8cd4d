import { InvalidArgumentError } from "../errors/index.js";
import type { DayCount, Period } from "../period/types.js";
import { daysBetween } from "./dayCount.js";
import { divide, isZero, RATIONAL_ONE, RATIONAL_ZERO, type Rational } from "./rational.js";

/** Elapsed fraction of `period` at `asOf`, exact, clamped to [0, 1]. */
export function elapsedRational(zone: string, period: Period, asOf: number, dayCount: DayCount): Rational {
  const start = period.start.getTime();
  const end = period.end.getTime();
  if (asOf <= start) return RATIONAL_ZERO;
  if (asOf >= end) return RATIONAL_ONE;
  const total = daysBetween(zone, start, end, dayCount);
  if (isZero(total)) {
    throw new InvalidArgumentError(`period [${period.start.toISOString()}, ${period.end.toISOString()}) has no ${dayCount} day to count`);
  }
  return divide(daysBetween(zone, start, asOf, dayCount), total);
}
