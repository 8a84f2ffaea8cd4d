import * as z from "zod";
import { assertGrain, resolveCalendar } from "../../period/calendar.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Activity } from "../../model/types.js";
import { InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { splitRange } from "../../period/splitRange.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import { ActivityRateResultSchema, type ActivityRateOptions, type ActivityRateResult } from "./activityRate.js";
import { activityRateSettings } from "./_activityRateCore.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { activityRateSeriesOf } from "./_activityRateFigures.js";
import { checkActivityWindow } from "./_window.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";

/**
 * Default bucket grain of {@link activityRateSeries}: ISO weeks (Monday start), to see the rhythm.
 *
 * @example
 * ```ts
 * DEFAULT_ACTIVITY_RATE_SERIES_GRAIN; //=> "week"
 * ```
 * @category Activity rate
 */
export const DEFAULT_ACTIVITY_RATE_SERIES_GRAIN: Grain = "week";

/** Options of {@link activityRateSeries}: those of `activityRate`, with a range and a grain instead of a period. @category Activity rate */
export type ActivityRateSeriesOptions = Omit<ActivityRateOptions, "period"> & {
  /** The `[start, end)` range to split into buckets. */
  readonly range: Period;
  /** Bucket grain. Default {@link DEFAULT_ACTIVITY_RATE_SERIES_GRAIN} (`"week"`, ISO weeks, Monday start). */
  readonly grain?: Grain;
};

/** One bucket of an activity-rate series: the activity rate of that bucket, labelled. @category Activity rate */
export type ActivityRateBucketResult = ActivityRateResult & {
  /** The bucket's label (`2026-W09`, `2026-03`...). */
  readonly label: string;
};

/** The result of {@link activityRateSeries}. @category Activity rate */
export interface ActivityRateSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "activity-rate";
  /** The rates are ratios; counts are plain numbers. */
  readonly unit: "ratio";
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` given, or `null`. */
  readonly asOf: Date | null;
  /** One activity rate per bucket, in time order: done activities by seller and type, rates per type. */
  readonly buckets: readonly ActivityRateBucketResult[];
  /** The activity rate over the whole range. */
  readonly total: ActivityRateResult;
}

/**
 * The activity rate (taux d'activité, headline indicator 2.4) bucket by bucket: done activities per
 * seller and type in each week (or other grain) of a range, with each bucket's prorated targets,
 * rates, pace and status, and the rate over the whole range.
 *
 * Formula in words: the range is split with `splitRange`; each bucket's figures are exactly those
 * of `activityRate` over that bucket as its period, with the same `asOf` (rate = done / prorated
 * target per type; overall = done over targeted types / sum of their targets; pace = done /
 * (target x the bucket's elapsed fraction)); `total` is `activityRate` over the whole range. One
 * plan reads the activities once and counts each done one in its (bucket, seller, type) cell, so
 * the cost grows with the activities, not with activities x buckets.
 *
 * Interpretation: with `asOf` inside the range, the buckets that ended by `asOf` are closed and
 * judged on their rate, the bucket holding `asOf` is judged on its pace, and the buckets starting
 * at or after `asOf` have a `null` pace and status with reason `not-started`; `total` is judged on
 * its pace over the whole range.
 * Interpretation: buckets shorter than `minWindowDays` (a week, against the default 28 days) carry
 * the `short-window` warning, as the article warns against judging activity on too short a window;
 * the weekly view is for seeing the rhythm, the total (or a 28-day `rollingWindow`) for judging.
 *
 * @param activities - an array of activities (trusted domain records), or its table
 *   (`activityTable`): pass the table when calling several indicators on the same activities
 * @param options - range, grain (default week) and the options of `activityRate`, `targets`
 *   included (only the scope's own count, settled detail 1)
 * @returns the labelled bucket results and the total
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf` or any option `activityRate`
 *   rejects, or `activities` neither an array nor an activity table
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps a bucket
 * @example
 * ```ts
 * const done = (id: string, type: string, date: string): Activity =>
 *   ({ id, ownerId: "ana", type, date: new Date(date), status: "done" });
 * const series = activityRateSeries(
 *   [done("a1", "call", "2026-03-02T09:00:00Z"), done("a2", "call", "2026-03-10T09:00:00Z"), done("a3", "visit", "2026-03-11T09:00:00Z")],
 *   { range: { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-16T00:00:00Z") }, targets: [] },
 * );
 * series.buckets.map((b) => [b.label, b.totalDone]); //=> [["2026-W10", 1], ["2026-W11", 2]]
 * series.total.byType.map((t) => [t.type, t.done]);  //=> [["call", 2], ["visit", 1]]
 * // activityRateSeries(activityTable(sameActivities), sameOptions) gives the same series.
 * ```
 * @category Activity rate
 */
export function activityRateSeries(
  activities: readonly Activity[] | ActivityTable,
  options: ActivityRateSeriesOptions,
): ActivityRateSeriesResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const table = activityColumnsOf(activities, "activities");
  const { range: rawRange, grain: rawGrain } = options;
  const window = checkActivityWindow({
    period: rawRange,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  const grain = assertGrain(rawGrain ?? DEFAULT_ACTIVITY_RATE_SERIES_GRAIN);
  const buckets = splitRange(window.period, grain, resolveCalendar(options));
  const settings = activityRateSettings(options);
  const figures = activityRateSeriesOf(tableRunner({ activities: table }), settings, window, buckets);
  return {
    indicator: "activity-rate",
    unit: "ratio",
    grain,
    range: echoPeriod(window.period, settings.calendar.timeZone),
    asOf: window.asOf,
    ...figures,
  };
}

/**
 * zod schema of an {@link ActivityRateSeriesResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(ActivityRateSeriesResultSchema, text)`.
 *
 * @example
 * ```ts
 * const series = activityRateSeries(
 *   [{ id: "a1", ownerId: "ana", type: "call", date: new Date("2026-03-02T09:00:00Z"), status: "done" }],
 *   { range: { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-16T00:00:00Z") }, targets: [] },
 * );
 * const back = resultFromJSON(ActivityRateSeriesResultSchema, JSON.stringify(series));
 * back.buckets.map((b) => [b.label, b.totalDone]); //=> [["2026-W10", 1], ["2026-W11", 0]]
 * ```
 * @category Activity rate
 */
export const ActivityRateSeriesResultSchema: z.ZodType<ActivityRateSeriesResult> = z.object({
  indicator: z.literal("activity-rate"),
  unit: z.literal("ratio"),
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(z.intersection(ActivityRateResultSchema, z.object({ label: z.string() }))),
  total: ActivityRateResultSchema,
});
