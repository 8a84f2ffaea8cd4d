import * as z from "zod";
import { CountJsonSchema } from "../../model/resultJson.js";
import type { Activity } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { groupedOf } from "./_operationsCore.js";
import { visitedCustomersOf } from "./_visitedCustomers.js";
import { bucketBoundsShape, explainSchema, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";
import type { VisitedCustomersOptions, VisitedCustomersResult } from "./visitedCustomersTypes.js";

const figuresShape = { customers: CountJsonSchema, visits: CountJsonSchema, visitsWithoutCustomer: CountJsonSchema };

/**
 * zod schema of a {@link VisitedCustomersResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(VisitedCustomersResultSchema, text)`.
 *
 * @example
 * ```ts
 * const visit: Activity = { id: "a1", ownerId: "ann", type: "visit", status: "done", date: new Date("2026-03-03T10:00:00Z"), customerId: "acme" };
 * const result = visitedCustomers([visit], { range: { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-09T00:00:00Z") } });
 * resultFromJSON(VisitedCustomersResultSchema, JSON.stringify(result)).totals.customers; //=> 1
 * ```
 * @category Indicators
 */
export const VisitedCustomersResultSchema: z.ZodType<VisitedCustomersResult> = z.object({
  indicator: z.literal("visited-customers"),
  unit: z.literal("count"),
  ...operationsHeadShape,
  buckets: z.array(z.object({ ...bucketBoundsShape, ...figuresShape })),
  totals: z.object(figuresShape),
  explain: explainSchema("activityIds").exactOptional(),
});

/**
 * Customers visited each week (nombre de clients visités chaque semaine, operational indicator 1):
 * per bucket (ISO weeks by default, Monday start, in the reporting zone), the number of distinct
 * customers with at least one done `visit` activity.
 *
 * Formula: for the activities of owners in the scope with `type` `visit`, `status` `done` and
 * `date` in `[range start, min(range end, asOf))`, placed in the bucket of their `date`:
 * `customers` = distinct `customerId`s, `visits` = the visits, `visitsWithoutCustomer` = visits
 * naming no customer. `totals.customers` counts each customer once over the range.
 *
 * Interpretation: only activities of type exactly `visit` count (a `meeting` at the customer's
 * site is not a visit unless the CRM types it so); planned and cancelled visits do not count.
 * Interpretation: a visit with no `customerId` counts as a visit but visits no known customer; it
 * is reported in `visitsWithoutCustomer` rather than dropped.
 *
 * @param activities - an array of activities (trusted, already parsed), or their table (`activityTable(activities)`)
 * @param options - range, grain (default `"week"`), `asOf`, scope, roster, zone, fiscal year, explain
 * @returns the {@link VisitedCustomersResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone or scope, or
 *   `activities` neither an array nor an activity table
 * @example
 * ```ts
 * const visit = (id: string, date: string, customerId: string, status: "done" | "cancelled" = "done"): Activity =>
 *   ({ id, ownerId: "ann", type: "visit", status, date: new Date(date), customerId });
 * const activities = [visit("a1", "2026-03-02T09:00:00Z", "acme"), visit("a2", "2026-03-04T09:00:00Z", "acme"),
 *   visit("a3", "2026-03-05T09:00:00Z", "globex"), visit("a4", "2026-03-10T09:00:00Z", "acme"),
 *   visit("a5", "2026-03-11T09:00:00Z", "initech", "cancelled")];
 * const r = visitedCustomers(activities, { range: { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-16T00:00:00Z") } });
 * r.buckets.map((b) => [b.label, b.customers, b.visits]); //=> [["2026-W10", 2, 3], ["2026-W11", 1, 1]]
 * r.totals.customers; //=> 2   (acme and globex; initech's visit was cancelled)
 * ```
 * @category Indicators
 */
export function visitedCustomers(
  activities: readonly Activity[] | ActivityTable,
  options: VisitedCustomersOptions,
): VisitedCustomersResult {
  return visitedCustomersOf(tableRunner({ activities: activityColumnsOf(activities, "activities") }), options);
}

/**
 * {@link visitedCustomers} for every seller or every team side by side: one result per group, each
 * with the group's scope and the same buckets.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the owners of activities dated in
 * the counted window (settled detail 15); per group, the formulas of {@link visitedCustomers}.
 *
 * @param activities - an array of activities, or their table
 * @param options - the options of {@link visitedCustomers} (without `scope`) and `groupBy`
 * @returns one {@link VisitedCustomersResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link visitedCustomers} rejects
 * @example
 * ```ts
 * const visit = (id: string, ownerId: string, customerId: string): Activity =>
 *   ({ id, ownerId, type: "visit", status: "done", date: new Date("2026-03-03T10:00:00Z"), customerId });
 * const grouped = visitedCustomersGrouped([visit("a1", "ann", "acme"), visit("a2", "ann", "globex"), visit("a3", "bob", "acme")], {
 *   range: { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-09T00:00:00Z") },
 *   groupBy: "seller",
 *   sellers: [{ id: "cy" }],
 * });
 * grouped.groups.map((g) => [g.key, g.result.totals.customers]); //=> [["cy", 0], ["ann", 2], ["bob", 1]]
 * ```
 * @category Indicators
 */
export function visitedCustomersGrouped(
  activities: readonly Activity[] | ActivityTable,
  options: OperationsGroupedOptions<VisitedCustomersOptions>,
): OperationsGroupedResult<"visited-customers", VisitedCustomersResult> {
  const run = tableRunner({ activities: activityColumnsOf(activities, "activities") });
  return {
    indicator: "visited-customers",
    ...groupedOf(run, options, ["activities"], (scoped) => visitedCustomersOf(run, scoped)),
  };
}
