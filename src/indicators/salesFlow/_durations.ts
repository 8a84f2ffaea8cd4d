/**
 * Durations of the sales-flow indicators: the time between two instants in hours or days
 * (calendar or business days of the reporting zone), and the mean and median of a set of them.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, median, unsignedZero } from "../../money/dec.js";
import { rationalToDecimal } from "../../money/rational.js";
import { daysBetween } from "../../period/dayCount.js";
import type { DayCount } from "../../period/types.js";
import { absent, present } from "../figure.js";
import type { DurationReason, ResponseTimeStats, ResponseTimeUnit } from "./salesFlowTypes.js";

const HOUR_MS = 3_600_000;

/** How durations are measured. */
export interface DurationMeasure {
  readonly unit: ResponseTimeUnit;
  readonly dayCount: DayCount;
  readonly timeZone: string;
}

/**
 * The time from `from` to `to` (epoch ms, `to >= from`):
 * - calendar hours: the real elapsed time, `(to - from) / 3,600,000`;
 * - calendar days: days of the zone, each part of a day as real time over that day's real length
 *   (a 23-hour day on a DST change is one day);
 * - business days: the same on Monday to Friday only (weekend time does not count);
 * - business hours: business days x 24.
 */
export function durationBetween(from: number, to: number, measure: DurationMeasure): Decimal {
  if (measure.dayCount === "calendar" && measure.unit === "hours") return new Dec(to - from).div(HOUR_MS);
  const days = rationalToDecimal(daysBetween(measure.timeZone, from, to, measure.dayCount));
  return unsignedZero(measure.unit === "hours" ? days.times(24) : days);
}

/** Mean and median of `values` (exact sums, one division), `null` with `reason` when empty. */
export function durationStats<R extends DurationReason>(values: readonly Decimal[], reason: R): ResponseTimeStats<R> {
  const middle = median(values);
  if (middle === null) return { count: 0, mean: absent(reason), median: absent(reason) };
  const sum = values.reduce((total, value) => total.plus(value), new Dec(0));
  return {
    count: values.length,
    mean: present(unsignedZero(sum.div(values.length))),
    median: present(unsignedZero(middle)),
  };
}
