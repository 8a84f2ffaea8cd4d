import * as z from "zod";
import { CountJsonSchema, ratioJsonSchema } from "../../model/resultJson.js";
import type { Activity } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { groupedOf } from "./_operationsCore.js";
import { serviceCancellationsOf } from "./_serviceCancellations.js";
import { bucketBoundsShape, explainSchema, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";
import type { ServiceCancellationsOptions, ServiceCancellationsResult } from "./serviceCancellationsTypes.js";

const figuresShape = {
  scheduled: CountJsonSchema,
  cancelled: CountJsonSchema,
  cancelledForService: CountJsonSchema,
  cancelledByCustomer: CountJsonSchema,
  cancelledOther: CountJsonSchema,
  cancelledWithoutCause: CountJsonSchema,
  serviceShare: ratioJsonSchema(["no-scheduled"]),
};

/**
 * zod schema of a {@link ServiceCancellationsResult} as `JSON.stringify` writes it; read a result
 * back with `resultFromJSON(ServiceCancellationsResultSchema, text)`.
 *
 * @example
 * ```ts
 * const result = serviceCancellations([], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(ServiceCancellationsResultSchema, JSON.stringify(result)).totals.serviceShare.reason; //=> "no-scheduled"
 * ```
 * @category Indicators
 */
export const ServiceCancellationsResultSchema: z.ZodType<ServiceCancellationsResult> = z.object({
  indicator: z.literal("service-cancellations"),
  unit: z.literal("count"),
  types: z.array(z.string()),
  ...operationsHeadShape,
  buckets: z.array(z.object({ ...bucketBoundsShape, ...figuresShape })),
  totals: z.object(figuresShape),
  explain: explainSchema("activityIds").exactOptional(),
});

/**
 * Appointments cancelled because of the service (rendez-vous annulés par mois en raison du
 * service, operational indicator 3): per month, the meetings and visits cancelled with cause
 * `service` (not by the customer), and their share of all the appointments scheduled.
 *
 * Formula: for the activities of owners in the scope whose `type` is an appointment type
 * (`meeting`, `visit` by default) and `date` is in `[range start, min(range end, asOf))`, by bucket
 * of `date`: `scheduled` = all of them, whatever their status; `cancelledForService` = those with
 * `status` `cancelled` and `cancellationCause` `service`; `serviceShare` =
 * `cancelledForService / scheduled`. The other cancellations are split by cause (customer, other,
 * none given).
 *
 * Interpretation: "scheduled" counts every appointment dated in the bucket, done, planned or
 * cancelled (each was on the calendar once); an appointment is placed in the bucket of its own
 * date, not of the day it was cancelled (the CRM keeps only the appointment's date).
 * Interpretation: "by the service" is the cause `service` exactly (the seller's side: an
 * unavailable seller, an internal conflict); `customer` and every other text (`weather`...) are
 * not the service's, and a cancellation with no cause is not counted as the service's.
 *
 * @param activities - an array of activities (trusted, already parsed), or their table
 * @param options - range, grain (default `"month"`), `asOf`, scope, roster, zone, `types`, explain
 * @returns the {@link ServiceCancellationsResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone, scope or `types`,
 *   or `activities` neither an array nor an activity table
 * @example
 * ```ts
 * const appointment = (id: string, type: string, status: Activity["status"], cancellationCause?: string): Activity =>
 *   ({ id, ownerId: "ann", type, status, date: new Date("2026-03-10T10:00:00Z"), ...(cancellationCause ? { cancellationCause } : {}) });
 * const r = serviceCancellations([appointment("a1", "visit", "done"), appointment("a2", "meeting", "cancelled", "service"),
 *   appointment("a3", "visit", "cancelled", "customer"), appointment("a4", "meeting", "planned"), appointment("a5", "call", "cancelled", "service")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * [r.totals.cancelledForService, r.totals.scheduled]; //=> [1, 4]   (the call is not an appointment)
 * r.totals.serviceShare.value; //=> Decimal("0.25")
 * ```
 * @category Indicators
 */
export function serviceCancellations(
  activities: readonly Activity[] | ActivityTable,
  options: ServiceCancellationsOptions,
): ServiceCancellationsResult {
  return serviceCancellationsOf(tableRunner({ activities: activityColumnsOf(activities, "activities") }), options);
}

/**
 * {@link serviceCancellations} for every seller or every team side by side.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the owners of activities dated in
 * the counted window; per group, the formulas of {@link serviceCancellations}.
 *
 * @param activities - an array of activities, or their table
 * @param options - the options of {@link serviceCancellations} (without `scope`) and `groupBy`
 * @returns one {@link ServiceCancellationsResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link serviceCancellations} rejects
 * @example
 * ```ts
 * const cancelled = (id: string, ownerId: string): Activity => ({ id, ownerId, type: "visit", status: "cancelled",
 *   cancellationCause: "service", date: new Date("2026-03-10T10:00:00Z") });
 * const grouped = serviceCancellationsGrouped([cancelled("a1", "ann"), cancelled("a2", "ann"), cancelled("a3", "bob")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, groupBy: "seller" });
 * grouped.groups.map((g) => [g.key, g.result.totals.cancelledForService]); //=> [["ann", 2], ["bob", 1]]
 * ```
 * @category Indicators
 */
export function serviceCancellationsGrouped(
  activities: readonly Activity[] | ActivityTable,
  options: OperationsGroupedOptions<ServiceCancellationsOptions>,
): OperationsGroupedResult<"service-cancellations", ServiceCancellationsResult> {
  const run = tableRunner({ activities: activityColumnsOf(activities, "activities") });
  return {
    indicator: "service-cancellations",
    ...groupedOf(run, options, ["activities"], (scoped) => serviceCancellationsOf(run, scoped)),
  };
}
