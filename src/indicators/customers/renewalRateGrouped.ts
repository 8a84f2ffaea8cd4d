import * as z from "zod";
import type { Order } from "../../model/types.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { renewalRateGroupedOf } from "./_renewalRateFigures.js";
import { renewalRateResultObject } from "./_customerJson.js";
import type { CustomerGroupedResult } from "./customerTypes.js";
import type { RenewalRateGroupedOptions, RenewalRateResult } from "./renewalRateTypes.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named by {@link renewalRate} in the TSDoc
import type { renewalRate } from "./renewalRate.js";

export type { RenewalRateGroupedOptions } from "./renewalRateTypes.js";

/** The result of {@link renewalRateGrouped}. @category Indicators */
export type RenewalRateGroupedResult = CustomerGroupedResult<"customer-renewal-rate", RenewalRateResult>;

/**
 * zod schema of a {@link RenewalRateGroupedResult} as `JSON.stringify` writes it, for `resultFromJSON`.
 *
 * @example
 * ```ts
 * const { orders, sellers } = generateSampleDataset();
 * const grouped = renewalRateGrouped(orders, { period: { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") }, groupBy: "seller", sellers });
 * const back = resultFromJSON(RenewalRateGroupedResultSchema, JSON.stringify(grouped));
 * JSON.stringify(back) === JSON.stringify(grouped); //=> true
 * ```
 * @category Indicators
 */
export const RenewalRateGroupedResultSchema: z.ZodType<RenewalRateGroupedResult> = z.object({
  indicator: z.literal("customer-renewal-rate"),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: renewalRateResultObject })),
});

/**
 * Customer renewal rate (taux de renouvellement des commandes clients) for every seller or every
 * team side by side: one {@link renewalRate} per group, each over the group's own orders of both
 * periods.
 *
 * Formula: groups = the roster's sellers (or teams), then the other owners of orders dated from the
 * previous period's start to `min(end, asOf)` (settled detail 15); per group, the formulas of
 * {@link renewalRate} over the group's orders, with the same previous period.
 *
 * Interpretation: a seller's renewal counts the customers that seller served in the previous
 * period and that ordered from that seller again; a customer who moved to a colleague is lost for
 * the first seller and new for the second.
 *
 * @param orders - the orders, or their table
 * @param options - the options of {@link renewalRate} (without `scope`) and `groupBy`
 * @returns the {@link RenewalRateGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, `"team"` without the roster, or any
 *   option {@link renewalRate} rejects
 * @example
 * ```ts
 * const order = (id: string, sellerId: string, customerId: string, date: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal("100"), currency: "EUR", sellerId, customerId });
 * const orders = [
 *   order("o1", "ann", "acme", "2026-02-03T00:00:00Z"), order("o2", "ann", "bolt", "2026-02-10T00:00:00Z"),
 *   order("o3", "ann", "acme", "2026-03-04T00:00:00Z"),
 *   order("o4", "bob", "cora", "2026-03-05T00:00:00Z"),
 * ];
 * const grouped = renewalRateGrouped(orders, {
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller",
 * });
 * grouped.groups.map((g) => [g.key, g.result.rate.value?.toString() ?? g.result.rate.reason]);
 * //=> [["ann", "0.5"], ["bob", "no-previous-customers"]]
 * ```
 * @category Indicators
 */
export function renewalRateGrouped(
  orders: readonly Order[] | OrderTable,
  options: RenewalRateGroupedOptions,
): RenewalRateGroupedResult {
  const table = orderColumnsOf(orders, "orders");
  return renewalRateGroupedOf(tableRunner({ orders: table }), options);
}
