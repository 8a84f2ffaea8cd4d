import * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { renewalRateOf } from "./_renewalRateFigures.js";
import { renewalRateResultObject } from "./_customerJson.js";
import type { RenewalRateOptions, RenewalRateResult } from "./renewalRateTypes.js";

export { RENEWAL_RATE_WARNING_CODES } from "./renewalRateTypes.js";
export type {
  PreviousPeriodBasis,
  RenewalRateExplain,
  RenewalRateOptions,
  RenewalRateReason,
  RenewalRateResult,
  RenewalRateWarningCode,
} from "./renewalRateTypes.js";

/**
 * zod schema of a {@link RenewalRateResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(RenewalRateResultSchema, text)`.
 *
 * @example
 * ```ts
 * const { orders } = generateSampleDataset();
 * const result = renewalRate(orders, { period: { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") } });
 * const back = resultFromJSON(RenewalRateResultSchema, JSON.stringify(result));
 * back.previousPeriod.start; //=> 2026-01-01T00:00:00.000Z
 * JSON.stringify(back) === JSON.stringify(result); //=> true
 * ```
 * @category Indicators
 */
export const RenewalRateResultSchema: z.ZodType<RenewalRateResult> = renewalRateResultObject;

/**
 * Customer renewal rate (taux de renouvellement des commandes clients, the article's operational
 * indicator 11): the share of the previous period's customers who ordered again in this one.
 *
 * Formula: previous customers = distinct customers with an order of the scope dated in the
 * previous period; renewed = those of them with an order of the scope dated in
 * `[start, min(end, asOf))`; `rate` = renewed / previous customers, `null` with
 * `no-previous-customers` when there were none. Also `lostCustomers` (previous, not renewed) and
 * `currentCustomers` (every customer of the period, renewed or new).
 *
 * Interpretation (equal-length periods): the previous period is the one just before, of the same
 * calendar length in the reporting zone, not of the same number of milliseconds: a period from a
 * local midnight on a 1st of a month to another is compared with as many calendar months before
 * (March with February's 28 days, a fiscal quarter with the previous fiscal quarter, a year with
 * the previous year); a period of whole days with as many calendar days before (a week with the
 * previous week across a DST change); any other range with the same wall-clock length before.
 * The result says which (`previousBasis`); a caller may give its own `previousPeriod`.
 * Interpretation: a renewal is read within the scope: a seller's renewal rate counts the customers
 * that seller served in the previous period and that ordered from that seller again.
 * Interpretation: every order record counts as an order, credit notes included (pass the orders
 * without credit notes to leave them out).
 * Interpretation: orders at or after `asOf` do not count, in either period (settled detail 3);
 * mid-period the rate is to date and the result warns `partial-period`; with `asOf` at or before
 * the period's start nobody could have renewed yet, and the rate is `null` with `not-started`.
 * Interpretation: orders without a customer renew nothing: counted in `withoutCustomer`, with the
 * warning `orders-without-customer`.
 *
 * @param orders - the orders (domain records), or their table (`orderTable(orders)`)
 * @param options - period, optional `previousPeriod`, `asOf`, scope, roster, zone, explain ({@link RenewalRateOptions})
 * @returns the {@link RenewalRateResult}
 * @throws {@link InvalidArgumentError} for an invalid period, previous period (or one ending after
 *   the period starts), `asOf`, zone, scope or `explain`, or `orders` neither an array nor an order table
 * @example
 * ```ts
 * const order = (id: string, customerId: string, date: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal("100"), currency: "EUR", sellerId: "ann", customerId });
 * const orders = [
 *   order("o1", "acme", "2026-02-03T00:00:00Z"), order("o2", "bolt", "2026-02-10T00:00:00Z"),
 *   order("o3", "cora", "2026-02-27T00:00:00Z"), order("o4", "dune", "2026-02-28T00:00:00Z"),
 *   order("o5", "acme", "2026-03-04T00:00:00Z"), order("o6", "cora", "2026-03-30T00:00:00Z"),
 *   order("o7", "echo", "2026-03-12T00:00:00Z"), // new in March: not a renewal
 * ];
 * const r = renewalRate(orders, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * [r.previousBasis, r.previousPeriod.start]; //=> ["months", 2026-02-01T00:00:00.000Z]   (February, 28 days)
 * [r.previousCustomers, r.renewedCustomers, r.lostCustomers, r.currentCustomers]; //=> [4, 2, 2, 3]
 * r.rate.value?.toString(); //=> "0.5"   (acme and cora of 4)
 * ```
 * @category Indicators
 */
export function renewalRate(orders: readonly Order[] | OrderTable, options: RenewalRateOptions): RenewalRateResult {
  const table = orderColumnsOf(orders, "orders");
  return renewalRateOf(tableRunner({ orders: table }), options);
}
