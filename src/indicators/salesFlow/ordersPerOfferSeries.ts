import type * as z from "zod";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { ordersPerOfferSeriesOf } from "./_ordersPerOfferCore.js";
import { seriesJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- ordersPerOffer is named by {@link ordersPerOffer} in the TSDoc
import { ordersPerOffer, OrdersPerOfferResultSchema, type OrdersPerOfferRecords } from "./ordersPerOffer.js";
import type { OrdersPerOfferOptions, OrdersPerOfferResult } from "./ordersPerOfferTypes.js";
import type { SalesFlowSeriesOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

/** Options of {@link ordersPerOfferSeries}: those of {@link ordersPerOffer} with a range and a grain (default month). @category Sales flow */
export type OrdersPerOfferSeriesOptions = SalesFlowSeriesOptions<OrdersPerOfferOptions>;

/** The result of {@link ordersPerOfferSeries}. @category Sales flow */
export type OrdersPerOfferSeriesResult = SalesFlowSeriesResult<"orders-per-offer", OrdersPerOfferResult>;

/**
 * zod schema of an {@link OrdersPerOfferSeriesResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const series = ordersPerOfferSeries({ orders: [], offers: [] },
 *   { range: { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(OrdersPerOfferSeriesResultSchema, JSON.stringify(series)).buckets.map((b) => b.label); //=> ["2026-02", "2026-03"]
 * ```
 * @category Sales flow
 */
export const OrdersPerOfferSeriesResultSchema: z.ZodType<OrdersPerOfferSeriesResult> = seriesJsonSchema(
  "orders-per-offer",
  OrdersPerOfferResultSchema,
);

/**
 * Orders per offer (commandes / offres faites, the article's indicator 12) bucket by bucket: the
 * orders taken against the offers issued each month (or other grain) of a range.
 *
 * Formula in words: the range is split with `splitRange(range, grain)`; each bucket's figures are
 * exactly those of {@link ordersPerOffer} over that bucket as its period, with the same `asOf`,
 * scope and roster: orders (by `date`) / offers issued (by `issuedAt`), by count and by value;
 * `total` is {@link ordersPerOffer} over the whole range. Each plan (count, sum, ids of the orders
 * and of the offers) runs once with the buckets, so the cost grows with the records, not with
 * records x buckets.
 *
 * Interpretation: one currency check covers the whole series, so every bucket is in one
 * `currency` and the buckets can be compared.
 *
 * @param records - the orders and offers ({@link OrdersPerOfferRecords}), arrays or tables
 * @param options - range, grain (default month), `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link OrdersPerOfferSeriesOptions})
 * @returns the {@link OrdersPerOfferSeriesResult}
 * @throws {@link InvalidArgumentError} for an invalid range, grain, `asOf`, zone or scope, or records that are not
 *   arrays or tables of their kind
 * @throws {@link MixedCurrencyError} when the counted orders and offers are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted record's date
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const order = (id: string, date: string, amount: string): Order => ({ id, date: at(date), amount: toDecimal(amount),
 *   currency: "EUR", sellerId: "ann", customerId: "c1" });
 * const offer = (id: string, issuedAt: string, amount: string): Offer => ({ id, ownerId: "ann", customerId: "c1",
 *   issuedAt: at(issuedAt), amount: toDecimal(amount), currency: "EUR", status: "pending" });
 * const series = ordersPerOfferSeries(
 *   { orders: [order("o1", "2026-02-10T00:00:00Z", "3000"), order("o2", "2026-03-12T00:00:00Z", "1000")],
 *     offers: [offer("q1", "2026-02-02T00:00:00Z", "6000"), offer("q2", "2026-03-03T00:00:00Z", "2000"),
 *       offer("q3", "2026-03-04T00:00:00Z", "2000")] },
 *   { range: { start: at("2026-02-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") } });
 * series.buckets.map((b) => [b.label, b.ratioByCount.value?.toString(), b.ratioByValue.value?.toString()]);
 * //=> [["2026-02", "1", "0.5"], ["2026-03", "0.5", "0.25"]]
 * series.total.ratioByCount.value?.toString(); //=> "0.666..."   (2 orders / 3 offers)
 * ```
 * @category Sales flow
 */
export function ordersPerOfferSeries(
  records: OrdersPerOfferRecords,
  options: OrdersPerOfferSeriesOptions,
): OrdersPerOfferSeriesResult {
  return ordersPerOfferSeriesOf(tableRunner(tablesOf(records, ["orders", "offers"])), options);
}
