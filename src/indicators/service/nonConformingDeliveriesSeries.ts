import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import { InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { GRAINS, type Grain, type Period } from "../../period/types.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { nonConformingDeliveriesSeriesOf } from "./_nonConformingDeliveries.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- nonConformingDeliveries is named by {@link nonConformingDeliveries} in the TSDoc
import { nonConformingDeliveries, NonConformingDeliveriesResultSchema } from "./nonConformingDeliveries.js";
import type { NonConformingDeliveriesOptions, NonConformingDeliveriesResult } from "./nonConformingDeliveriesTypes.js";
import { DEFAULT_SERVICE_SERIES_GRAIN, type ServiceSeriesOptions } from "./deliveryFormsTypes.js";

/** Options of {@link nonConformingDeliveriesSeries}: those of {@link nonConformingDeliveries} with a range and a grain. @category Service */
export type NonConformingDeliveriesSeriesOptions = ServiceSeriesOptions<NonConformingDeliveriesOptions>;

/** One bucket of {@link nonConformingDeliveriesSeries}: {@link nonConformingDeliveries} over the bucket as its period, labelled. @category Service */
export type NonConformingDeliveriesBucket = NonConformingDeliveriesResult & {
  /** The bucket's label (`2026-03`, `2026-W10`...). */
  readonly label: string;
};

/** The result of {@link nonConformingDeliveriesSeries}. @category Service */
export interface NonConformingDeliveriesSeriesResult {
  /** Stable indicator id. */
  readonly indicator: "non-conforming-deliveries";
  /** The headline figures are shares. */
  readonly unit: "ratio";
  /** The bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** One result per bucket, in time order. */
  readonly buckets: readonly NonConformingDeliveriesBucket[];
  /** {@link nonConformingDeliveries} over the whole range. */
  readonly total: NonConformingDeliveriesResult;
}

/**
 * zod schema of a {@link NonConformingDeliveriesSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const delivery: Delivery = { id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-02T00:00:00Z"),
 *   deliveredAt: new Date("2026-03-05T00:00:00Z"), conforming: false };
 * const series = nonConformingDeliveriesSeries([delivery], { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(NonConformingDeliveriesSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.nonConforming); //=> [0, 1]
 * ```
 * @category Service
 */
export const NonConformingDeliveriesSeriesResultSchema: z.ZodType<NonConformingDeliveriesSeriesResult> = z.object({
  indicator: z.literal("non-conforming-deliveries"),
  unit: z.literal("ratio"),
  grain: z.enum(GRAINS),
  range: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  buckets: z.array(z.intersection(NonConformingDeliveriesResultSchema, z.object({ label: z.string() }))),
  total: NonConformingDeliveriesResultSchema,
});

/**
 * Non-conforming deliveries (livraisons non conformes à la demande, indicator 20) bucket by
 * bucket: each month (or other grain) of a range, the deliveries made and the share of them
 * marked non-conforming.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link nonConformingDeliveries} over that bucket as its period, with the same
 * `asOf`: over the deliveries with `deliveredAt` in the bucket and before `asOf`, `share` =
 * non-conforming / delivered (assessed or not), the counts by verdict, and the non-conforming
 * ones by reason (most frequent first). `total` is {@link nonConformingDeliveries} over the whole
 * range. Two plans (by verdict, by reason) read the deliveries once each, by bucket.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param options - range, grain (default month), `asOf`, zone, explain ({@link NonConformingDeliveriesSeriesOptions})
 * @returns the {@link NonConformingDeliveriesSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf` or zone, or deliveries that
 *   are neither an array nor a delivery table
 * @example
 * ```ts
 * const delivery = (id: string, delivered: string, conforming?: boolean): Delivery => ({ id, orderId: "o1", customerId: "c1",
 *   promisedAt: new Date("2026-03-01T00:00:00Z"), deliveredAt: new Date(delivered), ...(conforming === undefined ? {} : { conforming }) });
 * const series = nonConformingDeliveriesSeries(
 *   [delivery("l1", "2026-03-05T00:00:00Z", false), delivery("l2", "2026-03-09T00:00:00Z", true),
 *    delivery("l3", "2026-04-02T00:00:00Z", true), delivery("l4", "2026-04-03T00:00:00Z")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") } },
 * );
 * series.buckets.map((b) => [b.label, b.delivered, b.nonConforming, b.share.value?.toString()]); //=> [["2026-03", 2, 1, "0.5"], ["2026-04", 2, 0, "0"]]
 * series.total.share.value?.toString(); //=> "0.25"
 * ```
 * @category Service
 */
export function nonConformingDeliveriesSeries(
  deliveries: readonly Delivery[] | DeliveryTable,
  options: NonConformingDeliveriesSeriesOptions,
): NonConformingDeliveriesSeriesResult {
  const { settings, series } = checkSeriesOptions(options, DEFAULT_SERVICE_SERIES_GRAIN, checkServiceOptions);
  const run = tableRunner({ deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries") });
  const figures = nonConformingDeliveriesSeriesOf(run, settings, series.buckets);
  return {
    indicator: "non-conforming-deliveries",
    unit: "ratio",
    grain: series.grain,
    range: settings.period,
    asOf: settings.asOf,
    buckets: figures.buckets,
    total: figures.total,
  };
}
