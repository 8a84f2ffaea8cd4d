/**
 * The share of a range that lies inside a period, in days.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import type { DayCount, Period } from "./types.js";
import { daysBetween } from "./dayCount.js";
import { divide, isZero, type Rational } from "../money/rational.js";

/** Share of `source` that lies inside `period`, in days of the zone; `null` when they do not overlap. */
export function overlapShare(zone: string, source: Period, period: Period, dayCount: DayCount): Rational | null {
  const sourceStart = source.start.getTime();
  const sourceEnd = source.end.getTime();
  const from = Math.max(sourceStart, period.start.getTime());
  const to = Math.min(sourceEnd, period.end.getTime());
  if (to <= from) return null;
  const length = daysBetween(zone, sourceStart, sourceEnd, dayCount);
  if (isZero(length)) {
    throw new InvalidArgumentError(
      `range [${source.start.toISOString()}, ${source.end.toISOString()}) has no ${dayCount} day to prorate over`,
    );
  }
  return divide(daysBetween(zone, from, to, dayCount), length);
}
