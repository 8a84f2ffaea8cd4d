import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import type { Order } from "../../model/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import { CountJsonSchema, InstantJsonSchema, PeriodJsonSchema } from "../../model/resultJson.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkDurationOptions } from "./_serviceSettings.js";
import { deliveryLeadTimeOf } from "./_deliveryLeadTime.js";
import { DurationStatsJsonSchema } from "./serviceTypes.js";
import {
  DELIVERY_LEAD_TIME_WARNING_CODES,
  type DeliveryLeadTimeOptions,
  type DeliveryLeadTimeResult,
} from "./deliveryLeadTimeTypes.js";

export { DELIVERY_LEAD_TIME_WARNING_CODES } from "./deliveryLeadTimeTypes.js";
export type {
  DeliveryLeadTimeExplain,
  DeliveryLeadTimeOptions,
  DeliveryLeadTimeResult,
  DeliveryLeadTimeWarningCode,
  OpenDeliveries,
} from "./deliveryLeadTimeTypes.js";

const ids = z.array(z.string());

/**
 * zod schema of a {@link DeliveryLeadTimeResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(DeliveryLeadTimeResultSchema, text)`.
 *
 * @example
 * ```ts
 * const order: Order = { id: "o1", date: new Date("2026-03-02T00:00:00Z"), amount: toDecimal("100"), currency: "EUR", sellerId: "ann", customerId: "c1" };
 * const delivery: Delivery = { id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-09T00:00:00Z"),
 *   deliveredAt: new Date("2026-03-06T00:00:00Z") };
 * const result = deliveryLeadTime([delivery], [order], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DeliveryLeadTimeResultSchema, JSON.stringify(result)).leadTime.median?.toString(); //=> "4"
 * ```
 * @category Service
 */
export const DeliveryLeadTimeResultSchema: z.ZodType<DeliveryLeadTimeResult> = z.object({
  indicator: z.literal("delivery-lead-time"),
  unit: z.literal("duration"),
  durationUnit: z.enum(["hours", "days"]),
  dayCount: z.enum(["calendar", "business"]),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  delivered: CountJsonSchema,
  leadTime: DurationStatsJsonSchema,
  open: z.object({ count: CountJsonSchema, age: DurationStatsJsonSchema }),
  orderMissing: CountJsonSchema,
  deliveredBeforeOrder: CountJsonSchema,
  warnings: z.array(z.object({ code: z.enum(DELIVERY_LEAD_TIME_WARNING_CODES), message: z.string() })),
  explain: z
    .object({ deliveryIds: ids, openIds: ids, orderMissingIds: ids, deliveredBeforeOrderIds: ids })
    .exactOptional(),
});

/**
 * Delivery lead time (délai de livraison du client, indicator 22): how long customers wait from
 * their order to its delivery.
 *
 * Formula, with durations in `unit` (hours or days, default days) counted in calendar or business
 * days of the reporting zone (`dayCount`, default calendar), and cut = `min(period end, asOf)`:
 * - each delivery with `deliveredAt` in `[period start, cut)` is joined to its order by `orderId`
 *   (the order's `date`); lead time = `deliveredAt - order date`; `leadTime` gives the count, mean
 *   and median (an even count takes the mean of the two middle values);
 * - `open`: deliveries not delivered by the cut whose order is dated before it, aged
 *   `cut - order date` (count, mean and median age); warning `open-deliveries`.
 *
 * Interpretation: a delivery whose order is not among the orders given has no lead time: it is
 * left out of the figures, counted in `orderMissing` (delivered in the period or open) and the
 * result warns `order-missing`; never dropped silently. Pass every order the deliveries name,
 * whatever its date (the join reads orders of any date).
 * Interpretation: a delivery dated before its order's date breaks the rule "delivered on or after
 * the order" (a rule between two records that no row schema can check): it is left out of the
 * figures, counted in `deliveredBeforeOrder`, and the result warns `delivered-before-order`.
 * Interpretation: several deliveries of one order (partial deliveries) each have their own lead
 * time from the same order date.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param orders - the orders the deliveries name, or their table (`orderTable`)
 * @param options - period, `asOf`, zone, `unit`, `dayCount`, explain ({@link DeliveryLeadTimeOptions})
 * @returns the {@link DeliveryLeadTimeResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, unit or day count
 * @example
 * ```ts
 * const order = (id: string, date: string): Order => ({ id, date: new Date(date), amount: toDecimal("100"), currency: "EUR", sellerId: "ann", customerId: "c1" });
 * const delivery = (id: string, orderId: string, deliveredAt?: string): Delivery => ({ id, orderId, customerId: "c1",
 *   promisedAt: new Date("2026-03-20T00:00:00Z"), ...(deliveredAt ? { deliveredAt: new Date(deliveredAt) } : {}) });
 * const orders = [order("o1", "2026-03-02T00:00:00Z"), order("o2", "2026-03-04T00:00:00Z"), order("o3", "2026-03-10T00:00:00Z")];
 * const r = deliveryLeadTime([
 *   delivery("l1", "o1", "2026-03-05T00:00:00Z"), // 3 days
 *   delivery("l2", "o2", "2026-03-14T00:00:00Z"), // 10 days
 *   delivery("l3", "o9", "2026-03-15T00:00:00Z"), // order not given
 *   delivery("l4", "o3"),                         // open since 10 March
 * ], orders, { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, asOf: new Date("2026-03-25T00:00:00Z") });
 * r.leadTime; //=> { count: 2, mean: Decimal("6.5"), median: Decimal("6.5"), reason: null }
 * r.open;     //=> { count: 1, age: { count: 1, mean: Decimal("15"), median: Decimal("15"), reason: null } }
 * [r.delivered, r.orderMissing, r.warnings.map((w) => w.code)]; //=> [3, 1, ["order-missing", "open-deliveries"]]
 * ```
 * @category Service
 */
export function deliveryLeadTime(
  deliveries: readonly Delivery[] | DeliveryTable,
  orders: readonly Order[] | OrderTable,
  options: DeliveryLeadTimeOptions,
): DeliveryLeadTimeResult {
  const settings = checkDurationOptions(options);
  const run = tableRunner({
    deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries"),
    orders: orderColumnsOf(orders, "orders"),
  });
  return deliveryLeadTimeOf(run, settings);
}
