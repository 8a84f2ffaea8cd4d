import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { Order } from "../../model/types.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { nonConformingDeliveriesGroupedOf } from "./_nonConformingDeliveries.js";
import { groupLayoutOf } from "./_deliveryForms.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- nonConformingDeliveries is named by {@link nonConformingDeliveries} in the TSDoc
import { nonConformingDeliveries, NonConformingDeliveriesResultSchema } from "./nonConformingDeliveries.js";
import type { NonConformingDeliveriesOptions, NonConformingDeliveriesResult } from "./nonConformingDeliveriesTypes.js";
import type { DeliveryGroupedOptions, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

/** Options of {@link nonConformingDeliveriesGrouped}: those of {@link nonConformingDeliveries}, `groupBy` and the roster. @category Service */
export type NonConformingDeliveriesGroupedOptions = DeliveryGroupedOptions<NonConformingDeliveriesOptions>;

/** The result of {@link nonConformingDeliveriesGrouped}. @category Service */
export type NonConformingDeliveriesGroupedResult = DeliveryGroupedResult<
  "non-conforming-deliveries",
  NonConformingDeliveriesResult
>;

/**
 * zod schema of a {@link NonConformingDeliveriesGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = nonConformingDeliveriesGrouped([], [], { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(NonConformingDeliveriesGroupedResultSchema, JSON.stringify(grouped)).groups.map((g) => [g.key, g.result.delivered]); //=> [["ann", 0]]
 * ```
 * @category Service
 */
export const NonConformingDeliveriesGroupedResultSchema: z.ZodType<NonConformingDeliveriesGroupedResult> = z.object({
  indicator: z.literal("non-conforming-deliveries"),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: NonConformingDeliveriesResultSchema })),
  total: NonConformingDeliveriesResultSchema,
  ungrouped: z.number().int().nonnegative(),
});

/**
 * Non-conforming deliveries (livraisons non conformes à la demande, indicator 20) per seller or
 * per team: one {@link nonConformingDeliveries} per group, over the deliveries of the group's orders.
 *
 * Formula: a delivery's seller is its order's (`orderId` joined to the orders given); groups =
 * the roster's sellers (or teams) with zeros, then the sellers (or teams) of the deliveries'
 * orders, by first appearance; per group, the formulas of {@link nonConformingDeliveries}
 * (`share` = non-conforming / delivered, counts by verdict, reasons); `total` is
 * {@link nonConformingDeliveries} over every delivery; `ungrouped` = deliveries delivered in the
 * period that are in no group.
 *
 * Interpretation: a delivery names no seller; the seller answerable for it is the one who took its
 * order. A delivery whose order is not among the orders given, or (by team) whose seller is in no
 * team, is in no group: counted in `total` and in `ungrouped`, never dropped.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param orders - the orders the deliveries name, or their table (`orderTable`): they give each delivery its seller
 * @param options - the options of {@link nonConformingDeliveries}, `groupBy` and `sellers` ({@link NonConformingDeliveriesGroupedOptions})
 * @returns the {@link NonConformingDeliveriesGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, an
 *   invalid roster, or anything {@link nonConformingDeliveries} rejects
 * @example
 * ```ts
 * const order = (id: string, sellerId: string): Order =>
 *   ({ id, date: new Date("2026-02-20T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId, customerId: "c1" });
 * const delivery = (id: string, orderId: string, conforming: boolean): Delivery => ({ id, orderId, customerId: "c1",
 *   promisedAt: new Date("2026-03-02T00:00:00Z"), deliveredAt: new Date("2026-03-04T00:00:00Z"), conforming });
 * const grouped = nonConformingDeliveriesGrouped(
 *   [delivery("l1", "o1", false), delivery("l2", "o1", true), delivery("l3", "o2", true), delivery("l4", "o9", false)],
 *   [order("o1", "ann"), order("o2", "bob")],
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * grouped.groups.map((g) => [g.key, g.result.share.value?.toString()]); //=> [["ann", "0.5"], ["bob", "0"]]
 * [grouped.total.delivered, grouped.ungrouped]; //=> [4, 1]   (l4's order is not given)
 * ```
 * @category Service
 */
export function nonConformingDeliveriesGrouped(
  deliveries: readonly Delivery[] | DeliveryTable,
  orders: readonly Order[] | OrderTable,
  options: NonConformingDeliveriesGroupedOptions,
): NonConformingDeliveriesGroupedResult {
  const settings = checkServiceOptions(options);
  const run = tableRunner({
    deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries"),
    orders: orderColumnsOf(orders, "orders"),
  });
  return nonConformingDeliveriesGroupedOf(run, settings, groupLayoutOf(run, options));
}
