import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { Order } from "../../model/types.js";
import { InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { GRAINS, type DayCount, type Grain, type Period } from "../../period/types.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { DurationStatsJsonSchema, type DurationStats, type DurationUnit } from "../durations.js";
import { checkDurationOptions, checkSeriesOptions } from "./_serviceSettings.js";
import { deliveryLeadTimeSeriesOf } from "./_deliveryLeadTime.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- deliveryLeadTime is named by {@link deliveryLeadTime} in the TSDoc
import { deliveryLeadTime, DeliveryLeadTimeResultSchema } from "./deliveryLeadTime.js";
import type { DeliveryLeadTimeOptions, DeliveryLeadTimeResult } from "./deliveryLeadTimeTypes.js";
import {
  DEFAULT_SERVICE_SERIES_GRAIN,
  type DeliveryBucketBounds,
  type ServiceSeriesOptions,
} from "./deliveryFormsTypes.js";

/** Options of {@link deliveryLeadTimeSeries}: those of {@link deliveryLeadTime} with a range and a grain. @category Service */
export type DeliveryLeadTimeSeriesOptions = ServiceSeriesOptions<DeliveryLeadTimeOptions>;

/** One bucket of {@link deliveryLeadTimeSeries}: the deliveries delivered in it. @category Service */
export interface DeliveryLeadTimeBucket extends DeliveryBucketBounds {
  /** Deliveries delivered in the bucket (before `asOf`), whether or not they have a lead time. */
  readonly delivered: number;
  /** Time from the order's date to `deliveredAt`: count, mean and median. */
  readonly leadTime: DurationStats;
  /** Deliveries of the bucket whose order is not among the orders given (no lead time). */
  readonly orderMissing: number;
  /** Deliveries of the bucket dated before their order (left out of the lead time). */
  readonly deliveredBeforeOrder: number;
  /** With `explain: true`: the deliveries whose lead time is in the bucket's figures. */
  readonly explain?: {
    /** Their ids, grouped by order. */
    readonly deliveryIds: readonly string[];
  };
}

/** The result of {@link deliveryLeadTimeSeries}. @category Service */
export interface DeliveryLeadTimeSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "delivery-lead-time";
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
  readonly buckets: readonly DeliveryLeadTimeBucket[];
  /** {@link deliveryLeadTime} over the whole range: its figures, and the open deliveries at the cut. */
  readonly total: DeliveryLeadTimeResult;
}

/**
 * zod schema of a {@link DeliveryLeadTimeSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const order: Order = { id: "o1", date: new Date("2026-03-02T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId: "ann", customerId: "c1" };
 * const delivery: Delivery = { id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-06T00:00:00Z"),
 *   deliveredAt: new Date("2026-03-05T00:00:00Z") };
 * const series = deliveryLeadTimeSeries([delivery], [order], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DeliveryLeadTimeSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.leadTime.mean?.toString() ?? null); //=> [null, "3"]
 * ```
 * @category Service
 */
export const DeliveryLeadTimeSeriesResultSchema: z.ZodType<DeliveryLeadTimeSeriesResult> = z.object({
  indicator: z.literal("delivery-lead-time"),
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
      leadTime: DurationStatsJsonSchema,
      orderMissing: z.number().int().nonnegative(),
      deliveredBeforeOrder: z.number().int().nonnegative(),
      explain: z.object({ deliveryIds: z.array(z.string()) }).exactOptional(),
    }),
  ),
  total: DeliveryLeadTimeResultSchema,
});

/**
 * Delivery lead time (délai de livraison du client, indicator 22) bucket by bucket: how long the
 * customers served in each month (or other grain) of a range waited from their order.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; in each bucket, each
 * delivery with `deliveredAt` in the bucket and before `asOf` is joined by `orderId` to its
 * order's `date`; lead time = `deliveredAt - order date` in `unit` (days by default; calendar or
 * business days by `dayCount`): count, mean and median (an even count takes the mean of the two
 * middle values); deliveries whose order is not given, or dated before it, are counted apart as
 * in {@link deliveryLeadTime}. `total` is {@link deliveryLeadTime} over the whole range. One plan
 * reads the deliveries by bucket and order, one the orders' dates.
 *
 * Interpretation: the open deliveries (ordered, not delivered by the cut) are a snapshot at one
 * instant, so the series reports them once, in `total`, aged at the cut (`asOf`, or the range's
 * end); a bucket holds the deliveries made in it, whenever their order was placed.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param orders - the orders the deliveries name, or their table (`orderTable`)
 * @param options - range, grain (default month), `asOf`, zone, `unit`, `dayCount`, explain ({@link DeliveryLeadTimeSeriesOptions})
 * @returns the {@link DeliveryLeadTimeSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, unit or day count, or
 *   deliveries or orders that are neither an array nor a table of their kind
 * @example
 * ```ts
 * const order = (id: string, date: string): Order => ({ id, date: new Date(date), amount: toDecimal("100"), currency: "EUR", sellerId: "ann", customerId: "c1" });
 * const delivery = (id: string, orderId: string, delivered: string): Delivery => ({ id, orderId, customerId: "c1",
 *   promisedAt: new Date("2026-03-20T00:00:00Z"), deliveredAt: new Date(delivered) });
 * const series = deliveryLeadTimeSeries(
 *   [delivery("l1", "o1", "2026-03-05T00:00:00Z"), delivery("l2", "o2", "2026-03-14T00:00:00Z"), delivery("l3", "o2", "2026-04-03T00:00:00Z")],
 *   [order("o1", "2026-03-02T00:00:00Z"), order("o2", "2026-03-04T00:00:00Z")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } },
 * );
 * series.buckets.map((b) => [b.label, b.delivered, b.leadTime.mean?.toString(), b.leadTime.median?.toString()]);
 * //=> [["2026-03", 2, "6.5", "6.5"], ["2026-04", 1, "30", "30"]]   (3 and 10 days; 30 days)
 * series.total.leadTime.median?.toString(); //=> "10"
 * ```
 * @category Service
 */
export function deliveryLeadTimeSeries(
  deliveries: readonly Delivery[] | DeliveryTable,
  orders: readonly Order[] | OrderTable,
  options: DeliveryLeadTimeSeriesOptions,
): DeliveryLeadTimeSeriesResult {
  const { settings, series } = checkSeriesOptions(options, DEFAULT_SERVICE_SERIES_GRAIN, checkDurationOptions);
  const run = tableRunner({
    deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries"),
    orders: orderColumnsOf(orders, "orders"),
  });
  const figures = deliveryLeadTimeSeriesOf(run, settings, series.buckets);
  return {
    indicator: "delivery-lead-time",
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
