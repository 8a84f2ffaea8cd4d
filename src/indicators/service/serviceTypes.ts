/**
 * The vocabulary shared by the service indicators (satisfaction, complaints, deliveries,
 * penalties): their period options, duration units and duration figures.
 *
 * @module
 */
import * as z from "zod";
import type { Decimal } from "decimal.js";
import type { CalendarOptions, DayCount, Period } from "../../period/types.js";
import { DecimalJsonSchema } from "../../model/resultJson.js";

/** The unit a duration is reported in. @category Service */
export type DurationUnit = "hours" | "days";

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

/** Options of the service indicators that measure durations. @category Service */
export interface DurationOptions {
  /** `"hours"` or `"days"` (default {@link DEFAULT_DURATION_UNIT}). */
  readonly unit?: DurationUnit;
  /**
   * `"calendar"` (default) or `"business"` days (Monday to Friday) of the reporting zone.
   * Interpretation: with `unit: "hours"`, calendar counting gives real elapsed hours (a 23-hour
   * DST day counts 23), business counting gives 24 hours per business day elapsed (the parts of
   * Saturdays and Sundays are left out).
   */
  readonly dayCount?: DayCount;
}

/**
 * Mean and median of a set of durations (or ages), with the count they rest on. An even count
 * takes the mean of the two middle values. Empty: `mean` and `median` are `null`, reason `empty`.
 * @category Service
 */
export interface DurationStats {
  /** How many durations the figures rest on. */
  readonly count: number;
  /** Their mean, in the result's unit; `null` when there is none. */
  readonly mean: Decimal | null;
  /** Their median, in the result's unit; `null` when there is none. */
  readonly median: Decimal | null;
  /** `"empty"` when there is no duration, else `null`. */
  readonly reason: "empty" | null;
}

/**
 * zod schema of {@link DurationStats} in a result.
 *
 * @example
 * ```ts
 * DurationStatsJsonSchema.parse({ count: 2, mean: "1.5", median: "1.5", reason: null }).mean?.toString(); //=> "1.5"
 * ```
 * @category Service
 */
export const DurationStatsJsonSchema: z.ZodType<DurationStats> = z.object({
  count: z.number().int().nonnegative(),
  mean: DecimalJsonSchema.nullable(),
  median: DecimalJsonSchema.nullable(),
  reason: z.literal("empty").nullable(),
});
