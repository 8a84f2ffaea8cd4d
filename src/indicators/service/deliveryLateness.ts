import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import { InstantJsonSchema, PeriodJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkDurationOptions } from "./_serviceSettings.js";
import { deliveryLatenessOf } from "./_deliveryLateness.js";
import { DurationStatsJsonSchema } from "./serviceTypes.js";
import {
  DELIVERY_LATENESS_WARNING_CODES,
  type DeliveryLatenessOptions,
  type DeliveryLatenessResult,
} from "./deliveryLatenessTypes.js";

export { DELIVERY_LATENESS_WARNING_CODES } from "./deliveryLatenessTypes.js";
export type {
  DeliveryLatenessExplain,
  DeliveryLatenessOptions,
  DeliveryLatenessResult,
  DeliveryLatenessWarningCode,
  OverdueDeliveries,
} from "./deliveryLatenessTypes.js";

/**
 * zod schema of a {@link DeliveryLatenessResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(DeliveryLatenessResultSchema, text)`.
 *
 * @example
 * ```ts
 * const delivery: Delivery = { id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-02T00:00:00Z"),
 *   deliveredAt: new Date("2026-03-05T12:00:00Z") };
 * const result = deliveryLateness([delivery], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(DeliveryLatenessResultSchema, JSON.stringify(result)).lateness.mean?.toString(); //=> "3.5"
 * ```
 * @category Service
 */
export const DeliveryLatenessResultSchema: z.ZodType<DeliveryLatenessResult> = z.object({
  indicator: z.literal("delivery-lateness"),
  unit: z.literal("duration"),
  durationUnit: z.enum(["hours", "days"]),
  dayCount: z.enum(["calendar", "business"]),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  delivered: z.number().int().nonnegative(),
  lateness: DurationStatsJsonSchema,
  lateShare: ratioJsonSchema(["no-deliveries"]),
  overdue: z.object({ count: z.number().int().nonnegative(), age: DurationStatsJsonSchema }),
  warnings: z.array(z.object({ code: z.enum(DELIVERY_LATENESS_WARNING_CODES), message: z.string() })),
  explain: z.object({ lateIds: z.array(z.string()), overdueIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Delivery lateness (retard de mise à disposition du client, indicator 17): how late the
 * deliveries of the period were against what the customer was promised, and which promised ones
 * are still waiting.
 *
 * Formula, with durations in `unit` (hours or days, default days) counted in calendar or business
 * days of the reporting zone (`dayCount`, default calendar):
 * - over the deliveries with `deliveredAt` in `[period start, cut)`, where cut = `min(period end,
 *   asOf)`: lateness = `max(0, deliveredAt - promisedAt)` each (an early or on-time delivery counts
 *   0); `lateness` gives its mean and median (an even count takes the mean of the two middle values)
 *   and the count; `lateShare` = deliveries delivered strictly after their promise / deliveries
 *   delivered (`null` with `no-deliveries`);
 * - `overdue`: the deliveries promised before the cut and not delivered by it, aged
 *   `cut - promisedAt` (count, mean and median age); the result warns `overdue-deliveries`.
 *
 * Interpretation: the overdue backlog takes every delivery promised before the cut and still
 * undelivered at it, whenever it was promised (a delivery promised before the period and still
 * waiting is still late); it is never mixed into the lateness of the delivered ones, whose figure
 * would otherwise depend on when one looks.
 * Interpretation: the mean lateness is over every delivered delivery (on time as 0), so it reads
 * as "days late per delivery"; the late ones alone are `lateShare`'s numerator.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param options - period, `asOf`, zone, `unit`, `dayCount`, explain ({@link DeliveryLatenessOptions})
 * @returns the {@link DeliveryLatenessResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, zone, unit or day count
 * @example
 * ```ts
 * const delivery = (id: string, promisedAt: string, deliveredAt?: string): Delivery => ({ id, orderId: `o-${id}`, customerId: "c1",
 *   promisedAt: new Date(promisedAt), ...(deliveredAt ? { deliveredAt: new Date(deliveredAt) } : {}) });
 * const r = deliveryLateness([
 *   delivery("l1", "2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z"), // early: 0
 *   delivery("l2", "2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z"), // 2 days late
 *   delivery("l3", "2026-03-10T00:00:00Z", "2026-03-16T00:00:00Z"), // 6 days late
 *   delivery("l4", "2026-03-20T00:00:00Z"),                         // still waiting
 *   delivery("l5", "2026-03-12T00:00:00Z", "2026-03-12T00:00:00Z"), // on time: 0
 * ], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, asOf: new Date("2026-03-25T00:00:00Z") });
 * r.lateness;                 //=> { count: 4, mean: Decimal("2"), median: Decimal("1"), reason: null }   (0, 0, 2, 6)
 * r.lateShare.value?.toString(); //=> "0.5"   (2 of 4)
 * r.overdue;                  //=> { count: 1, age: { count: 1, mean: Decimal("5"), median: Decimal("5"), reason: null } }
 * ```
 * @category Service
 */
export function deliveryLateness(
  deliveries: readonly Delivery[] | DeliveryTable,
  options: DeliveryLatenessOptions,
): DeliveryLatenessResult {
  const settings = checkDurationOptions(options);
  return deliveryLatenessOf(
    tableRunner({ deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries") }),
    settings,
  );
}
