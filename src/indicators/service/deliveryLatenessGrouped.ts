import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { Order } from "../../model/types.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkDurationOptions } from "./_serviceSettings.js";
import { deliveryLatenessGroupedOf } from "./_deliveryLateness.js";
import { groupLayoutOf } from "./_deliveryForms.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- deliveryLateness is named by {@link deliveryLateness} in the TSDoc
import { deliveryLateness, DeliveryLatenessResultSchema } from "./deliveryLateness.js";
import type { DeliveryLatenessOptions, DeliveryLatenessResult } from "./deliveryLatenessTypes.js";
import type { DeliveryGroupedOptions, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

/** Options of {@link deliveryLatenessGrouped}: those of {@link deliveryLateness}, `groupBy` and the roster. @category Service */
export type DeliveryLatenessGroupedOptions = DeliveryGroupedOptions<DeliveryLatenessOptions>;

/** The result of {@link deliveryLatenessGrouped}. @category Service */
export type DeliveryLatenessGroupedResult = DeliveryGroupedResult<"delivery-lateness", DeliveryLatenessResult>;

/**
 * zod schema of a {@link DeliveryLatenessGroupedResult} as `JSON.stringify` writes it.
 *
 * @example
 * ```ts
 * const grouped = deliveryLatenessGrouped([], [], { groupBy: "seller", sellers: [{ id: "ann" }],
 *   period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DeliveryLatenessGroupedResultSchema, JSON.stringify(grouped)).groups.map((g) => [g.key, g.result.delivered]); //=> [["ann", 0]]
 * ```
 * @category Service
 */
export const DeliveryLatenessGroupedResultSchema: z.ZodType<DeliveryLatenessGroupedResult> = z.object({
  indicator: z.literal("delivery-lateness"),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: DeliveryLatenessResultSchema })),
  total: DeliveryLatenessResultSchema,
  ungrouped: z.number().int().nonnegative(),
});

/**
 * Delivery lateness (retard de mise à disposition du client, indicator 17) per seller or per
 * team: one {@link deliveryLateness} per group, over the deliveries of the group's orders.
 *
 * Formula: a delivery's seller is its order's (`orderId` joined to the orders given); groups =
 * the roster's sellers (or teams) with zeros, then the sellers (or teams) of the deliveries'
 * orders, by first appearance; per group, the formulas of {@link deliveryLateness} (lateness,
 * `lateShare`, overdue backlog at the cut); `total` is {@link deliveryLateness} over every
 * delivery; `ungrouped` = deliveries in `total`'s figures (delivered in the period, or overdue)
 * that are in no group.
 *
 * Interpretation: a delivery names no seller; the seller answerable for it is the one who took its
 * order. A delivery whose order is not among the orders given, or (by team) whose seller is in no
 * team, is in no group: counted in `total` and in `ungrouped`, never dropped.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param orders - the orders the deliveries name, or their table (`orderTable`): they give each delivery its seller
 * @param options - the options of {@link deliveryLateness}, `groupBy` and `sellers` ({@link DeliveryLatenessGroupedOptions})
 * @returns the {@link DeliveryLatenessGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, an
 *   invalid roster, or anything {@link deliveryLateness} rejects
 * @example
 * ```ts
 * const order = (id: string, sellerId: string): Order =>
 *   ({ id, date: new Date("2026-02-20T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId, customerId: "c1" });
 * const delivery = (id: string, orderId: string, delivered: string): Delivery => ({ id, orderId, customerId: "c1",
 *   promisedAt: new Date("2026-03-02T00:00:00Z"), deliveredAt: new Date(delivered) });
 * const grouped = deliveryLatenessGrouped(
 *   [delivery("l1", "o1", "2026-03-06T00:00:00Z"), delivery("l2", "o2", "2026-03-02T00:00:00Z"), delivery("l3", "o9", "2026-03-03T00:00:00Z")],
 *   [order("o1", "ann"), order("o2", "bob")],
 *   { groupBy: "seller", period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * grouped.groups.map((g) => [g.key, g.result.lateness.mean?.toString()]); //=> [["ann", "4"], ["bob", "0"]]
 * [grouped.total.delivered, grouped.ungrouped]; //=> [3, 1]   (l3's order is not given)
 * ```
 * @category Service
 */
export function deliveryLatenessGrouped(
  deliveries: readonly Delivery[] | DeliveryTable,
  orders: readonly Order[] | OrderTable,
  options: DeliveryLatenessGroupedOptions,
): DeliveryLatenessGroupedResult {
  const settings = checkDurationOptions(options);
  const run = tableRunner({
    deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries"),
    orders: orderColumnsOf(orders, "orders"),
  });
  return deliveryLatenessGroupedOf(run, settings, groupLayoutOf(run, options));
}
