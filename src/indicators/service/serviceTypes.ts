/**
 * The vocabulary shared by the service indicators (satisfaction, complaints, deliveries,
 * penalties): their period options, duration units and duration figures.
 *
 * @module
 */
import type { CalendarOptions, DayCount, Period } from "../../period/types.js";
import type { DurationMeasureOptions, DurationUnit } from "../durations.js";

// The duration shapes are shared by every duration indicator (visits, responses, deliveries).
export type { DurationStats, DurationUnit } from "../durations.js";
export { DurationStatsJsonSchema } from "../durations.js";

/**
 * The default unit of the service durations (delivery lateness, delivery lead time): days.
 *
 * @example
 * ```ts
 * DEFAULT_DURATION_UNIT; //=> "days"
 * ```
 * @category Service
 */
export const DEFAULT_DURATION_UNIT: DurationUnit = "days";

/**
 * The default day count of the service durations: calendar days of the reporting zone.
 *
 * @example
 * ```ts
 * DEFAULT_DURATION_DAY_COUNT; //=> "calendar"
 * ```
 * @category Service
 */
export const DEFAULT_DURATION_DAY_COUNT: DayCount = "calendar";

/** Options of every service indicator: one period, cut at `asOf`. @category Service */
export interface ServiceOptions extends CalendarOptions {
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /**
   * "Now": records dated at or after it are not counted (half-open, settled detail 3), and items
   * still open are aged at it. Default: the period's end (a closed period).
   */
  readonly asOf?: Date;
  /** Attach the ids of the records behind each figure. Default `false`. */
  readonly explain?: boolean;
}

/** Options of the service indicators that measure durations: the declared unit (default {@link DEFAULT_DURATION_UNIT}) and the day count. @category Service */
export type DurationOptions = DurationMeasureOptions;
