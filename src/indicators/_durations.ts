/**
 * How every duration indicator measures: the time between two instants in the declared unit
 * (hours or days, calendar or business days of the reporting zone), and the count, mean and
 * median of a set of durations, exact up to one final division. The public shapes are in
 * `durations.ts`.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { safeString } from "../errors/describe.js";
import { unsignedZero } from "../money/dec.js";
import {
  add,
  fromDecimal,
  multiply,
  rational,
  rationalToDecimal,
  RATIONAL_ZERO,
  type Rational,
} from "../money/rational.js";
import { assertDayCount, daysBetween } from "../period/dayCount.js";
import type { SpanStats } from "../table/kernel/spanStats.js";
import type { DayCount } from "../period/types.js";
import { absent, present } from "./figure.js";
import { DURATION_UNITS, type DurationFigures, type DurationStats, type DurationUnit } from "./durations.js";

const HOUR_MS = 3_600_000n;
const DAY_MS = 86_400_000n;
const HOURS_PER_DAY: Rational = { num: 24n, den: 1n };
const MINUTES_PER: Readonly<Record<DurationUnit, bigint>> = { hours: 60n, days: 1440n };

/** How durations are measured: the declared unit, the day count and the zone days are read in. */
export interface DurationMeasure {
  readonly unit: DurationUnit;
  readonly dayCount: DayCount;
  readonly timeZone: string;
}

/**
 * The checked measure: `unit` (default `fallback`), `dayCount` (default calendar), the zone.
 *
 * @param option - the option's name in the error message (`unit`, `durationUnit`)
 * @throws InvalidArgumentError for an unknown unit or day count
 */
export function checkDurationMeasure(
  options: { readonly unit?: unknown; readonly dayCount?: unknown },
  fallback: DurationUnit,
  timeZone: string,
  option = "unit",
): DurationMeasure {
  return {
    unit: checkDurationUnit(options.unit ?? fallback, option),
    dayCount: assertDayCount(options.dayCount ?? "calendar"),
    timeZone,
  };
}

/** `value` when it is a duration unit; else an error naming `option`. */
export function checkDurationUnit(value: unknown, option: string): DurationUnit {
  if (!(DURATION_UNITS as readonly unknown[]).includes(value))
    throw new InvalidArgumentError(
      `${option} must be "hours" or "days", got ${JSON.stringify(safeString(value)).slice(0, 40)}`,
    );
  return value as DurationUnit;
}

/**
 * The time from `from` to `to` (epoch ms; negative when `to` is earlier), exact:
 * - calendar hours: the real elapsed time, `(to - from) / 3,600,000`;
 * - calendar days: days of the zone, each part of a day as real time over that day's real length
 *   (a 23-hour day on a DST change is one day, settled detail 17);
 * - business days: the same on Monday to Friday only (weekend time does not count);
 * - business hours: business days x 24.
 */
export function durationBetween(from: number, to: number, measure: DurationMeasure): Rational {
  if (measure.dayCount === "calendar") {
    if (measure.unit === "hours") return rational(BigInt(to - from), HOUR_MS);
    // Every UTC day lasts 24 hours: the calendar days are the elapsed time over one day's length.
    if (measure.timeZone === "UTC") return rational(BigInt(to - from), DAY_MS);
  }
  const days = daysBetween(measure.timeZone, from, to, measure.dayCount);
  return measure.unit === "days" ? days : multiply(days, HOURS_PER_DAY);
}

/**
 * How many milliseconds one unit of `measure` lasts when every duration is the elapsed time over
 * one fixed length (calendar hours in any zone; calendar days in UTC, where every day lasts 24
 * hours), so that a kernel span in integer ms gives it exactly; `null` when a duration depends on
 * the days it crosses (business days, calendar days of a zone with DST changes).
 */
export function unitLengthMs(measure: DurationMeasure): bigint | null {
  if (measure.dayCount !== "calendar") return null;
  if (measure.unit === "hours") return HOUR_MS;
  return measure.timeZone === "UTC" ? DAY_MS : null;
}

/**
 * {@link summarize} of a kernel span measure (ms) in a unit of `unitMs` milliseconds: the same
 * figures as the durations `span / unitMs` one by one, exact up to each one final division.
 */
export function summarizeSpans(spans: SpanStats, unitMs: bigint): DurationSummary | null {
  if (spans.count === 0 || spans.lowMiddle === null || spans.highMiddle === null) return null;
  return summaryOf(spans.count, rational(spans.sum, unitMs), rational(spans.lowMiddle + spans.highMiddle, 2n * unitMs));
}

