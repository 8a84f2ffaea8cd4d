import { assertGrain, resolveCalendar, unitAt } from "./calendar.js";
import { instantOf } from "./checkInstant.js";
import type { Bucket, CalendarOptions, Grain } from "./types.js";

/**
 * The calendar (or fiscal) unit of a grain that holds an instant, in the reporting time zone:
 * its day, ISO week (Monday start), month, quarter, semester or year.
 *
 * @param instant - any instant
 * @param grain - the unit's grain
 * @param options - time zone and fiscal year start ({@link CalendarOptions})
 * @returns the unit as a labelled `[start, end)` bucket, with the zone it was read in
 * @throws {@link InvalidArgumentError} for an invalid date, grain, zone or fiscal month, or options that are not an object
 * @example
 * ```ts
 * periodContaining(new Date("2026-02-15T12:00:00Z"), "quarter");
 * //=> { label: "2026-Q1", start: 2026-01-01T00:00:00.000Z, end: 2026-04-01T00:00:00.000Z, timeZone: "UTC" }
 * periodContaining(new Date("2026-02-15T12:00:00Z"), "year", { fiscalYearStartMonth: 4 }).label;
 * //=> "FY2025/26"
 * ```
 * @category Period
 */
export function periodContaining(instant: Date, grain: Grain, options: CalendarOptions = {}): Bucket {
  const time = instantOf(instant, "instant");
  const calendar = resolveCalendar(options);
  const unit = unitAt(calendar, assertGrain(grain), time);
  return { label: unit.label, start: new Date(unit.start), end: new Date(unit.end), timeZone: calendar.timeZone };
}
