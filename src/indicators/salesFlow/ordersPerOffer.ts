import * as z from "zod";
import type { Offer } from "../../model/salesFlowTypes.js";
import type { Order } from "../../model/types.js";
import { CurrencyJsonSchema, DecimalJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import type { OfferTable } from "../../table/offerTable.js";
import type { OrderTable } from "../../table/orderTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { ordersPerOfferGroupedOf, ordersPerOfferOf } from "./_ordersPerOfferCore.js";
import { CountJsonSchema, groupedJsonSchema, headShape, IdsJsonSchema } from "./_salesFlowJson.js";
import { tablesOf } from "./_salesFlowInputs.js";
import type { OrdersPerOfferOptions, OrdersPerOfferResult } from "./ordersPerOfferTypes.js";
import type { SalesFlowGroupedOptions, SalesFlowGroupedResult } from "./salesFlowTypes.js";

export type { OrdersPerOfferExplain, OrdersPerOfferOptions, OrdersPerOfferResult } from "./ordersPerOfferTypes.js";

/** The records `ordersPerOffer` reads: each an array of records or its table. @category Sales flow */
export interface OrdersPerOfferRecords {
  /** The orders (order or invoice lines). */
  readonly orders: readonly Order[] | OrderTable;
  /** The offers. */
  readonly offers: readonly Offer[] | OfferTable;
}

/**
 * zod schema of an {@link OrdersPerOfferResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(OrdersPerOfferResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = ordersPerOffer({ orders: [], offers: [] }, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(OrdersPerOfferResultSchema, JSON.stringify(result)).ratioByCount.reason; //=> "no-offers"
 * ```
 * @category Sales flow
 */
export const OrdersPerOfferResultSchema: z.ZodType<OrdersPerOfferResult> = z.object({
  indicator: z.literal("orders-per-offer"),
  unit: z.literal("ratio"),
  ...headShape,
  currency: CurrencyJsonSchema,
  orders: CountJsonSchema,
  orderAmount: DecimalJsonSchema,
  offers: CountJsonSchema,
  offerAmount: DecimalJsonSchema,
  ratioByCount: ratioJsonSchema(["no-offers"]),
  ratioByValue: ratioJsonSchema(["no-offers", "no-offer-value"]),
  explain: z.object({ orderIds: IdsJsonSchema, offerIds: IdsJsonSchema }).exactOptional(),
});

/**
 * Orders per offer (commandes / offres faites, the article's indicator 12): the orders taken in a
 * period against the offers issued in it, by count and by value.
 *
 * Formula, for the records of sellers (owners) in the scope dated in
 * `[period start, min(period end, asOf))`: `ratioByCount` = orders (by `date`) / offers issued (by
 * `issuedAt`); `ratioByValue` = order amount / offer amount (orders converted at their date, offers
 * at `issuedAt`); `null` with `no-offers` when no offer was issued, `no-offer-value` when the
 * offers' amounts sum to 0.
 *
 * Interpretation: every order line of the period counts (credit notes included, as in revenue), not
 * only those linked to an offer: the article compares the orders taken with the offers made, both
 * as volumes of the period; the ratio can exceed 1. To follow offers to their own orders, read
 * `offerSuccess`.
 *
 * @param records - the orders and offers ({@link OrdersPerOfferRecords}), arrays or tables
 * @param options - period, `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link OrdersPerOfferOptions})
 * @returns the {@link OrdersPerOfferResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone or scope, or records that are not
 *   arrays or tables of their kind
 * @throws {@link MixedCurrencyError} when the counted orders and offers are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a counted record's date
 * @example
 * ```ts
 * const at = (text: string) => new Date(text);
 * const order = (id: string, amount: string): Order => ({ id, date: at("2026-03-10T00:00:00Z"), amount: toDecimal(amount),
 *   currency: "EUR", sellerId: "ann", customerId: "c1" });
 * const offer = (id: string, amount: string): Offer => ({ id, ownerId: "ann", customerId: "c1", issuedAt: at("2026-03-03T00:00:00Z"),
 *   amount: toDecimal(amount), currency: "EUR", status: "pending" });
 * const r = ordersPerOffer({ orders: [order("o1", "5000"), order("o2", "1000")],
 *   offers: [offer("q1", "6000"), offer("q2", "4000"), offer("q3", "2000"), offer("q4", "8000")] },
 *   { period: { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") } });
 * r.ratioByCount.value?.toString(); //=> "0.5"   (2 orders / 4 offers)
 * r.ratioByValue.value?.toString(); //=> "0.3"   (6000 / 20000)
 * r.currency;                       //=> "EUR"
 * ```
 * @category Sales flow
 */
export function ordersPerOffer(records: OrdersPerOfferRecords, options: OrdersPerOfferOptions): OrdersPerOfferResult {
  return ordersPerOfferOf(tableRunner(tablesOf(records, ["orders", "offers"])), options);
}

/** Options of {@link ordersPerOfferGrouped}. @category Sales flow */
export type OrdersPerOfferGroupedOptions = Omit<OrdersPerOfferOptions, "scope"> & SalesFlowGroupedOptions;

/** The result of {@link ordersPerOfferGrouped}. @category Sales flow */
export type OrdersPerOfferGroupedResult = SalesFlowGroupedResult<"orders-per-offer", OrdersPerOfferResult>;

/**
 * zod schema of an {@link OrdersPerOfferGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = ordersPerOfferGrouped({ orders: [], offers: [] }, { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(OrdersPerOfferGroupedResultSchema, JSON.stringify(grouped)).groups[0]?.key; //=> "ann"
 * ```
 * @category Sales flow
 */
export const OrdersPerOfferGroupedResultSchema: z.ZodType<OrdersPerOfferGroupedResult> = groupedJsonSchema(
  "orders-per-offer",
  OrdersPerOfferResultSchema,
);

/**
 * Orders per offer (commandes / offres faites, indicator 12) per seller or per team: one
 * {@link ordersPerOffer} per group, each with the group's scope, all in one currency.
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, then the owners of the offers and
 * the sellers of the orders counted (settled detail 15); per group, the formulas of
 * {@link ordersPerOffer}.
 *
 * @param records - the orders and offers ({@link OrdersPerOfferRecords})
 * @param options - the options of {@link ordersPerOffer} (without `scope`) and `groupBy`
 * @returns the {@link OrdersPerOfferGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or
 *   anything {@link ordersPerOffer} rejects
 * @throws {@link MixedCurrencyError} when the counted records are in several currencies and no exchange rates are given
 * @example
 * ```ts
 * const order: Order = { id: "o1", date: new Date("2026-03-10T00:00:00Z"), amount: toDecimal(500), currency: "EUR", sellerId: "bob", customerId: "c1" };
 * const offer = (id: string, ownerId: string): Offer => ({ id, ownerId, customerId: "c1", issuedAt: new Date("2026-03-03T00:00:00Z"),
 *   amount: toDecimal(1000), currency: "EUR", status: "pending" });
 * const grouped = ordersPerOfferGrouped({ orders: [order], offers: [offer("q1", "ann"), offer("q2", "bob")] },
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * grouped.groups.map((g) => [g.key, g.result.ratioByCount.value?.toString()]); //=> [["ann", "0"], ["bob", "1"]]
 * ```
 * @category Sales flow
 */
export function ordersPerOfferGrouped(
  records: OrdersPerOfferRecords,
  options: OrdersPerOfferGroupedOptions,
): OrdersPerOfferGroupedResult {
  return ordersPerOfferGroupedOf(tableRunner(tablesOf(records, ["orders", "offers"])), options);
}
