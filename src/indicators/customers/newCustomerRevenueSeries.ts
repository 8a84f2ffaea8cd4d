import type * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { customerRevenueSeriesOf } from "./_customerRevenueSeries.js";
import { customerRevenueSeriesJsonSchema } from "./_customerJson.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- newCustomerRevenue is named by {@link newCustomerRevenue} in the TSDoc
import { newCustomerRevenue, NewCustomerRevenueResultSchema } from "./newCustomerRevenue.js";
import type { NewCustomerRevenueResult } from "./customerTypes.js";
import type { CustomerRevenueSeriesResult, CustomerSeriesOptions } from "./customerSeriesTypes.js";

export { DEFAULT_CUSTOMER_SERIES_GRAIN } from "./customerSeriesTypes.js";
export type {
  CustomerRevenueSeriesResult,
  CustomerSeriesBucket,
  CustomerSeriesOptions,
  CustomerSeriesResult,
} from "./customerSeriesTypes.js";

/** The result of {@link newCustomerRevenueSeries}. @category Indicators */
export type NewCustomerRevenueSeriesResult = CustomerRevenueSeriesResult<
  "new-customer-revenue",
  NewCustomerRevenueResult
>;

/**
 * zod schema of a {@link NewCustomerRevenueSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const { orders } = generateSampleDataset();
 * const series = newCustomerRevenueSeries(orders, { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * JSON.stringify(resultFromJSON(NewCustomerRevenueSeriesResultSchema, JSON.stringify(series))) === JSON.stringify(series); //=> true
 * ```
 * @category Indicators
 */
export const NewCustomerRevenueSeriesResultSchema: z.ZodType<NewCustomerRevenueSeriesResult> =
  customerRevenueSeriesJsonSchema("new-customer-revenue", NewCustomerRevenueResultSchema);

/**
 * New customer revenue (tarif nouveau client, the article's operational indicator 10) bucket by
 * bucket: how many customers each month (or other grain) of a range won, and the mean revenue
 * each brought in that bucket.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link newCustomerRevenue} over that bucket as its period, with the same
 * `asOf`, scope and roster: a customer is new in a bucket when its first order over ALL the orders
 * given falls in it; the bucket's new customers, their orders and revenue of the bucket, and
 * revenue / new customers. `total` is {@link newCustomerRevenue} over the whole range. Without
 * `explain`, every customer's first order and the scope's orders by bucket and customer are two
 * plans in all.
 *
 * Interpretation: each bucket stands alone, as a sales director reads a monthly table: a customer
 * is new in the bucket of its first order ever, and in the later buckets it is an existing
 * customer; so, company-wide, the buckets' new customers add up to the range's (in a narrower
 * scope, a customer whose first order is another seller's, in an earlier bucket of the range, is
 * new in the range's `total` and in none of its buckets), and a customer won in January
 * who orders again in March counts in March's existing revenue, not its new revenue (the range's
 * `total` counts all its orders of the range as new revenue).
 * Interpretation: with `explain`, each bucket's lists follow the bucket's own order of first
 * appearance, so the window's orders are read one plan per bucket.
 * Interpretation: one currency check covers the whole series, so every bucket is in one
 * `currency`.
 *
 * @param orders - every order given (domain records), or its table (`orderTable(orders)`): the full history
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link CustomerSeriesOptions})
 * @returns the {@link NewCustomerRevenueSeriesResult}
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
 *   order("o4", "bolt", "2026-02-05T00:00:00Z", "300"),  // bolt again: existing in February
 *   order("o5", "cora", "2026-02-25T00:00:00Z", "500"),  // cora: new in February
 * ];
 * const series = newCustomerRevenueSeries(orders, { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.newCustomers.customerCount, b.newCustomers.revenue.toString()]);
 * //=> [["2026-01", 1, "1000"], ["2026-02", 1, "500"]]
 * series.total.newCustomers; //=> { customerCount: 2, orderCount: 3, revenue: Decimal("1800") }
 * ```
 * @category Indicators
 */
export function newCustomerRevenueSeries(
  orders: readonly Order[] | OrderTable,
  options: CustomerSeriesOptions,
): NewCustomerRevenueSeriesResult {
  const table = orderColumnsOf(orders, "orders");
  return customerRevenueSeriesOf(tableRunner({ orders: table }), options, "new-customer-revenue");
}
