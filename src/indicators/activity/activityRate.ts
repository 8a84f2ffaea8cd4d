import * as z from "zod";
import { activityRateSettings } from "./_activityRateCore.js";
import { activityRateOf } from "./_activityRateFigures.js";
import { checkActivityWindow } from "./_window.js";
import {
  CountJsonSchema,
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import type { Activity } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { ACTIVITY_RATE_WARNING_CODES, type ActivityRateOptions, type ActivityRateResult } from "./activityRateTypes.js";

export type {
  ActivityPaceReason,
  ActivityRateExplain,
  ActivityRateOptions,
  ActivityRateReason,
  ActivityRateResult,
  ActivityRateStatusReason,
  ActivityRateWarningCode,
  ActivityTypeRate,
  SellerActivityCounts,
  SellerTypeCount,
} from "./activityRateTypes.js";
export { ACTIVITY_RATE_WARNING_CODES, DEFAULT_MIN_WINDOW_DAYS } from "./activityRateTypes.js";

const StatusJsonSchema = z.enum(["good", "watch", "alert"]);
const StatusReasonJsonSchema = z.enum(["no-target", "not-started"]);
const PaceJsonSchema = ratioJsonSchema(["not-started", "no-target"]);

/**
 * zod schema of an {@link ActivityRateResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(ActivityRateResultSchema, text)`.
 *
 * @example
 * ```ts
 * const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const activities: Activity[] = [{ id: "a1", ownerId: "ann", type: "call", date: new Date("2026-03-02T09:00:00Z"), status: "done" }];
 * const targets: ActivityTarget[] = [{ id: "t1", level: "company", type: "call", start: march.start, end: march.end, count: toDecimal(2) }];
 * const result = activityRate(activities, { period: march, targets });
 * const back = resultFromJSON(ActivityRateResultSchema, JSON.stringify(result));
 * back.overall.value;  //=> Decimal("0.5")
 * back.period.start;   //=> 2026-03-01T00:00:00.000Z   (a Date again)
 * ```
 * @category Activity rate
 */
export const ActivityRateResultSchema: z.ZodType<ActivityRateResult> = z.object({
  indicator: z.literal("activity-rate"),
  unit: z.literal("ratio"),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  bySeller: z.array(
    z.object({
      sellerId: z.string(),
      done: CountJsonSchema,
      byType: z.array(z.object({ type: z.string(), done: CountJsonSchema })),
    }),
  ),
  byType: z.array(
    z.object({
      type: z.string(),
      done: CountJsonSchema,
      target: DecimalJsonSchema,
      rate: ratioJsonSchema(["no-target"]),
      expectedToDate: DecimalJsonSchema,
      pace: PaceJsonSchema,
      status: StatusJsonSchema.nullable(),
      statusReason: StatusReasonJsonSchema.nullable(),
    }),
  ),
  totalDone: CountJsonSchema,
  overall: ratioJsonSchema(["no-target"]),
  elapsedFraction: DecimalJsonSchema,
  expectedToDate: DecimalJsonSchema,
  pace: PaceJsonSchema,
  closed: z.boolean(),
  statusBasis: z.enum(["attainment", "pace"]),
  status: StatusJsonSchema.nullable(),
  statusReason: StatusReasonJsonSchema.nullable(),
  thresholds: ThresholdsJsonSchema,
  warnings: z.array(z.object({ code: z.enum(ACTIVITY_RATE_WARNING_CODES), message: z.string() })),
  explain: z
    .object({
      byType: z.array(z.object({ type: z.string(), activityIds: z.array(z.string()), targetIds: z.array(z.string()) })),
    })
    .exactOptional(),
});

/**
 * Activity rate (taux d'activité, headline indicator 2.4): how many commercial actions (calls,
 * emails, meetings, demos, quotes, qualified leads, visits, or the caller's own types) were done,
 * against the activity targets set for the period.
 *
 * Formula, for the owners in the scope:
 * - `done` per seller and per type = activities with status `"done"` dated in `[start, min(end, asOf))`
 *   (planned and cancelled ones never count; an activity exactly at `asOf` does not count);
 * - per type, `target` = sum over the scope's own targets of that type (option `targets`) of
 *   `count x overlap / targetLength` (days of the reporting zone; settled details 1, 2 and 13: a
 *   team's or the company's figure uses the targets set at that level only, sellers' targets never
 *   roll up), and `rate = done / target`; a prorated target of 0 means "no target" (rate `null`,
 *   reason `no-target`);
 * - `overall` = sum of done over the types that have a target / sum of those targets; types
 *   without a target are counted (`totalDone`) and reported without a rate;
 * - `elapsedFraction` of the period at `asOf` (as in revenue versus target: days of the zone,
 *   calendar or business, parts of days as real time, clamped to [0, 1]; 1 when closed);
 *   `expectedToDate = target x elapsedFraction` and `pace = done / expectedToDate`, per type and
 *   overall;
 * - status: good >= 1, watch >= 0.8, alert below (option `thresholds`), judged on the rate when
 *   the period is closed (no `asOf`, or `asOf >= end`) and on the pace while it runs, so that a
 *   seller on track early in a month is not `alert`; `statusBasis` says which (`"attainment"` or
 *   `"pace"`, as in revenue versus target); `null` with the judged value's reason when it is `null`;
 * - warning `short-window` when the whole period (not clipped by `asOf`) is strictly shorter than
 *   `minWindowDays` (default 28) calendar days of the reporting zone: the article warns against
 *   judging activity on too short a time ("ne construisez pas cet indicateur sur un temps trop court");
 * - warning `targets-below-scope` when, for some type, the scope has no target of its own over the
 *   period but targets set for its sellers (or, for the company, its teams) overlap it: they never
 *   roll up (settled detail 1); `rollUpTargets` makes them targets of the scope on request.
 *
 * Interpretation: the rate stays done-to-date over the whole period's target (as attainment in
 * settled detail 5); the pace is the to-date view. When nothing of the period has elapsed at
 * `asOf` (`asOf <= start`, or no business day yet with `dayCount: "business"`) the pace is `null`
 * with reason `not-started` (which wins over `no-target`), and so is the status of a running period.
 * Interpretation: `statusBasis` takes 2.1's values: `"attainment"` is the rate (done over the whole
 * period's target), so one test (`statusBasis === "pace"`) reads both indicators.
 * Interpretation: `short-window` is measured in calendar days even when `dayCount` is `"business"`
 * (which only changes proration and the elapsed fraction).
 * Interpretation: `targets-below-scope` is judged type by type: a type with a target of the
 * scope's own level is not named even if sellers' targets of that type exist too.
 * Interpretation: the types listed are the caller's `types`, the types with a done activity in the
 * window and the types of the scope's targets that overlap the period; a target of another scope
 * does not list its type.
 * Interpretation: `bySeller` lists the roster sellers in scope (zeros included; a seller scope
 * always lists its seller) then the other owners with done activities, by id.
 *
 * @param activities - an array of activities (trusted, already parsed), or its table
 *   (`activityTable`): pass the table when calling several indicators on the same activities
 * @param options - period, `targets` (at any level; only the scope's own count), `asOf`, scope,
 *   roster, zone, day count, proration, thresholds, `minWindowDays`, `types`, `explain`
 *   ({@link ActivityRateOptions})
 * @returns the {@link ActivityRateResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `targets` (not an array), `asOf`,
 *   scope, zone, day count, thresholds, `minWindowDays` or `types`, or `activities` neither an
 *   array nor an activity table
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @example
 * ```ts
 * const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const activities: Activity[] = [
 *   { id: "a1", ownerId: "ann", type: "call", date: new Date("2026-03-02T09:00:00Z"), status: "done" },
 *   { id: "a2", ownerId: "ann", type: "call", date: new Date("2026-03-03T09:00:00Z"), status: "planned" },
 * ];
 * const targets: ActivityTarget[] = [{ id: "t1", level: "company", type: "call", start: march.start, end: march.end, count: toDecimal(2) }];
 * const r = activityRate(activities, { period: march, targets });
 * JSON.parse(JSON.stringify(r.byType[0]));
 * //=> { type: "call", done: 1, target: "2",
 * //     rate: { value: "0.5", reason: null, numerator: "1", denominator: "2" },
 * //     expectedToDate: "2", pace: { value: "0.5", reason: null, numerator: "1", denominator: "2" },
 * //     status: "alert", statusReason: null }     (1 done of 2; the planned call does not count)
 * r.overall.value?.toString(); //=> "0.5"
 * r.statusBasis;               //=> "attainment"  (no asOf: the period is closed)
 * r.warnings;                  //=> []            (March has 31 days, not shorter than 28)
 * // At the start of 3 March (2 of 31 days elapsed) the running month is judged on pace:
 * const running = activityRate(activities, { period: march, targets, asOf: new Date("2026-03-03T00:00:00Z") });
 * running.overall.value?.toString(); //=> "0.5"
 * running.pace.value?.toString();    //=> "7.75"   (1 / (2 x 2/31))
 * [running.statusBasis, running.status]; //=> ["pace", "good"]
 * // From a table built once (activityTable(activities)) the result is the same, without the per-call conversion.
 * ```
 * @category Activity rate
 */
export function activityRate(
  activities: readonly Activity[] | ActivityTable,
  options: ActivityRateOptions,
): ActivityRateResult {
  const window = checkActivityWindow(options);
  const settings = activityRateSettings(options);
  const table = activityColumnsOf(activities, "activities");
  return activityRateOf(tableRunner({ activities: table }), settings, window);
}
