import { InvalidArgumentError } from "../errors/index.js";
import { dayOfMonthIndex, resolveCalendar, unitEndDay, unitLabel, type Calendar } from "./calendar.js";
import { DAY_MS, startOfWallDay } from "./zone.js";
import type { Bucket, CalendarOptions, Grain } from "./types.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const CALENDAR_YEAR = /^(\d{4})(?:-([QH])(\d))?$/;
const FISCAL_YEAR = /^FY(\d{4})\/(\d{2})(?:-([QH])(\d))?$/;

/** Months in a quarter and in a semester. */
const SPAN: Readonly<Record<"Q" | "H", number>> = { Q: 3, H: 6 };

/** Wall day number of year/month(1-12)/day, for any year 0000-9999 (Date.UTC would read 0-99 as 1900-1999). */
function dayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** Wall day number of the Monday of ISO week `week` of ISO week-year `year` (week 1 holds 4 January). */
function isoWeekStartDay(year: number, week: number): number {
  const january4 = dayOf(year, 1, 4);
  const weekday = (new Date(january4 * DAY_MS).getUTCDay() + 6) % 7;
  return january4 - weekday + (week - 1) * 7;
}

function acceptedForms(calendar: Calendar): string {
  return calendar.fiscalYearStartMonth === 1
    ? "2026, 2026-H1, 2026-Q1, 2026-03, 2026-W13 or 2026-03-15"
    : `FY2026/27, FY2026/27-H1, FY2026/27-Q1 (fiscal year starting in month ${calendar.fiscalYearStartMonth}), 2026-03, 2026-W13 or 2026-03-15`;
}

/** The grain and first wall day a label names, or `null` when its form is unknown. */
function readLabel(label: string, calendar: Calendar): { grain: Grain; startDay: number } | null {
  let match = DAY.exec(label);
  if (match !== null) return { grain: "day", startDay: dayOf(Number(match[1]), Number(match[2]), Number(match[3])) };
  match = WEEK.exec(label);
  if (match !== null) return { grain: "week", startDay: isoWeekStartDay(Number(match[1]), Number(match[2])) };
  match = MONTH.exec(label);
  if (match !== null) return { grain: "month", startDay: dayOf(Number(match[1]), Number(match[2]), 1) };
  const calendarYear = CALENDAR_YEAR.exec(label);
  const fiscalYear = calendarYear === null ? FISCAL_YEAR.exec(label) : null;
  if (calendarYear === null && fiscalYear === null) return null;
  const fiscal = fiscalYear !== null;
  if (fiscal !== (calendar.fiscalYearStartMonth !== 1)) {
    throw new InvalidArgumentError(
      fiscal
        ? `period label ${JSON.stringify(label)} names a fiscal year, but fiscalYearStartMonth is 1 (calendar years, labelled 2026, 2026-H1, 2026-Q1): pass the fiscalYearStartMonth the label was written with`
        : `period label ${JSON.stringify(label)} names a calendar year, but fiscalYearStartMonth is ${calendar.fiscalYearStartMonth} (fiscal years, labelled FY2026/27, FY2026/27-H1, FY2026/27-Q1): pass fiscalYearStartMonth 1 or a fiscal label`,
    );
  }
  const parts = (fiscalYear ?? calendarYear) as RegExpExecArray;
  const year = Number(parts[1]);
  const partIndex = fiscal ? 3 : 2;
  const kind = parts[partIndex] as "Q" | "H" | undefined;
  const rank = Number(parts[partIndex + 1] ?? "1");
  const span = kind === undefined ? 12 : SPAN[kind];
  const grain: Grain = kind === undefined ? "year" : kind === "Q" ? "quarter" : "semester";
  const firstMonth = year * 12 + calendar.fiscalYearStartMonth - 1 + (rank - 1) * span;
  return { grain, startDay: dayOfMonthIndex(firstMonth) };
}

/**
 * Reads a period label, as `splitRange` and `periodContaining` write it, back into that period in
 * the reporting zone: `2026` (year), `2026-H1` (semester), `2026-Q1` (quarter), `2026-03` (month),
 * `2026-W13` (ISO week, Monday start), `2026-03-15` (day); with a fiscal year not starting in
 * January, years, semesters and quarters are `FY2026/27`, `FY2026/27-H1`, `FY2026/27-Q1` (months,
 * weeks and days keep their calendar labels). The result is the whole unit, exactly the bucket
 * `periodContaining` gives for any instant in it, label and zone included.
 *
 * Interpretation: a label must match the fiscal year start it is read with: `FY2026/27-Q1` with
 * `fiscalYearStartMonth` 1, or `2026-Q1` with another start month, is an error rather than a guess.
 *
 * @param label - a period label
 * @param options - the time zone and fiscal year start the label is read in ({@link CalendarOptions})
 * @returns the period, with its label and zone
 * @throws {@link InvalidArgumentError} for a label of no accepted form (the message names the label and the forms), a date that does not exist (`2026-02-30`, `2026-W53`), a label that does not match the fiscal year start, or an unknown zone or fiscal month
 * @category Period
 * @example
 * ```ts
 * parsePeriod("2026-Q4", { timeZone: "Europe/Paris" });
 * //=> { label: "2026-Q4", start: 2026-09-30T22:00:00.000Z, end: 2026-12-31T23:00:00.000Z, timeZone: "Europe/Paris" }
 * parsePeriod("FY2026/27-H1", { fiscalYearStartMonth: 4 }).end;
 * //=> 2026-10-01T00:00:00.000Z
 * parsePeriod("2026-W13").start;
 * //=> 2026-03-23T00:00:00.000Z
 * ```
 */
export function parsePeriod(label: string, options?: CalendarOptions): Bucket {
  const calendar = resolveCalendar(options, []);
  if (typeof label !== "string")
    throw new InvalidArgumentError(`a period label must be a string: use ${acceptedForms(calendar)}`);
  const unit = label.length > 20 ? null : readLabel(label, calendar);
  // Writing the label back catches what the patterns let through: month 13, 30 February, week 53 of a 52-week year.
  if (unit === null || unitLabel(calendar, unit.grain, unit.startDay) !== label) {
    throw new InvalidArgumentError(
      `unknown period label ${JSON.stringify(label.slice(0, 40))}: use ${acceptedForms(calendar)}`,
    );
  }
  return {
    label,
    start: new Date(startOfWallDay(calendar.timeZone, unit.startDay)),
    end: new Date(startOfWallDay(calendar.timeZone, unitEndDay(unit.grain, unit.startDay))),
    timeZone: calendar.timeZone,
  };
}
