/**
 * The one vocabulary of the duration indicators (visit length 2, tender response time 15, first
 * response time 16, delivery lateness 17, delivery lead time 22): the declared unit, how days are
 * counted, and the statistics a set of durations is reported with (count, mean, median) and the
 * items still open with their age. Every duration indicator computes them through the same code,
 * so a mean, a median or an age means the same thing in each.
 *
 * @module
 */
import * as z from "zod";
import type { Decimal } from "decimal.js";
import { CountJsonSchema, DecimalJsonSchema, figureJsonSchema } from "../model/resultJson.js";
import type { DayCount } from "../period/types.js";
import type { Figure } from "../model/figures.js";

/**
 * The units a duration is reported in: hours, or days (of the reporting zone's calendar, or
 * business days).
 *
 * @example
 * ```ts
 * DURATION_UNITS; //=> ["hours", "days"]
 * ```
 * @category Indicators
 */
export const DURATION_UNITS = ["hours", "days"] as const;

/** The unit a duration is reported in; see {@link DURATION_UNITS}. @category Indicators */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** How a duration indicator measures: its declared unit and how it counts days. @category Indicators */
export interface DurationMeasureOptions {
  /** `"hours"` or `"days"`; each indicator documents its default. */
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
 * Mean and median of a set of durations (or ages), with the count they rest on, as figures: an
 * empty set gives `null` values with the indicator's own reason. An even count takes the mean of
 * the two middle values.
 * @category Indicators
 */
export interface DurationFigures<Reason extends string> {
  /** How many durations the figures rest on. */
  readonly count: number;
  /** Their mean, in the result's unit; `null` with the reason when there are none. */
  readonly mean: Figure<Reason>;
  /** Their median (the mean of the two middle values for an even count); `null` with the reason when there are none. */
  readonly median: Figure<Reason>;
}

/**
 * Mean and median of a set of durations (or ages), with the count they rest on. An even count
 * takes the mean of the two middle values. Empty: `mean` and `median` are `null`, reason `empty`.
 * The same statistics as {@link DurationFigures}, written with one `reason` beside the values.
 * @category Indicators
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
 * Items still open at the cut (`asOf`, or the period's end), never dropped: how many, and their
 * age at the cut (count, mean and median, in the result's unit).
 * @category Indicators
 */
export interface AgedItems {
  /** How many. */
  readonly count: number;
  /** Their age at the cut: count, mean and median, in the result's unit. */
  readonly age: DurationStats;
}

/**
 * zod schema of {@link DurationStats} in a result.
 *
 * @example
 * ```ts
 * DurationStatsJsonSchema.parse({ count: 2, mean: "1.5", median: "1.5", reason: null }).mean?.toString(); //=> "1.5"
 * ```
 * @category Indicators
 */
export const DurationStatsJsonSchema: z.ZodType<DurationStats> = z.object({
  count: CountJsonSchema,
  mean: DecimalJsonSchema.nullable(),
  median: DecimalJsonSchema.nullable(),
  reason: z.literal("empty").nullable(),
});

/**
 * zod schema of {@link AgedItems} in a result.
 *
 * @example
 * ```ts
 * AgedItemsJsonSchema.parse({ count: 1, age: { count: 1, mean: "3", median: "3", reason: null } }).age.median?.toString(); //=> "3"
 * ```
 * @category Indicators
 */
export const AgedItemsJsonSchema: z.ZodType<AgedItems> = z.object({
  count: CountJsonSchema,
  age: DurationStatsJsonSchema,
});

/**
 * zod schema of {@link DurationFigures} with their one empty `reason`.
 *
 * @param reason - the reason a `null` mean or median carries
 * @returns the schema
 * @example
 * ```ts
 * durationFiguresJsonSchema("no-responses").parse({ count: 0, mean: { value: null, reason: "no-responses" }, median: { value: null, reason: "no-responses" } }).count; //=> 0
 * ```
 * @category Indicators
 */
export function durationFiguresJsonSchema<const R extends string>(reason: R): z.ZodType<DurationFigures<R>> {
  const figure = figureJsonSchema([reason]);
  return z.object({ count: CountJsonSchema, mean: figure, median: figure });
}
