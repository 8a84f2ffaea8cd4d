import type * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { renewalRateSeriesOf } from "./_renewalRateSeries.js";
import { customerSeriesJsonSchema } from "./_customerJson.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- renewalRate is named by {@link renewalRate} in the TSDoc
import { renewalRate, RenewalRateResultSchema } from "./renewalRate.js";
import type { RenewalRateResult } from "./renewalRateTypes.js";
import type { CustomerSeriesResult, RenewalRateSeriesOptions } from "./customerSeriesTypes.js";

export type { RenewalRateSeriesOptions } from "./customerSeriesTypes.js";

/** The result of {@link renewalRateSeries}. @category Indicators */
export type RenewalRateSeriesResult = CustomerSeriesResult<"customer-renewal-rate", RenewalRateResult>;

/**
 * zod schema of a {@link RenewalRateSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const { orders } = generateSampleDataset();
 * const series = renewalRateSeries(orders, { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") }, grain: "quarter" });
 * const back = resultFromJSON(RenewalRateSeriesResultSchema, JSON.stringify(series));
 * back.buckets.map((b) => b.previousPeriod.start);
 * //=> [2025-10-01T00:00:00.000Z, 2026-01-01T00:00:00.000Z]
 * JSON.stringify(back) === JSON.stringify(series); //=> true
 * ```
 * @category Indicators
 */
export const RenewalRateSeriesResultSchema: z.ZodType<RenewalRateSeriesResult> = customerSeriesJsonSchema(
  "customer-renewal-rate",
  RenewalRateResultSchema,
);

/**
 * Customer renewal rate (taux de renouvellement des commandes clients, the article's operational
 * indicator 11) bucket by bucket: the share of each month's (or other grain's) previous-period
 * customers who ordered again in it.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link renewalRate} over that bucket as its period, with the same `asOf`, scope
 * and roster: previous customers = distinct customers with an order in the period of the bucket's
 * length just before it; renewed = those of them with an order in the bucket (before `asOf`);
 * `rate` = renewed / previous customers. `total` is {@link renewalRate} over the whole range,
 * compared with the range's own previous period. Without `explain`, one plan counts every
 * customer's orders by bucket for the whole series.
 *
 * Interpretation: each bucket is compared with the period of its own length just before it, as
 * the single form does (settled: equal-length periods): a month with the month before, a quarter
 * with the quarter before, a week with the week before, and a bucket clipped by the range with as
 * many days (or the same wall-clock length) before it. So the first bucket reads the orders of the
 * period before the range: pass the history, not only the range's orders. A series has no
 * `previousPeriod` option.
 * Interpretation: the buckets' rates are not added up or averaged into the total: a quarter's
 * renewal against the previous quarter is its own figure, as a sales director reads a monthly
 * retention table.
 * Interpretation: with `explain`, each bucket's lists follow the bucket's own order of first
 * appearance, so each bucket runs its own plan.
 *
 * @param orders - the orders (domain records), or their table (`orderTable(orders)`), including those of the period before the range
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, explain ({@link RenewalRateSeriesOptions})
 * @returns the {@link RenewalRateSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope or `explain`, a
 *   `previousPeriod`, or `orders` neither an array nor an order table
 * @example
 * ```ts
 * const order = (id: string, customerId: string, date: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal("100"), currency: "EUR", sellerId: "ann", customerId });
 * const orders = [
 *   order("o1", "acme", "2025-12-03T00:00:00Z"), order("o2", "bolt", "2025-12-10T00:00:00Z"), // December: the first bucket's previous period
 *   order("o3", "acme", "2026-01-04T00:00:00Z"), order("o4", "cora", "2026-01-20T00:00:00Z"), // January: acme renews, bolt is lost
 *   order("o5", "cora", "2026-02-14T00:00:00Z"),                                              // February: cora renews, acme is lost
 * ];
 * const series = renewalRateSeries(orders, { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.previousCustomers, b.renewedCustomers, b.rate.value?.toString()]);
 * //=> [["2026-01", 2, 1, "0.5"], ["2026-02", 2, 1, "0.5"]]
 * series.total.previousPeriod.start; //=> 2025-11-01T00:00:00.000Z   (two months before)
 * ```
 * @category Indicators
 */
export function renewalRateSeries(
  orders: readonly Order[] | OrderTable,
  options: RenewalRateSeriesOptions,
): RenewalRateSeriesResult {
  const table = orderColumnsOf(orders, "orders");
  return renewalRateSeriesOf(tableRunner({ orders: table }), options);
}
