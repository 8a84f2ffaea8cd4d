import type * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { customerRevenueOf } from "./_customerRevenueFigures.js";
import { newVsExistingRevenueResultObject } from "./_customerJson.js";
import type { CustomerIndicatorOptions, NewVsExistingRevenueResult } from "./customerTypes.js";

export type { CustomerShareReason, NewVsExistingRevenueResult } from "./customerTypes.js";

/**
 * zod schema of a {@link NewVsExistingRevenueResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(NewVsExistingRevenueResultSchema, text)`.
 *
 * @example
 * ```ts
 * const { orders } = generateSampleDataset();
 * const result = newVsExistingRevenue(orders, { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * const back = resultFromJSON(NewVsExistingRevenueResultSchema, JSON.stringify(result));
 * back.existingCustomers.revenue.equals(result.existingCustomers.revenue); //=> true
 * JSON.stringify(back) === JSON.stringify(result); //=> true
 * ```
 * @category Indicators
 */
export const NewVsExistingRevenueResultSchema: z.ZodType<NewVsExistingRevenueResult> = newVsExistingRevenueResultObject;

/**
 * New versus existing customer revenue (spec section 4): the period's revenue from customers won
 * in the period against the revenue from customers the company already had, with the customer
 * counts. It is the same computation as {@link newCustomerRevenue} (tarif nouveau client), read
 * for both segments.
 *
 * Formula: for the scope's orders dated in `[start, min(end, asOf))`, each customer is new when its
 * first order over ALL the orders given (every owner, any date) is dated in the period, existing
 * otherwise. `newCustomers` and `existingCustomers`: customer count, order count and revenue
 * (exact sums, credit notes negative); `realized` = every order of the window (new + existing +
 * without customer); `newShare` = new revenue / (new + existing revenue), `existingShare` =
 * existing revenue / (new + existing revenue), `null` with `no-customer-revenue` when that sum is 0.
 *
 * Interpretation: the definitions of {@link newCustomerRevenue} (a new customer's revenue is all
 * its orders of the period; newness is company-wide; the full order history must be given, else
 * `history-starts-in-period`; orders without a customer in `withoutCustomer`, never in a segment).
 * This is Glew's published reading: a new customer's first purchase is in the timeframe, a repeat
 * customer bought in the timeframe with a first purchase before it, and no customer is both.
 * Interpretation: the shares are over the revenue of orders that name a customer, so they add up
 * to 1; orders without a customer cannot be classified and are left out of both (they are in
 * `realized`).
 *
 * @param orders - every order given (domain records), or its table (`orderTable(orders)`): the full history
 * @param options - period, `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link CustomerIndicatorOptions})
 * @returns the {@link NewVsExistingRevenueResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, scope or `explain`, or
 *   `orders` neither an array nor an order table
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force at a summed order's date
 * @example
 * ```ts
 * const order = (id: string, customerId: string, date: string, amount: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ann", customerId });
 * const orders = [
 *   order("o1", "acme", "2025-11-10T00:00:00Z", "900"),
 *   order("o2", "acme", "2026-03-05T00:00:00Z", "600"),  // existing: acme first ordered in November
 *   order("o3", "bolt", "2026-03-10T00:00:00Z", "1000"), // new
 *   order("o4", "bolt", "2026-03-20T00:00:00Z", "400"),  // new: bolt's second order of the period
 * ];
 * const r = newVsExistingRevenue(orders, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * [r.newCustomers.revenue.toString(), r.existingCustomers.revenue.toString(), r.realized.toString()]; //=> ["1400", "600", "2000"]
 * r.newShare.value?.toString(); //=> "0.7"   (1400 / 2000)
 * [r.newCustomers.customerCount, r.existingCustomers.customerCount]; //=> [1, 1]
 * ```
 * @category Indicators
 */
export function newVsExistingRevenue(
  orders: readonly Order[] | OrderTable,
  options: CustomerIndicatorOptions,
): NewVsExistingRevenueResult {
  const table = orderColumnsOf(orders, "orders");
  return customerRevenueOf(tableRunner({ orders: table }), options, "new-vs-existing-revenue");
}
