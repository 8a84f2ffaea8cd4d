import * as z from "zod";
import { CountJsonSchema, DecimalJsonSchema, figureJsonSchema } from "../../model/resultJson.js";
import type { Activity } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { groupedOf } from "./_operationsCore.js";
import { visitDurationOf } from "./_visitDuration.js";
import { bucketBoundsShape, explainSchema, operationsHeadShape } from "./_operationsJson.js";
import type { OperationsGroupedOptions, OperationsGroupedResult } from "./operationsTypes.js";
import type { VisitDurationOptions, VisitDurationResult } from "./visitDurationTypes.js";

const figuresShape = {
  visits: CountJsonSchema,
  withDuration: CountJsonSchema,
  withoutDuration: CountJsonSchema,
  total: DecimalJsonSchema,
  mean: figureJsonSchema(["no-duration"]),
  median: figureJsonSchema(["no-duration"]),
};

/**
 * zod schema of a {@link VisitDurationResult} as `JSON.stringify` writes it; read a result back
 * with `resultFromJSON(VisitDurationResultSchema, text)`.
 *
 * @example
 * ```ts
 * const visit: Activity = { id: "a1", ownerId: "ann", type: "visit", status: "done", date: new Date("2026-03-03T10:00:00Z"), durationMinutes: 90 };
 * const result = visitDuration([visit], { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * resultFromJSON(VisitDurationResultSchema, JSON.stringify(result)).totals.mean.value; //=> Decimal("1.5")
 * ```
 * @category Indicators
 */
export const VisitDurationResultSchema: z.ZodType<VisitDurationResult> = z.object({
  indicator: z.literal("visit-duration"),
  unit: z.literal("duration"),
  durationUnit: z.enum(["hours", "days"]),
  ...operationsHeadShape,
  buckets: z.array(z.object({ ...bucketBoundsShape, ...figuresShape })),
  totals: z.object(figuresShape),
  explain: explainSchema("activityIds").exactOptional(),
});

/**
 * Time spent per visit (temps moyen passé par visite, operational indicator 2): the mean and the
 * median length of done visits per bucket (months by default), in hours (or days), with the count
 * they rest on.
 *
 * Formula: for the activities of owners in the scope with `type` `visit`, `status` `done` and
 * `date` in `[range start, min(range end, asOf))`, by bucket of `date`: `withDuration` = visits with
 * a `durationMinutes`, `mean` = sum of their minutes / `withDuration`, `median` = the middle
 * duration (an even count takes the mean of the two middle ones), `total` = the sum, each divided
 * by 60 (hours) or 1440 (days); `withoutDuration` = visits without one, counted and excluded.
 *
 * Interpretation: a visit's length is its own `durationMinutes`, so calendar or business days do
 * not apply; a day is 24 hours. Only done visits count: a cancelled visit's planned length is not
 * time spent. A visit is not an open item (it has no start and end to age), so nothing is reported
 * for planned visits.
 * Interpretation: a visit of 0 minutes is a duration like any other and counts in the mean.
 *
 * @param activities - an array of activities (trusted, already parsed), or their table
 * @param options - range, grain (default `"month"`), `asOf`, scope, roster, zone, `durationUnit`, explain
 * @returns the {@link VisitDurationResult}
 * @throws {@link InvalidArgumentError} for an invalid range, `asOf`, grain, zone, scope or
 *   `durationUnit`, or `activities` neither an array nor an activity table
 * @example
 * ```ts
 * const visit = (id: string, durationMinutes?: number): Activity => ({ id, ownerId: "ann", type: "visit", status: "done",
 *   date: new Date("2026-03-03T10:00:00Z"), ...(durationMinutes === undefined ? {} : { durationMinutes }) });
 * const r = visitDuration([visit("a1", 60), visit("a2", 90), visit("a3", 150), visit("a4", 120), visit("a5")],
 *   { range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } });
 * r.totals.mean.value;   //=> Decimal("1.75")   (420 minutes / 4 visits = 105 minutes)
 * r.totals.median.value; //=> Decimal("1.75")   ((90 + 120) / 2 = 105 minutes)
 * [r.totals.withDuration, r.totals.withoutDuration]; //=> [4, 1]
 * ```
 * @category Indicators
 */
export function visitDuration(
  activities: readonly Activity[] | ActivityTable,
  options: VisitDurationOptions,
): VisitDurationResult {
  return visitDurationOf(tableRunner({ activities: activityColumnsOf(activities, "activities") }), options);
}

/**
 * {@link visitDuration} for every seller or every team side by side.
 *
 * Formula: groups = the roster's sellers (or teams) first, then the owners of activities dated in
 * the counted window; per group, the formulas of {@link visitDuration}.
 *
 * @param activities - an array of activities, or their table
 * @param options - the options of {@link visitDuration} (without `scope`) and `groupBy`
 * @returns one {@link VisitDurationResult} per group
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the roster, or any option {@link visitDuration} rejects
 * @example
 * ```ts
 * const visit = (id: string, ownerId: string, durationMinutes: number): Activity =>
 *   ({ id, ownerId, type: "visit", status: "done", date: new Date("2026-03-03T10:00:00Z"), durationMinutes });
 * const grouped = visitDurationGrouped([visit("a1", "ann", 60), visit("a2", "bob", 120)], {
 *   range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") },
 *   groupBy: "seller",
 * });
 * grouped.groups.map((g) => [g.key, g.result.totals.mean.value?.toString()]); //=> [["ann", "1"], ["bob", "2"]]
 * ```
 * @category Indicators
 */
export function visitDurationGrouped(
  activities: readonly Activity[] | ActivityTable,
  options: OperationsGroupedOptions<VisitDurationOptions>,
): OperationsGroupedResult<"visit-duration", VisitDurationResult> {
  const run = tableRunner({ activities: activityColumnsOf(activities, "activities") });
  return {
    indicator: "visit-duration",
    ...groupedOf(run, options, ["activities"], (scoped) => visitDurationOf(run, scoped)),
  };
}
