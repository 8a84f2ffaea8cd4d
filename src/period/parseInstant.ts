import { InvalidDateError } from "../errors/index.js";
import { scanIso, type IsoFields } from "../_lib/isoScan.js";
import { optionsObject } from "../_lib/options.js";
import { assertTimeZone, DAY_MS, startOfWallDay, toWall, wallToInstant } from "../_lib/zone.js";

/** Earliest and latest local years accepted (spec section 1 and settled detail 18). */
export const BUSINESS_YEAR_BOUNDS: {
  /** Earliest local year accepted. */
  readonly min: 1900;
  /** Latest local year accepted. */
  readonly max: 2200;
} = { min: 1900, max: 2200 };

/** Longest date string accepted: a bound checked before any pattern runs. */
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

/** Options of {@link parseInstant}. */
export interface ParseInstantOptions {
  /** IANA zone in which date-only strings and date-times without offset are read. Default `"UTC"`. */
  readonly timeZone?: string;
}

/** The outcome of {@link tryParseInstant}. `dateOnly` tells a `"2026-03-31"` from a date-time. */
export type InstantParse =
  | {
      /** The date was read. */
      readonly ok: true;
      /** The instant. */
      readonly value: Date;
      /** Whether the input was a date without time (`"2026-03-31"`). */
      readonly dateOnly: boolean;
    }
  | {
      /** The date was rejected. */
      readonly ok: false;
      /** Why. */
      readonly message: string;
    };

function fail(message: string): InstantParse {
  return { ok: false, message };
}

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
const SAFE_UTC_YEAR_MS = { from: Date.UTC(BUSINESS_YEAR_BOUNDS.min + 1, 0, 1), to: Date.UTC(BUSINESS_YEAR_BOUNDS.max, 0, 1) };

function checkBounds(zone: string, time: number): InstantParse {
  if (time >= SAFE_UTC_YEAR_MS.from && time < SAFE_UTC_YEAR_MS.to) return { ok: true, value: new Date(time), dateOnly: false };
  const year = new Date(toWall(zone, time)).getUTCFullYear();
  if (year < BUSINESS_YEAR_BOUNDS.min || year > BUSINESS_YEAR_BOUNDS.max) {
    return fail(`year ${year} is outside the business range ${BUSINESS_YEAR_BOUNDS.min}-${BUSINESS_YEAR_BOUNDS.max}`);
  }
  return { ok: true, value: new Date(time), dateOnly: false };
}

/**
 * Reads an instant without throwing, by spec section 1's rules:
 * - a valid `Date` is that instant;
 * - `"2026-03-31"` (date only) is the first instant of that calendar day in the reporting zone
 *   (where the zone skips midnight, the first instant that exists that day);
 * - `"2026-03-31T14:00:00Z"` or `"...+02:00"` (with an offset) is that instant;
 * - `"2026-03-31T14:00"` (no offset) is wall time in the reporting zone: rejected in a DST gap, the
 *   earlier instant in a DST fold.
 *
 * A space may replace the `T`; seconds and up to three fraction digits are optional. Impossible
 * dates (`2026-02-30`, `24:00`), more than millisecond precision, other types and local years
 * outside 1900-2200 are rejected with the reason.
 *
 * @param raw - the value to read
 * @param options - the reporting zone
 * @returns `{ ok: true, value, dateOnly }` or `{ ok: false, message }`
 * @throws {@link InvalidArgumentError} for an unknown time zone or options that are not an object (option errors, not row errors)
 * @example
 * ```ts
 * tryParseInstant("2026-03-31", { timeZone: "Europe/Paris" });
 * //=> { ok: true, value: 2026-03-30T22:00:00.000Z, dateOnly: true }
 * tryParseInstant("2026-02-30"); //=> { ok: false, message: "2026-02-30 is not a calendar date" }
 * ```
 */
export function tryParseInstant(raw: unknown, options?: ParseInstantOptions): InstantParse {
  const zone = assertTimeZone(optionsObject(options).timeZone ?? "UTC");
  if (raw instanceof Date) {
    const time = raw.getTime();
    return Number.isNaN(time) ? fail("the date is invalid") : checkBounds(zone, time);
  }
  if (typeof raw !== "string") {
    return fail(`a date must be an ISO 8601 string or a Date, not ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}`);
  }
  if (raw.length > MAX_DATE_LENGTH) return fail(`a date has at most ${MAX_DATE_LENGTH} characters`);
  const parts = scanIso(raw, scanned);
  if (parts === null) return fail(`${JSON.stringify(raw)} is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm])`);
  const { year, month, day } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(`${raw.slice(0, 10)} is not a calendar date`);
  if (!parts.hasTime) {
    const time = startOfWallDay(zone, Math.round(wallMs(year, month, day) / DAY_MS));
    const bounded = checkBounds(zone, time);
    return bounded.ok ? { ok: true, value: bounded.value, dateOnly: true } : bounded;
  }
  const { hour, minute, second } = parts;
  if (hour > 23 || minute > 59 || second > 59) return fail(`${raw.slice(11, 19)} is not a time of day (00:00 to 23:59:59)`);
  const wall = wallMs(year, month, day, hour, minute, second, parts.millisecond);
  if (parts.offsetMinutes !== null) {
    if (parts.offsetHours > 23 || parts.offsetMinutePart > 59) return fail(`${raw.slice(parts.offsetStart)} is not a UTC offset`);
    return checkBounds(zone, wall - parts.offsetMinutes * 60_000);
  }
  const time = wallToInstant(zone, wall);
  if (time === null) return fail(`${raw} does not exist in ${zone} (it falls in a daylight-saving gap)`);
  return checkBounds(zone, time);
}

/**
 * Reads an instant, the checked way: same rules as {@link tryParseInstant}.
 *
 * @param raw - a `Date` or an ISO 8601 date or date-time string
 * @param options - the reporting zone
 * @returns the instant
 * @throws {@link InvalidDateError} when the value is not an accepted date
 * @throws {@link InvalidArgumentError} for an unknown time zone or options that are not an object
 * @example
 * ```ts
 * parseInstant("2026-03-29T02:30", { timeZone: "Europe/Paris" }); // throws InvalidDateError (DST gap)
 * parseInstant("2026-10-25T02:30", { timeZone: "Europe/Paris" }).toISOString();
 * //=> "2026-10-25T00:30:00.000Z"  (the earlier of the two instants)
 * ```
 */
export function parseInstant(raw: unknown, options?: ParseInstantOptions): Date {
  const result = tryParseInstant(raw, options);
  if (!result.ok) throw new InvalidDateError(result.message);
  return result.value;
}
