import type * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { customerRevenueSeriesOf } from "./_customerRevenueSeries.js";
import { customerRevenueSeriesJsonSchema } from "./_customerJson.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- newVsExistingRevenue is named by {@link newVsExistingRevenue} in the TSDoc
import { newVsExistingRevenue, NewVsExistingRevenueResultSchema } from "./newVsExistingRevenue.js";
import type { NewVsExistingRevenueResult } from "./customerTypes.js";
import type { CustomerRevenueSeriesResult, CustomerSeriesOptions } from "./customerSeriesTypes.js";

/** The result of {@link newVsExistingRevenueSeries}. @category Indicators */
export type NewVsExistingRevenueSeriesResult = CustomerRevenueSeriesResult<
  "new-vs-existing-revenue",
  NewVsExistingRevenueResult
>;

/**
 * zod schema of a {@link NewVsExistingRevenueSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const { orders } = generateSampleDataset();
 * const series = newVsExistingRevenueSeries(orders, { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * JSON.stringify(resultFromJSON(NewVsExistingRevenueSeriesResultSchema, JSON.stringify(series))) === JSON.stringify(series); //=> true
 * ```
 * @category Indicators
 */
export const NewVsExistingRevenueSeriesResultSchema: z.ZodType<NewVsExistingRevenueSeriesResult> =
  customerRevenueSeriesJsonSchema("new-vs-existing-revenue", NewVsExistingRevenueResultSchema);

/**
 * New versus existing customer revenue (spec section 4) bucket by bucket: each month's (or other
 * grain's) revenue from the customers won in it against the revenue from the customers the
 * company already had.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link newVsExistingRevenue} over that bucket as its period, with the same
 * `asOf`, scope and roster: a customer of the bucket is new when its first order over ALL the
 * orders given falls in the bucket, existing when it is before; each segment's customers, orders
 * and revenue, `realized`, and the two shares of the customers' revenue. `total` is
 * {@link newVsExistingRevenue} over the whole range. Without `explain`, every customer's first
 * order and the scope's orders by bucket and customer are two plans in all.
 *
 * Interpretation: each bucket stands alone: a customer won in January is new in January and
 * existing in the later buckets, so the buckets' existing revenue adds up to more than the
 * range's (whose `total` reads the whole range as one period, where that customer is new).
 * Interpretation: with `explain`, each bucket's lists follow the bucket's own order of first
 * appearance, so the window's orders are read one plan per bucket.
 * Interpretation: one currency check covers the whole series, so every bucket is in one
 * `currency`.
 *
 * @param orders - every order given (domain records), or its table (`orderTable(orders)`): the full history
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link CustomerSeriesOptions})
 * @returns the {@link NewVsExistingRevenueSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone, scope or `explain`, or
 *   `orders` neither an array nor an order table
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed order's date
 * @example
 * ```ts
 * const order = (id: string, customerId: string, date: string, amount: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ann", customerId });
 * const orders = [
 *   order("o1", "acme", "2025-11-10T00:00:00Z", "900"),  // acme: existing all along
 *   order("o2", "bolt", "2026-01-10T00:00:00Z", "1000"), // bolt: new in January
 *   order("o3", "acme", "2026-01-20T00:00:00Z", "200"),
 *   order("o4", "bolt", "2026-02-05T00:00:00Z", "300"),  // bolt: existing in February
 * ];
 * const series = newVsExistingRevenueSeries(orders, { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.newCustomers.revenue.toString(), b.existingCustomers.revenue.toString()]);
 * //=> [["2026-01", "1000", "200"], ["2026-02", "0", "300"]]
 * [series.total.newCustomers.revenue.toString(), series.total.existingCustomers.revenue.toString()]; //=> ["1300", "200"]
 * ```
 * @category Indicators
 */
export function newVsExistingRevenueSeries(
  orders: readonly Order[] | OrderTable,
  options: CustomerSeriesOptions,
): NewVsExistingRevenueSeriesResult {
  const table = orderColumnsOf(orders, "orders");
  return customerRevenueSeriesOf(tableRunner({ orders: table }), options, "new-vs-existing-revenue");
}
