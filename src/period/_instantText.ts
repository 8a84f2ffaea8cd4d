/**
 * Reading an instant from a date text, as epoch milliseconds: the core of `tryParseInstant`,
 * shared with the table parsers (which store numbers, not `Date`s). Not part of the public API.
 *
 * @internal
 * @module
 */
import { scanIso, type IsoFields } from "./isoScan.js";
import { DAY_MS, startOfWallDay, toWall, wallToInstant } from "./zone.js";

/** Earliest and latest local years accepted (spec section 1 and settled detail 18). @category Period */
export const BUSINESS_YEAR_BOUNDS: {
  /** Earliest local year accepted. */
  readonly min: 1900;
  /** Latest local year accepted. */
  readonly max: 2200;
} = { min: 1900, max: 2200 };

/** Longest date string accepted: a bound checked before any pattern runs. @category Period */
export const MAX_DATE_LENGTH = 40;

const scanned: IsoFields = {
  year: 0,
  month: 0,
  day: 0,
  hasTime: false,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
  offsetMinutes: null,
  offsetHours: 0,
  offsetMinutePart: 0,
  offsetStart: 0,
};

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function wallMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  // Date.UTC reads years 0-99 as 1900-1999; only those need the slower setter.
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** Years whose every instant is inside the bounds in any zone (offsets are less than a day). */
const SAFE_UTC_YEAR_MS = {
  from: Date.UTC(BUSINESS_YEAR_BOUNDS.min + 1, 0, 1),
  to: Date.UTC(BUSINESS_YEAR_BOUNDS.max, 0, 1),
};

/** `time` when its local year (in `zone`) is within the business bounds, else why not. */
export function boundedInstant(zone: string, time: number): number | string {
  if (time >= SAFE_UTC_YEAR_MS.from && time < SAFE_UTC_YEAR_MS.to) return time;
  const year = new Date(toWall(zone, time)).getUTCFullYear();
  if (year < BUSINESS_YEAR_BOUNDS.min || year > BUSINESS_YEAR_BOUNDS.max) {
    return `year ${year} is outside the business range ${BUSINESS_YEAR_BOUNDS.min}-${BUSINESS_YEAR_BOUNDS.max}`;
  }
  return time;
}

/** Whether the text last read by {@link instantOfText} was a date without time. */
export function lastTextWasDateOnly(): boolean {
  return !scanned.hasTime;
}

/**
 * The instant (epoch ms) a date text denotes in `zone` (already checked), or the reason it is
 * rejected: `tryParseInstant`'s rules for strings, without building a `Date`, so the table parsers
 * can store the number.
 */
export function instantOfText(raw: string, zone: string): number | string {
  if (raw.length > MAX_DATE_LENGTH) return `a date has at most ${MAX_DATE_LENGTH} characters`;
  const parts = scanIso(raw, scanned);
  if (parts === null)
    return `${JSON.stringify(raw)} is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm])`;
  const { year, month, day } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return `${raw.slice(0, 10)} is not a calendar date`;
  if (!parts.hasTime) return localInstant(zone, wallMs(year, month, day), false, raw);
  const { hour, minute, second } = parts;
  if (hour > 23 || minute > 59 || second > 59) return `${raw.slice(11, 19)} is not a time of day (00:00 to 23:59:59)`;
  const wall = wallMs(year, month, day, hour, minute, second, parts.millisecond);
  if (parts.offsetMinutes !== null) {
    if (parts.offsetHours > 23 || parts.offsetMinutePart > 59)
      return `${raw.slice(parts.offsetStart)} is not a UTC offset`;
    return boundedInstant(zone, wall - parts.offsetMinutes * 60_000);
  }
  return localInstant(zone, wall, true, raw);
}

/**
 * The instant (epoch ms) of a local date or date-time in `zone`, given as its wall clock read as
 * UTC (`wall`, a calendar date and time already checked), or the reason it is rejected: a date
 * without time is the first instant of that day (where the zone skips midnight, the first that
 * exists); a wall time in a DST gap is rejected, one in a fold is the earlier instant; local years
 * outside the business bounds are rejected. The one resolution of local times, for ISO texts and
 * for texts read with a caller's date format.
 */
export function localInstant(zone: string, wall: number, hasTime: boolean, raw: string): number | string {
  if (!hasTime) return boundedInstant(zone, startOfWallDay(zone, Math.round(wall / DAY_MS)));
  const time = wallToInstant(zone, wall);
  if (time === null) return `${raw} does not exist in ${zone} (it falls in a daylight-saving gap)`;
  return boundedInstant(zone, time);
}
