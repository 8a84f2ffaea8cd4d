import type * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { customerRevenueOf } from "./_customerRevenueFigures.js";
import { newCustomerRevenueResultObject } from "./_customerJson.js";
import type { CustomerIndicatorOptions, NewCustomerRevenueResult } from "./customerTypes.js";

export { CUSTOMER_REVENUE_WARNING_CODES } from "./customerTypes.js";
export type {
  CustomerIndicatorOptions,
  CustomerRevenueEnvelope,
  CustomerRevenueExplain,
  CustomerRevenueWarningCode,
  CustomerSegment,
  NewCustomerRevenueReason,
  NewCustomerRevenueResult,
} from "./customerTypes.js";

/**
 * zod schema of a {@link NewCustomerRevenueResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(NewCustomerRevenueResultSchema, text)`.
 *
 * @example
 * ```ts
 * const { orders } = generateSampleDataset();
 * const result = newCustomerRevenue(orders, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * const back = resultFromJSON(NewCustomerRevenueResultSchema, JSON.stringify(result));
 * back.newCustomers.revenue.equals(result.newCustomers.revenue); //=> true
 * JSON.stringify(back) === JSON.stringify(result); //=> true
 * ```
 * @category Indicators
 */
export const NewCustomerRevenueResultSchema: z.ZodType<NewCustomerRevenueResult> = newCustomerRevenueResultObject;

/**
 * New customer revenue (tarif nouveau client, the article's operational indicator 10): the mean
 * revenue a new customer brings in its first period.
 *
 * Formula: a customer is new in the period when its first order, over ALL the orders given (every
 * owner, any date), is dated in `[start, end)`. For the scope's orders dated in
 * `[start, min(end, asOf))`: `newCustomers` = the new customers among them (count), their orders
 * (count) and their revenue (exact sum, credit notes negative);
 * `meanRevenuePerNewCustomer` = revenue / count, `null` with `no-new-customers` when there is none.
 *
 * Interpretation: the article's "tarif nouveau client" is read as the mean revenue per new
 * customer (spec section 3, row 10).
 * Interpretation: a new customer's revenue is ALL its orders of the period, not its first order
 * only: what a new account brought in its first period is what a sales director weighs against
 * the cost of winning it (Glew's "new customers" count every purchase of the timeframe).
 * Interpretation: newness is company-wide: with a seller or team scope, the scope's revenue from
 * customers new to the company is measured (a customer who bought from another seller before is
 * not new).
 * Interpretation: the caller must pass the full order history (every order since the customer
 * base began), not only the period's orders; when the earliest order given is inside the period,
 * every customer looks new and the result warns `history-starts-in-period`.
 * Interpretation: an order without a customer (records built by hand) is neither new nor
 * existing: counted in `withoutCustomer`, with the warning `orders-without-customer`.
 * Interpretation: every order record counts, credit notes included (a credit note is dated, so it
 * may even be a customer's first record).
 *
 * @param orders - every order given (domain records), or its table (`orderTable(orders)`): the full history
 * @param options - period, `asOf`, scope, roster, zone, currency or exchange rates, explain ({@link CustomerIndicatorOptions})
 * @returns the {@link NewCustomerRevenueResult}
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
 *   order("o1", "acme", "2025-11-10T00:00:00Z", "900"),  // acme ordered before March: existing
 *   order("o2", "acme", "2026-03-05T00:00:00Z", "400"),
 *   order("o3", "bolt", "2026-03-10T00:00:00Z", "1000"), // bolt's first order: new in March
 *   order("o4", "bolt", "2026-03-20T00:00:00Z", "500"),  // counts too: all of a new customer's orders of the period
 *   order("o5", "cora", "2026-03-25T00:00:00Z", "300"),  // new
 * ];
 * const r = newCustomerRevenue(orders, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * r.newCustomers; //=> { customerCount: 2, orderCount: 3, revenue: Decimal("1800") }
 * r.meanRevenuePerNewCustomer.value?.toString(); //=> "900"   (1800 / 2)
 * r.warnings; //=> []
 * ```
 * @category Indicators
 */
export function newCustomerRevenue(
  orders: readonly Order[] | OrderTable,
  options: CustomerIndicatorOptions,
): NewCustomerRevenueResult {
  const table = orderColumnsOf(orders, "orders");
  return customerRevenueOf(tableRunner({ orders: table }), options, "new-customer-revenue");
}
