import * as z from "zod";
import { activityRateSettings } from "./_activityRateCore.js";
import { activityRateOf } from "./_activityRateFigures.js";
import { checkActivityWindow } from "./_window.js";
import {
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import type { Activity, ActivityTarget } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { ActivityRateOptions, ActivityRateResult } from "./activityRateTypes.js";

export type { ActivityRateExplain, ActivityRateOptions, ActivityRateReason, ActivityRateResult, ActivityRateWarning, ActivityTypeRate, SellerActivityCounts, SellerTypeCount } from "./activityRateTypes.js";
export { ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS } from "./activityRateTypes.js";

const StatusJsonSchema = z.enum(["good", "watch", "alert"]);
const CountJsonSchema = z.number().int().nonnegative();

/**
 * zod schema of an {@link ActivityRateResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(ActivityRateResultSchema, text)`.
 *
 * @example
 * ```ts
 * const back = resultFromJSON(ActivityRateResultSchema, JSON.stringify(result));
 * back.overall.value?.toString() === result.overall.value?.toString(); //=> true
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
      status: StatusJsonSchema.nullable(),
      statusReason: z.literal("no-target").nullable(),
    }),
  ),
  totalDone: CountJsonSchema,
  overall: ratioJsonSchema(["no-target"]),
  status: StatusJsonSchema.nullable(),
  statusReason: z.literal("no-target").nullable(),
  thresholds: ThresholdsJsonSchema,
  warnings: z.array(z.literal("short-window")),
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
 * - per type, `target` = sum over the scope's own targets of that type of
 *   `count x overlap / targetLength` (days of the reporting zone; settled details 1, 2 and 13: a
 *   team's or the company's figure uses the targets set at that level only, sellers' targets never
 *   roll up), and `rate = done / target`; a prorated target of 0 means "no target" (rate `null`,
 *   reason `no-target`);
 * - `overall` = sum of done over the types that have a target / sum of those targets; types
 *   without a target are counted (`totalDone`) and reported without a rate;
 * - status on each rate and on the overall rate: good >= 1, watch >= 0.8, alert below (options
 *   `thresholds`); `null` when the rate is `null`;
 * - warning `short-window` when the whole period (not clipped by `asOf`) is strictly shorter than
 *   `minWindowDays` (default 28) calendar days of the reporting zone: the article warns against
 *   judging activity on too short a time ("ne construisez pas cet indicateur sur un temps trop court").
 *
 * Interpretation: with `asOf` inside the period, the rate is done-to-date over the whole period's
 * target (as attainment in settled detail 5), and the status judges that rate as it is: half-way
 * through the month a rate of 0.5 is on track yet its status is `alert`. Compare the rate with the
 * elapsed fraction (`elapsedFraction`), or use {@link rollingWindow} for a closed trailing window.
 * Interpretation: `short-window` is measured in calendar days even when `dayCount` is `"business"`
 * (which only changes proration).
 * Interpretation: the types listed are the caller's `types`, the types with a done activity in the
 * window and the types of the scope's targets that overlap the period; a target of another scope
 * does not list its type.
 * Interpretation: `bySeller` lists the roster sellers in scope (zeros included; a seller scope
 * always lists its seller) then the other owners with done activities, by id.
 *
 * @param activities - an array of activities (trusted, already parsed), or its table
 *   (`activityTable`): pass the table when calling several indicators on the same activities
 * @param targets - activity targets at any level; only the scope's own count
 * @param options - period, `asOf`, scope, roster, zone, day count, proration, thresholds,
 *   `minWindowDays`, `types`, `explain` ({@link ActivityRateOptions})
 * @returns the {@link ActivityRateResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, scope, zone, day count,
 *   thresholds, `minWindowDays` or `types`, or `activities` neither an array nor an activity table
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @example
 * ```ts
 * const r = activityRate(
 *   [
 *     { id: "a1", ownerId: "ann", type: "call", date: new Date("2026-03-02T09:00:00Z"), status: "done" },
 *     { id: "a2", ownerId: "ann", type: "call", date: new Date("2026-03-03T09:00:00Z"), status: "planned" },
 *   ],
 *   [{ id: "t1", level: "company", type: "call", start: new Date("2026-03-01T00:00:00Z"),
 *      end: new Date("2026-04-01T00:00:00Z"), count: toDecimal(2) }],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * JSON.parse(JSON.stringify(r.byType[0]));
 * //=> { type: "call", done: 1, target: "2",
 * //     rate: { value: "0.5", reason: null, numerator: "1", denominator: "2" },
 * //     status: "alert", statusReason: null }     (1 done of 2; the planned call does not count)
 * r.overall.value?.toString(); //=> "0.5"
 * r.warnings;                  //=> []            (March has 31 days, not shorter than 28)
 * // From a table built once (activityTable(activities)) the result is the same, without the per-call conversion.
 * ```
  * @category Activity rate
 */
export function activityRate(
  activities: readonly Activity[] | ActivityTable,
  targets: readonly ActivityTarget[],
  options: ActivityRateOptions,
): ActivityRateResult {
  const window = checkActivityWindow(options);
  const settings = activityRateSettings(options);
  const table = activityColumnsOf(activities, "activities");
  return activityRateOf(tableRunner({ activities: table }), targets, settings, window);
}
