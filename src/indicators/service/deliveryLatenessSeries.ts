import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import { InstantJsonSchema, PeriodJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { Ratio } from "../types.js";
import { DurationStatsJsonSchema, type DurationStats } from "../durations.js";
import { checkDurationOptions, checkSeriesOptions } from "./_serviceSettings.js";
import { deliveryLatenessSeriesOf } from "./_deliveryLateness.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- deliveryLateness is named by {@link deliveryLateness} in the TSDoc
import { deliveryLateness, DeliveryLatenessResultSchema } from "./deliveryLateness.js";
import type { DeliveryLatenessOptions, DeliveryLatenessResult } from "./deliveryLatenessTypes.js";
import {
  DEFAULT_SERVICE_SERIES_GRAIN,
  type DeliveryBucketBounds,
  type ServiceSeriesOptions,
} from "./deliveryFormsTypes.js";
import type { DurationUnit } from "./serviceTypes.js";
import type { DayCount } from "../../period/types.js";

/** Options of {@link deliveryLatenessSeries}: those of {@link deliveryLateness} with a range and a grain. @category Service */
export type DeliveryLatenessSeriesOptions = ServiceSeriesOptions<DeliveryLatenessOptions>;

/** One bucket of {@link deliveryLatenessSeries}: the deliveries delivered in it. @category Service */
export interface DeliveryLatenessBucket extends DeliveryBucketBounds {
  /** Deliveries delivered in the bucket (before `asOf`). */
  readonly delivered: number;
  /** Their lateness `max(0, deliveredAt - promisedAt)` (on time counts 0): count, mean and median. */
  readonly lateness: DurationStats;
  /** Delivered after their promise / delivered; `null` with `no-deliveries`. */
  readonly lateShare: Ratio<"no-deliveries">;
  /** With `explain: true`: the deliveries delivered late in the bucket. */
  readonly explain?: {
    /** Their ids. */
    readonly lateIds: readonly string[];
  };
}

/** The result of {@link deliveryLatenessSeries}. @category Service */
export interface DeliveryLatenessSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "delivery-lateness";
  /** A duration. */
  readonly unit: "duration";
  /** The unit of every duration of the result. */
  readonly durationUnit: DurationUnit;
  /** How days were counted. */
  readonly dayCount: DayCount;
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** One entry per bucket, in time order. */
  readonly buckets: readonly DeliveryLatenessBucket[];
  /** {@link deliveryLateness} over the whole range: its figures, and the overdue backlog at the cut. */
  readonly total: DeliveryLatenessResult;
}

/**
 * zod schema of a {@link DeliveryLatenessSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const delivery: Delivery = { id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-02T00:00:00Z"),
 *   deliveredAt: new Date("2026-03-05T12:00:00Z") };
 * const series = deliveryLatenessSeries([delivery], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DeliveryLatenessSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.lateness.mean?.toString() ?? null); //=> [null, "3.5"]
 * ```
 * @category Service
 */
export const DeliveryLatenessSeriesResultSchema: z.ZodType<DeliveryLatenessSeriesResult> = z.object({
  indicator: z.literal("delivery-lateness"),
  unit: z.literal("duration"),
  durationUnit: z.enum(["hours", "days"]),
  dayCount: z.enum(["calendar", "business"]),
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(
    z.object({
      label: z.string(),
      start: InstantJsonSchema,
      end: InstantJsonSchema,
      delivered: z.number().int().nonnegative(),
      lateness: DurationStatsJsonSchema,
      lateShare: ratioJsonSchema(["no-deliveries"]),
      explain: z.object({ lateIds: z.array(z.string()) }).exactOptional(),
    }),
  ),
  total: DeliveryLatenessResultSchema,
});

/**
 * Delivery lateness (retard de mise à disposition du client, indicator 17) bucket by bucket: how
 * late the deliveries of each month (or other grain) of a range were against their promise.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; in each bucket, over the
 * deliveries with `deliveredAt` in the bucket and before `asOf`: lateness = `max(0, deliveredAt -
 * promisedAt)` in `unit` (days by default; calendar or business days by `dayCount`), its count,
 * mean and median (an even count takes the mean of the two middle values), and `lateShare` =
 * delivered strictly after the promise / delivered. `total` is {@link deliveryLateness} over the
 * whole range. One plan reads the deliveries once and places each in its bucket.
 *
 * Interpretation: the overdue backlog (promised before the cut, not delivered by it) is a
 * snapshot at one instant, so the series reports it once, in `total`, at the cut (`asOf`, or the
 * range's end); the buckets hold the deliveries made in them. Buckets starting at or after
 * `asOf` have no delivery (`lateShare` `null`, `no-deliveries`).
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param options - range, grain (default month), `asOf`, zone, `unit`, `dayCount`, explain ({@link DeliveryLatenessSeriesOptions})
 * @returns the {@link DeliveryLatenessSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, unit or day count, or
 *   deliveries that are neither an array nor a delivery table
 * @example
 * ```ts
 * const delivery = (id: string, promised: string, delivered: string): Delivery =>
 *   ({ id, orderId: "o1", customerId: "c1", promisedAt: new Date(promised), deliveredAt: new Date(delivered) });
 * const series = deliveryLatenessSeries([
 *   delivery("l1", "2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z"), // 3 days late
 *   delivery("l2", "2026-03-10T00:00:00Z", "2026-03-09T00:00:00Z"), // early: 0
 *   delivery("l3", "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z"), // 1 day late
 * ], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.delivered, b.lateness.mean?.toString(), b.lateShare.value?.toString()]);
 * //=> [["2026-03", 2, "1.5", "0.5"], ["2026-04", 1, "1", "1"]]
 * [series.total.delivered, series.total.lateness.median?.toString()]; //=> [3, "1"]
 * ```
 * @category Service
 */
export function deliveryLatenessSeries(
  deliveries: readonly Delivery[] | DeliveryTable,
  options: DeliveryLatenessSeriesOptions,
): DeliveryLatenessSeriesResult {
  const { settings, series } = checkSeriesOptions(options, DEFAULT_SERVICE_SERIES_GRAIN, checkDurationOptions);
  const run = tableRunner({ deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries") });
  const figures = deliveryLatenessSeriesOf(run, settings, series.buckets);
  return {
    indicator: "delivery-lateness",
    unit: "duration",
    durationUnit: settings.measure.unit,
    dayCount: settings.measure.dayCount,
    grain: series.grain,
    range: settings.period,
    asOf: settings.asOf,
    buckets: figures.buckets,
    total: figures.total,
  };
}
