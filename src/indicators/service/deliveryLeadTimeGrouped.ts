import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { Order } from "../../model/types.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkDurationOptions } from "./_serviceSettings.js";
import { deliveryLeadTimeGroupedOf } from "./_deliveryLeadTime.js";
import { groupLayoutOf } from "./_deliveryForms.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- deliveryLeadTime is named by {@link deliveryLeadTime} in the TSDoc
import { deliveryLeadTime, DeliveryLeadTimeResultSchema } from "./deliveryLeadTime.js";
import type { DeliveryLeadTimeOptions, DeliveryLeadTimeResult } from "./deliveryLeadTimeTypes.js";
import type { DeliveryGroupedOptions, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

/** Options of {@link deliveryLeadTimeGrouped}: those of {@link deliveryLeadTime}, `groupBy` and the roster. @category Service */
export type DeliveryLeadTimeGroupedOptions = DeliveryGroupedOptions<DeliveryLeadTimeOptions>;

/** The result of {@link deliveryLeadTimeGrouped}. @category Service */
export type DeliveryLeadTimeGroupedResult = DeliveryGroupedResult<"delivery-lead-time", DeliveryLeadTimeResult>;

/**
 * zod schema of a {@link DeliveryLeadTimeGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = deliveryLeadTimeGrouped([], [], { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DeliveryLeadTimeGroupedResultSchema, JSON.stringify(grouped)).groups.map((g) => [g.key, g.result.delivered]); //=> [["ann", 0]]
 * ```
 * @category Service
 */
export const DeliveryLeadTimeGroupedResultSchema: z.ZodType<DeliveryLeadTimeGroupedResult> = z.object({
  indicator: z.literal("delivery-lead-time"),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: DeliveryLeadTimeResultSchema })),
  total: DeliveryLeadTimeResultSchema,
  ungrouped: z.number().int().nonnegative(),
});

/**
 * Delivery lead time (délai de livraison du client, indicator 22) per seller or per team: one
 * {@link deliveryLeadTime} per group, over the deliveries of the group's orders.
 *
 * Formula: a delivery's seller is its order's (`orderId` joined to the orders given, which also
 * give the order's date); groups = the roster's sellers (or teams) with zeros, then the sellers
 * (or teams) of the deliveries' orders, by first appearance; per group, the formulas of
 * {@link deliveryLeadTime} (lead time from the order's date, open deliveries aged at the cut);
 * `total` is {@link deliveryLeadTime} over every delivery; `ungrouped` = deliveries delivered in
 * the period or open at the cut that are in no group (every delivery whose order is not given is
 * one of them).
 *
 * Interpretation: a delivery names no seller; the seller answerable for it is the one who took its
 * order. A delivery whose order is not among the orders given, or (by team) whose seller is in no
 * team, is in no group: counted in `total` and in `ungrouped`, never dropped.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param orders - the orders the deliveries name, or their table (`orderTable`): they give each delivery its seller
 * @param options - the options of {@link deliveryLeadTime}, `groupBy` and `sellers` ({@link DeliveryLeadTimeGroupedOptions})
 * @returns the {@link DeliveryLeadTimeGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, an
 *   invalid roster, or anything {@link deliveryLeadTime} rejects
 * @example
 * ```ts
 * const order = (id: string, sellerId: string): Order =>
 *   ({ id, date: new Date("2026-03-02T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId, customerId: "c1" });
 * const delivery = (id: string, orderId: string, delivered: string): Delivery => ({ id, orderId, customerId: "c1",
 *   promisedAt: new Date("2026-03-02T00:00:00Z"), deliveredAt: new Date(delivered) });
 * const grouped = deliveryLeadTimeGrouped(
 *   [delivery("l1", "o1", "2026-03-06T00:00:00Z"), delivery("l2", "o2", "2026-03-02T00:00:00Z"), delivery("l3", "o9", "2026-03-03T00:00:00Z")],
 *   [order("o1", "ann"), order("o2", "bob")],
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * grouped.groups.map((g) => [g.key, g.result.leadTime.mean?.toString()]); //=> [["ann", "4"], ["bob", "0"]]   (days from 2 March)
 * [grouped.total.delivered, grouped.ungrouped]; //=> [3, 1]   (l3's order is not given)
 * ```
 * @category Service
 */
export function deliveryLeadTimeGrouped(
  deliveries: readonly Delivery[] | DeliveryTable,
  orders: readonly Order[] | OrderTable,
  options: DeliveryLeadTimeGroupedOptions,
): DeliveryLeadTimeGroupedResult {
  const settings = checkDurationOptions(options);
  const run = tableRunner({
    deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries"),
    orders: orderColumnsOf(orders, "orders"),
  });
  return deliveryLeadTimeGroupedOf(run, settings, groupLayoutOf(run, options));
}
