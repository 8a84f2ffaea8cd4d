import * as z from "zod";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Activity } from "../../model/types.js";
import { ActivityRateResultSchema, type ActivityRateOptions, type ActivityRateResult } from "./activityRate.js";
import { activityRateGroupsOf } from "./_activityRateFigures.js";
import { checkActivityWindow } from "./_window.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";

/** Options of {@link activityRateGrouped}: those of {@link activityRate} without `scope`, plus `groupBy`. @category Activity rate */
export interface ActivityRateGroupedOptions extends Omit<ActivityRateOptions, "scope"> {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
}

/** One group of {@link activityRateGrouped}: its key and its activity rate. @category Activity rate */
export interface ActivityRateGroup {
  /** The seller id or the team id. */
  readonly key: string;
  /** The activity rate computed for that seller or team scope. */
  readonly result: ActivityRateResult;
}

/** The result of {@link activityRateGrouped}. @category Activity rate */
export interface ActivityRateGroupedResult {
  /** Stable indicator id. */
  readonly indicator: "activity-rate";
  /** How the groups were formed. */
  readonly groupBy: "seller" | "team";
  /** One entry per seller or team: roster order first, then owners by first appearance. */
  readonly groups: readonly ActivityRateGroup[];
}

/**
 * zod schema of an {@link ActivityRateGroupedResult} as `JSON.stringify` writes it; read it back with
 * `resultFromJSON(ActivityRateGroupedResultSchema, text)`.
 *
 * @example
 * ```ts
 * const grouped = activityRateGrouped(
 *   [{ id: "a1", ownerId: "ann", type: "call", date: new Date("2026-03-02T09:00:00Z"), status: "done" }],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") }, targets: [], groupBy: "seller", sellers: [{ id: "ann" }, { id: "bob" }] },
 * );
 * const back = resultFromJSON(ActivityRateGroupedResultSchema, JSON.stringify(grouped));
 * back.groups.map((g) => [g.key, g.result.totalDone]); //=> [["ann", 1], ["bob", 0]]
 * ```
 * @category Activity rate
 */
export const ActivityRateGroupedResultSchema: z.ZodType<ActivityRateGroupedResult> = z.object({
  indicator: z.literal("activity-rate"),
  groupBy: z.enum(["seller", "team"]),
  groups: z.array(z.object({ key: z.string(), result: ActivityRateResultSchema })),
});

/**
 * Activity rate (taux d'activité, 2.4) for every seller or every team side by side: one
 * {@link activityRate} per group, each with the group's scope (so each group's rates use the
 * targets set at that level only: a team's figure never adds up its sellers' targets, settled
 * detail 1).
 *
 * Formula: groups = the roster's sellers (or teams) with zeros, plus the owners of done activities
 * dated in `[start, min(end, asOf))` (settled detail 15: rosters add, never remove); per group,
 * the formulas of {@link activityRate}.
 *
 * Interpretation: a team group whose only targets are its sellers' carries the
 * `targets-below-scope` warning of {@link activityRate} (its figure is `no-target`, not a sum of
 * its sellers' targets); `rollUpTargets` makes them team targets on request.
 * Interpretation: only the activities that can count (done, in the window) decide which owners
 * appear as groups, so an owner whose only activities are planned, cancelled or outside the
 * window appears only when the roster lists them. By team, owners with no team in the roster are
 * in no group.
 *
 * The activities are read once for all the groups: done activities of the window counted by
 * (seller, type), each group's counts then gathered from its sellers' cells.
 *
 * @param activities - an array of activities (trusted, already parsed), or its table
 *   (`activityTable`): pass the table when calling several indicators on the same activities
 * @param options - the options of {@link activityRate} (without `scope`; `targets` at any level) and `groupBy`
 * @returns the {@link ActivityRateGroupedResult}
 * @throws {@link InvalidArgumentError} for an invalid `groupBy`, a team grouping without the
 *   `sellers` roster, `activities` neither an array nor an activity table, or any option
 *   {@link activityRate} rejects
 * @throws {@link ProrationForbiddenError} when `proration: false` and a group's target only partly overlaps the period
 * @example
 * ```ts
 * const call = (id: string, ownerId: string, date: string): Activity => ({ id, ownerId, type: "call", date: new Date(date), status: "done" });
 * const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const activities = [call("a1", "ann", "2026-03-02T09:00:00Z"), call("a2", "ann", "2026-03-03T09:00:00Z"), call("a3", "ann", "2026-03-20T09:00:00Z")];
 * const targets: ActivityTarget[] = [{ id: "t-ann", level: "seller", scopeId: "ann", type: "call", start: march.start, end: march.end, count: toDecimal(31) }];
 * const grouped = activityRateGrouped(activities, {
 *   period: march,
 *   targets,
 *   asOf: new Date("2026-03-04T00:00:00Z"), // 3 of 31 days elapsed: expected 31 x 3/31 = 3 calls
 *   groupBy: "seller",
 *   sellers: [{ id: "ann", name: "Ann" }, { id: "bob", name: "Bob" }],
 * });
 * grouped.groups.map((g) => [g.key, g.result.totalDone, g.result.pace.value?.toFixed(2) ?? g.result.pace.reason, g.result.status]);
 * //=> [["ann", 2, "0.67", "alert"], ["bob", 0, "no-target", null]]   (2 of the 3 calls expected by 4 March)
 * // activityRateGrouped(activityTable(activities), sameOptions) gives the same groups.
 * ```
 * @category Activity rate
 */
export function activityRateGrouped(
  activities: readonly Activity[] | ActivityTable,
  options: ActivityRateGroupedOptions,
): ActivityRateGroupedResult {
  const window = checkActivityWindow(options);
  const groupBy = options.groupBy;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  if (groupBy === "team" && options.sellers === undefined) {
    throw new InvalidArgumentError(
      "groupBy team needs the sellers roster (option sellers) to know who is in which team",
    );
  }
  const table = activityColumnsOf(activities, "activities");
  const { groupBy: _groupBy, ...rest } = options;
  return {
    indicator: "activity-rate",
    groupBy,
    groups: activityRateGroupsOf(tableRunner({ activities: table }), rest, groupBy, window),
  };
}
