import { assertGrain, resolveCalendar, unitAt } from "./calendar.js";
import { checkPeriod } from "./checkPeriod.js";
import type { Bucket, CalendarOptions, Grain, Period } from "./types.js";

/**
 * Splits a range into consecutive buckets of a grain, in the reporting time zone. The buckets
 * partition the range exactly: the first starts at `range.start`, each starts where the previous
 * ends, the last ends at `range.end`; a partial first or last unit is clipped to the range and
 * keeps the label of the unit it belongs to. Each bucket carries its label and the zone it was
 * read in, so an indicator given it needs no `timeZone` option (and refuses another one).
 *
 * Interpretation: a range that carries a `timeZone` (from `parsePeriod`, `periodContaining`...)
 * is split in that zone when the options omit `timeZone`; options naming another zone are an error.
 *
 * @param range - the `[start, end)` range to split
 * @param grain - bucket grain
 * @param options - time zone and fiscal year start ({@link CalendarOptions})
 * @returns the buckets, in time order
 * @throws {@link InvalidArgumentError} for an empty or invalid range, an unknown grain or zone, a range of another zone than the options, or options that are not an object
 * @example
 * ```ts
 * splitRange(
 *   { start: new Date("2026-01-15T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") },
 *   "month",
 * ).map((b) => b.label); //=> ["2026-01", "2026-02"]  (the January bucket starts on the 15th)
 * splitRange(
 *   { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") },
 *   "year",
 * );
 * //=> [{ label: "2026", start: 2026-01-01T00:00:00.000Z, end: 2026-02-01T00:00:00.000Z, timeZone: "UTC" }]
 * ```
 * @category Period
 */
export function splitRange(range: Period, grain: Grain, options: CalendarOptions = {}): Bucket[] {
  const { start, end } = checkPeriod(range, "range");
  const calendar = resolveCalendar(options, [["range", range]]);
  const checkedGrain = assertGrain(grain);
  const buckets: Bucket[] = [];
  const endTime = end.getTime();
  let cursor = start.getTime();
  while (cursor < endTime) {
    const unit = unitAt(calendar, checkedGrain, cursor);
    const next = Math.min(unit.end, endTime);
    buckets.push({ label: unit.label, start: new Date(cursor), end: new Date(next), timeZone: calendar.timeZone });
    cursor = next;
  }
  return buckets;
}