/** {@link durationStats} of a kernel span measure (see {@link summarizeSpans}). */
export function spanDurationStats(spans: SpanStats, unitMs: bigint): DurationStats {
  const summary = summarizeSpans(spans, unitMs);
  if (summary === null) return { count: 0, mean: null, median: null, reason: "empty" };
  return { count: summary.count, mean: summary.mean, median: summary.median, reason: null };
}

/** {@link durationFigures} of a kernel span measure (see {@link summarizeSpans}). */
export function spanDurationFigures<R extends string>(spans: SpanStats, unitMs: bigint, reason: R): DurationFigures<R> {
  const summary = summarizeSpans(spans, unitMs);
  if (summary === null) return { count: 0, mean: absent(reason), median: absent(reason) };
  return { count: summary.count, mean: present(summary.mean), median: present(summary.median) };
}

/** A length in minutes (a visit's own `durationMinutes`) in `unit`: hours of 60, days of 1,440 minutes. */
export function minutesIn(minutes: Decimal, unit: DurationUnit): Rational {
  const value = fromDecimal(minutes);
  return rational(value.num, value.den * MINUTES_PER[unit]);
}

/** `a` compared with `b`: negative, zero or positive (denominators are positive). */
export function compareRational(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether `a` is above zero. */
export function isPositive(a: Rational): boolean {
  return a.num > 0n;
}

/** The statistics of a non-empty set of durations, as decimals. */
export interface DurationSummary {
  readonly count: number;
  readonly sum: Decimal;
  readonly mean: Decimal;
  readonly median: Decimal;
}

/**
 * Count, sum, mean and median of `durations` (an even count takes the mean of the two middle
 * values), each exact up to its one final division; `null` for an empty set.
 */
export function summarize(durations: readonly Rational[]): DurationSummary | null {
  const count = durations.length;
  if (count === 0) return null;
  return summarizeOverOneDenominator(durations) ?? summarizeExactly(durations);
}

function summaryOf(count: number, sum: Rational, median: Rational): DurationSummary {
  return {
    count,
    sum: unsignedZero(rationalToDecimal(sum)),
    mean: unsignedZero(rationalToDecimal(multiply(sum, rational(1n, BigInt(count))))),
    median: unsignedZero(rationalToDecimal(median)),
  };
}

/** {@link summarize} on bigint fractions, whatever their denominators. */
function summarizeExactly(durations: readonly Rational[]): DurationSummary {
  const count = durations.length;
  let sum = RATIONAL_ZERO;
  for (const duration of durations) sum = add(sum, duration);
  const sorted = [...durations].sort(compareRational);
  const mid = Math.floor(count / 2);
  const upper = sorted[mid] as Rational;
  const middle = count % 2 === 1 ? upper : multiply(add(sorted[mid - 1] as Rational, upper), rational(1n, 2n));
  return summaryOf(count, sum, middle);
}

/**
 * {@link summarize} when every duration has the same denominator and a numerator within 2^53
 * (milliseconds over one day length or over an hour: the usual case): numerators summed and
 * sorted as doubles, which are exact on integers while each partial sum stays a safe integer;
 * `null` otherwise (the caller then sums the fractions as bigints).
 */
function summarizeOverOneDenominator(durations: readonly Rational[]): DurationSummary | null {
  const count = durations.length;
  const first = durations.find((duration) => duration.num !== 0n) ?? durations[0];
  if (first === undefined) return null;
  const den = first.den;
  const nums = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const duration = durations[i] as Rational;
    // A zero is zero over any denominator (a delivery on time counts 0/1).
    if (duration.den !== den && duration.num !== 0n) return null;
    const num = Number(duration.num);
    sum += num;
    if (!Number.isSafeInteger(num) || !Number.isSafeInteger(sum)) return null;
    nums[i] = num;
  }
  nums.sort();
  const mid = Math.floor(count / 2);
  const upper = BigInt(nums[mid] as number);
  const middle = count % 2 === 1 ? rational(upper, den) : rational(BigInt(nums[mid - 1] as number) + upper, den * 2n);
  return summaryOf(count, rational(BigInt(sum), den), middle);
}

/** {@link summarize} as {@link DurationStats} (`null` values with reason `empty` for none). */
export function durationStats(durations: readonly Rational[]): DurationStats {
  const summary = summarize(durations);
  if (summary === null) return { count: 0, mean: null, median: null, reason: "empty" };
  return { count: summary.count, mean: summary.mean, median: summary.median, reason: null };
}

/** {@link summarize} as {@link DurationFigures} (`null` figures with `reason` for none). */
export function durationFigures<R extends string>(durations: readonly Rational[], reason: R): DurationFigures<R> {
  const summary = summarize(durations);
  if (summary === null) return { count: 0, mean: absent(reason), median: absent(reason) };
  return { count: summary.count, mean: present(summary.mean), median: present(summary.median) };
}
