/**
 * The period a renewal compares with: the one just before the measured period, of the same
 * calendar length in the reporting zone.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { dayOfMonthIndex } from "../../period/calendar.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import type { Period } from "../../period/types.js";
import { DAY_MS, firstInstantAtOrAfterWall, startOfWallDay, toWall, wallDayOf } from "../../period/zone.js";
import type { PreviousPeriodBasis } from "./renewalRateTypes.js";

/** Whether `t` is the first instant of its day in `zone`. */
function isDayStart(zone: string, t: number): boolean {
  return startOfWallDay(zone, wallDayOf(zone, t)) === t;
}

/** Month index (year x 12 + month - 1) of a wall day, or `null` when the day is not the 1st of its month. */
function monthStartIndex(day: number): number | null {
  const date = new Date(day * DAY_MS);
  return date.getUTCDate() === 1 ? date.getUTCFullYear() * 12 + date.getUTCMonth() : null;
}

/**
 * The period before `period`, ending where it starts:
 * - `months`: both ends are local midnights of a 1st of a month: the same number of calendar
 *   months before (March after February's 28 days, a quarter or fiscal quarter after the previous
 *   one, a year after the previous year);
 * - `days`: both ends are local midnights: the same number of calendar days before (a week after
 *   the previous week, whatever the DST changes);
 * - `duration`: otherwise, the same wall-clock length before, read in the reporting zone;
 * - `given`: the caller's own `previousPeriod`, which must end at or before the period's start.
 *
 * @throws InvalidArgumentError for a given previous period that is invalid or ends after the period starts
 */
export function previousPeriodOf(
  period: Period,
  zone: string,
  given: Period | undefined,
): { readonly period: Period; readonly basis: PreviousPeriodBasis } {
  const start = period.start.getTime();
  const end = period.end.getTime();
  if (given !== undefined) {
    const checked = checkPeriod(given, "previousPeriod");
    if (checked.end.getTime() > start) {
      throw new InvalidArgumentError(
        `previousPeriod must end at or before the period's start (${period.start.toISOString()}), got ${checked.end.toISOString()}`,
      );
    }
    return { period: checked, basis: "given" };
  }
  if (isDayStart(zone, start) && isDayStart(zone, end)) {
    const startDay = wallDayOf(zone, start);
    const endDay = wallDayOf(zone, end);
    const fromMonth = monthStartIndex(startDay);
    const toMonth = monthStartIndex(endDay);
    if (fromMonth !== null && toMonth !== null) {
      const previousStart = startOfWallDay(zone, dayOfMonthIndex(fromMonth - (toMonth - fromMonth)));
      return { period: { start: new Date(previousStart), end: new Date(start) }, basis: "months" };
    }
    const previousStart = startOfWallDay(zone, startDay - (endDay - startDay));
    return { period: { start: new Date(previousStart), end: new Date(start) }, basis: "days" };
  }
  const wallStart = toWall(zone, start);
  const previousStart = firstInstantAtOrAfterWall(zone, wallStart - (toWall(zone, end) - wallStart));
  return { period: { start: new Date(Math.min(previousStart, start - 1)), end: new Date(start) }, basis: "duration" };
}
