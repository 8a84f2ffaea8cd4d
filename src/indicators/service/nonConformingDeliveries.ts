import * as z from "zod";
import type { Delivery } from "../../model/serviceTypes.js";
import type { DeliveryTable } from "../../table/serviceTables.js";
import { CountJsonSchema, InstantJsonSchema, PeriodJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { nonConformingDeliveriesOf } from "./_nonConformingDeliveries.js";
import type { NonConformingDeliveriesOptions, NonConformingDeliveriesResult } from "./nonConformingDeliveriesTypes.js";

export type {
  NonConformingDeliveriesExplain,
  NonConformingDeliveriesOptions,
  NonConformingDeliveriesResult,
  NonConformityByReason,
} from "./nonConformingDeliveriesTypes.js";

/**
 * zod schema of a {@link NonConformingDeliveriesResult} as `JSON.stringify` writes it; read a
 * result back with `resultFromJSON(NonConformingDeliveriesResultSchema, text)`.
 *
 * @example
 * ```ts
 * const delivery: Delivery = { id: "l1", orderId: "o1", customerId: "c1", promisedAt: new Date("2026-03-02T00:00:00Z"),
 *   deliveredAt: new Date("2026-03-03T00:00:00Z"), conforming: false, nonConformityReason: "damaged" };
 * const result = nonConformingDeliveries([delivery], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(NonConformingDeliveriesResultSchema, JSON.stringify(result)).share.value?.toString(); //=> "1"
 * ```
 * @category Service
 */
export const NonConformingDeliveriesResultSchema: z.ZodType<NonConformingDeliveriesResult> = z.object({
  indicator: z.literal("non-conforming-deliveries"),
  unit: z.literal("ratio"),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  delivered: CountJsonSchema,
  nonConforming: CountJsonSchema,
  conforming: CountJsonSchema,
  notAssessed: CountJsonSchema,
  share: ratioJsonSchema(["no-deliveries"]),
  byReason: z.array(z.object({ reason: z.string().nullable(), count: CountJsonSchema })),
  explain: z.object({ nonConformingIds: z.array(z.string()), notAssessedIds: z.array(z.string()) }).exactOptional(),
});

/**
 * Deliveries not conforming to the demand (livraisons non conformes à la demande, indicator 20):
 * how many deliveries of the period were marked non-conforming, their share, and why.
 *
 * Formula, over the deliveries with `deliveredAt` in `[period start, min(period end, asOf))`:
 * - `delivered` = their count; `nonConforming`, `conforming`, `notAssessed` = those marked
 *   `conforming: false`, `true`, or without a verdict (they add up to `delivered`);
 * - `share` = `nonConforming / delivered`; `null` with `no-deliveries` when nothing was delivered;
 * - `byReason`: the non-conforming ones by `nonConformityReason` (`null` when none was given).
 *
 * Interpretation: the share is over every delivery of the period, assessed or not ("marked
 * non-conforming" out of all deliveries): a delivery without a verdict is not counted as
 * non-conforming, and `notAssessed` says how many there are so a reader can judge the coverage.
 * Interpretation: a delivery belongs to the period of its `deliveredAt`; undelivered ones have no
 * verdict yet (the schema refuses one) and are not counted.
 *
 * @param deliveries - the deliveries (trusted, already parsed), or their table (`deliveryTable`)
 * @param options - period, `asOf`, zone, explain ({@link NonConformingDeliveriesOptions})
 * @returns the {@link NonConformingDeliveriesResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf` or zone
 * @example
 * ```ts
 * const delivery = (id: string, conforming?: boolean, nonConformityReason?: string): Delivery => ({
 *   id, orderId: `o-${id}`, customerId: "c1", promisedAt: new Date("2026-03-02T00:00:00Z"), deliveredAt: new Date("2026-03-03T00:00:00Z"),
 *   ...(conforming === undefined ? {} : { conforming }), ...(nonConformityReason ? { nonConformityReason } : {}) });
 * const r = nonConformingDeliveries([delivery("l1", true), delivery("l2", false, "damaged"), delivery("l3", false, "damaged"),
 *   delivery("l4", false), delivery("l5")], { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * [r.delivered, r.nonConforming, r.conforming, r.notAssessed]; //=> [5, 3, 1, 1]
 * r.share.value?.toString(); //=> "0.6"   (3 of 5)
 * r.byReason; //=> [{ reason: "damaged", count: 2 }, { reason: null, count: 1 }]
 * ```
 * @category Service
 */
export function nonConformingDeliveries(
  deliveries: readonly Delivery[] | DeliveryTable,
  options: NonConformingDeliveriesOptions,
): NonConformingDeliveriesResult {
  const settings = checkServiceOptions(options);
  return nonConformingDeliveriesOf(
    tableRunner({ deliveries: recordColumnsOf(deliveries, "deliveries", "deliveries") }),
    settings,
  );
}
