/**
 * Calendar settings (zone, fiscal year) and the grain units (day to year) that hold an instant.
 *
 * @internal
 * @module
 */
import { getISOWeek, getISOWeekYear } from "date-fns";
import { tz } from "@date-fns/tz";
import { InvalidArgumentError } from "../errors/index.js";
import type { CalendarOptions, Grain } from "./types.js";
import { safeString } from "../errors/describe.js";
import { optionsObject } from "../errors/optionsObject.js";
import { reconcileTimeZone, periodsOfOptions } from "./periodZone.js";
import { DAY_MS, startOfWallDay, wallDayOf } from "./zone.js";

/** Calendar settings, checked once per computation. */
export interface Calendar {
  readonly timeZone: string;
  readonly fiscalYearStartMonth: number;
}

const GRAIN_MONTHS: Readonly<Record<Exclude<Grain, "day" | "week">, number>> = {
  month: 1,
  quarter: 3,
  semester: 6,
  year: 12,
};
const utc = tz("UTC");

/**
 * Checks the calendar options. Given an indicator's options, it also reads the zones their periods
 * carry (`period`, `range`, `forecast.period`): every indicator resolves its calendar here, so this
 * is the one place where a period of another zone than the options is refused, and where options
 * without `timeZone` take the period's zone. `periods` names the periods to read instead (for a
 * calendar function whose period is an argument, not an option).
 * @throws InvalidArgumentError for an unknown zone or fiscal month, or a period of another zone
 */
export function resolveCalendar(
  input?: CalendarOptions,
  periods?: readonly (readonly [name: string, value: unknown])[],
): Calendar {
  const options = optionsObject(input);
  const timeZone = reconcileTimeZone(options.timeZone, periods ?? periodsOfOptions(options));
  const fiscalYearStartMonth = options.fiscalYearStartMonth ?? 1;
  if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new InvalidArgumentError(
      `fiscalYearStartMonth must be a whole number from 1 to 12, got ${safeString(fiscalYearStartMonth)}`,
    );
  }
  return { timeZone, fiscalYearStartMonth };
}

export function assertGrain(grain: unknown): Grain {
  if (
    grain === "day" ||
    grain === "week" ||
    grain === "month" ||
    grain === "quarter" ||
    grain === "semester" ||
    grain === "year"
  ) {
    return grain;
  }
  throw new InvalidArgumentError(
    `unknown grain ${JSON.stringify(safeString(grain)).slice(0, 40)}: use day, week, month, quarter, semester or year`,
  );
}

/** Month count since year 0 (year x 12 + month - 1) of a wall day number. */
function monthIndexOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Wall day number of the first day of a month index (year x 12 + month - 1). */
export function dayOfMonthIndex(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex - year * 12, 1);
  return Math.round(date.getTime() / DAY_MS);
}

/** Wall day number on which the grain unit holding wall day `day` starts. */
export function unitStartDay(calendar: Calendar, grain: Grain, day: number): number {
  if (grain === "day") return day;
  if (grain === "week") return day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
  const span = GRAIN_MONTHS[grain];
  const shift = calendar.fiscalYearStartMonth - 1;
  const fiscalIndex = monthIndexOfDay(day) - shift;
  return dayOfMonthIndex(Math.floor(fiscalIndex / span) * span + shift);
}

/** Wall day number on which the grain unit starting at `startDay` ends (exclusive). */
export function unitEndDay(grain: Grain, startDay: number): number {
  if (grain === "day") return startDay + 1;
  if (grain === "week") return startDay + 7;
  return dayOfMonthIndex(monthIndexOfDay(startDay) + GRAIN_MONTHS[grain]);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function fiscalYearLabel(calendar: Calendar, startYear: number): string {
  return calendar.fiscalYearStartMonth === 1 ? String(startYear) : `FY${startYear}/${pad((startYear + 1) % 100, 2)}`;
}

/** Label of the grain unit starting on wall day `startDay`. */
export function unitLabel(calendar: Calendar, grain: Grain, startDay: number): string {
  const date = new Date(startDay * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  switch (grain) {
    case "day":
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(date.getUTCDate(), 2)}`;
    case "week":
      return `${pad(getISOWeekYear(date, { in: utc }), 4)}-W${pad(getISOWeek(date, { in: utc }), 2)}`;
    case "month":
      return `${pad(year, 4)}-${pad(month, 2)}`;
    default: {
      const shift = calendar.fiscalYearStartMonth - 1;
      const fiscalIndex = year * 12 + month - 1 - shift;
      const fiscalYear = fiscalYearLabel(calendar, Math.floor(fiscalIndex / 12));
      const rank = Math.floor((fiscalIndex % 12) / GRAIN_MONTHS[grain]) + 1;
      if (grain === "quarter") return `${fiscalYear}-Q${rank}`;
      if (grain === "semester") return `${fiscalYear}-H${rank}`;
      return fiscalYear;
    }
  }
}

/** The grain unit holding instant `t`: its first and end instants and its label. */
export function unitAt(calendar: Calendar, grain: Grain, t: number): { start: number; end: number; label: string } {
  const startDay = unitStartDay(calendar, grain, wallDayOf(calendar.timeZone, t));
  return {
    start: startOfWallDay(calendar.timeZone, startDay),
    end: startOfWallDay(calendar.timeZone, unitEndDay(grain, startDay)),
    label: unitLabel(calendar, grain, startDay),
  };
}
