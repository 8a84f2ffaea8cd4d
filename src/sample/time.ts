/**
 * Calendar arithmetic of the sample generator, on UTC epoch milliseconds only (no local-time
 * `Date` methods, no date-fns per record), so the data is the same in every time zone.
 *
 * @module
 * @internal
 */
import type { Rng } from "./prng.js";

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Business hours of the sample, in UTC: records are dated between 07:00 and 17:00 (09:00-18:00 in Paris). */
export const OPEN_MS = 7 * 3_600_000;
/** Length of the business-hours window, in minutes. */
export const OPEN_MINUTES = 10 * 60;

/**
 * The first instant of a UTC month, `offset` months after (`startYear`, `startMonth`).
 *
 * @param startYear - UTC year
 * @param startMonth - UTC month, 0 = January
 * @param offset - months to add (may exceed 11)
 * @returns epoch milliseconds
 * @throws never
 * @example
 * ```ts
 * monthStartMs(2025, 0, 13); //=> Date.UTC(2026, 1, 1)
 * ```
 */
export function monthStartMs(startYear: number, startMonth: number, offset: number): number {
  return Date.UTC(startYear, startMonth + offset, 1);
}

/**
 * Day of the week of an instant in UTC, without a `Date`.
 *
 * @param ms - epoch milliseconds
 * @returns 0 = Sunday ... 6 = Saturday
 * @throws never
 * @example
 * ```ts
 * weekdayOf(Date.UTC(2025, 0, 1)); //=> 3 (a Wednesday)
 * ```
 */
export function weekdayOf(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + 4) % 7) + 7) % 7;
}

/**
 * The first instant (UTC midnight) of the day an instant falls in.
 *
 * @param ms - epoch milliseconds
 * @returns epoch milliseconds of that day's UTC midnight
 * @throws never
 * @example
 * ```ts
 * dayStartMs(Date.UTC(2025, 0, 1, 15)); //=> Date.UTC(2025, 0, 1)
 * ```
 */
export function dayStartMs(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Fixed public holidays (French ones), as `month * 100 + day` with month 1-12: no business on these days. */
const HOLIDAYS: ReadonlySet<number> = new Set([101, 501, 508, 714, 815, 1101, 1111, 1225]);

/**
 * The UTC midnights of the Monday-to-Friday days in `[fromMs, toMs)`, fixed public holidays
 * (1 Jan, 1 and 8 May, 14 Jul, 15 Aug, 1 and 11 Nov, 25 Dec) excepted.
 *
 * @param fromMs - a UTC midnight
 * @param toMs - a UTC midnight after `fromMs`
 * @returns the business days, in order (never empty for a month)
 * @throws never
 * @example
 * ```ts
 * businessDays(Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 6)).length; //=> 2 (Thu 2, Fri 3; the 1st is a holiday)
 * ```
 */
export function businessDays(fromMs: number, toMs: number): number[] {
  const days: number[] = [];
  for (let day = fromMs; day < toMs; day += DAY_MS) {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const date = new Date(day);
    if (HOLIDAYS.has((date.getUTCMonth() + 1) * 100 + date.getUTCDate())) continue;
    days.push(day);
  }
  return days;
}

/**
 * Moves an instant falling on a Saturday or Sunday to the same time on the next Monday.
 *
 * @param ms - epoch milliseconds
 * @returns `ms`, or the Monday after
 * @throws never
 * @example
 * ```ts
 * toWeekday(Date.UTC(2025, 0, 4, 9)); //=> Date.UTC(2025, 0, 6, 9)  (Saturday -> Monday)
 * ```
 */
export function toWeekday(ms: number): number {
  const weekday = weekdayOf(ms);
  if (weekday === 6) return ms + 2 * DAY_MS;
  if (weekday === 0) return ms + DAY_MS;
  return ms;
}

/**
 * A random business-hours instant on a given day, on a whole minute.
 *
 * @param rng - the random stream
 * @param dayMs - the day's UTC midnight
 * @returns epoch milliseconds between 07:00 and 17:00 UTC that day
 * @throws never
 * @example
 * ```ts
 * businessInstant(createRng(1, 0), Date.UTC(2025, 0, 2)); //=> Date.UTC(2025, 0, 2, 13, 55)
 * ```
 */
export function businessInstant(rng: Rng, dayMs: number): number {
  return dayMs + OPEN_MS + rng.int(OPEN_MINUTES) * MINUTE_MS;
}

/**
 * Fills `out[0..count)` with sorted random business-hours instants, on whole minutes, spread over
 * the given business days. Sorting uniform numbers first (a native numeric sort of a
 * `Float64Array`) and mapping them monotonically keeps the instants in time order.
 *
 * @param rng - the random stream
 * @param count - how many instants
 * @param days - the business days (UTC midnights), at least one
 * @param out - a buffer of at least `count` entries
 * @returns nothing; `out` is filled
 * @throws never
 * @example
 * ```ts
 * const out = new Float64Array(3);
 * fillSortedInstants(createRng(1, 0), 3, businessDays(Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1)), out);
 * // out holds three increasing instants of January 2025, on weekdays, 07:00-17:00 UTC
 * ```
 */
export function fillSortedInstants(rng: Rng, count: number, days: readonly number[], out: Float64Array): void {
  const view = out.subarray(0, count);
  for (let i = 0; i < count; i++) view[i] = rng.next();
  view.sort();
  const n = days.length;
  for (let i = 0; i < count; i++) {
    const x = (view[i] as number) * n;
    const d = Math.min(n - 1, Math.floor(x));
    view[i] = (days[d] as number) + OPEN_MS + Math.floor((x - d) * OPEN_MINUTES) * MINUTE_MS;
  }
}
