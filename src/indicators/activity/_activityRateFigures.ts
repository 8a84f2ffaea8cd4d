/**
 * The activity rate (2.4), its series and its groups over a {@link PlanRunner}: each runs the
 * done-activities plan once (and, when explaining, the ids plan once), then builds every period's
 * figures from the cells. The public functions check their options and convert their input, then
 * call these; the tests call them on the reference executor too.
 *
 * @internal
 * @module
 */
import type { Bucket } from "../../period/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { groupRows, type GroupBy } from "../../table/scope.js";
import {
  activityRateFromCounts,
  activityRateSettings,
  checkTargets,
  type ActivityRateSettings,
} from "./_activityRateCore.js";
import { doneCountPlan, doneCountsOf, doneIdsPlan, type DonePlanInput } from "./_activityRatePlan.js";
import type { ActivityWindow } from "./_window.js";
import type { ActivityRateOptions, ActivityRateResult } from "./activityRateTypes.js";

/**
 * The activity rate of the window's period for the settings' scope: done activities of the scope
 * dated in `[start, min(end, asOf))` by seller and type, against the scope's prorated targets.
 */
export function activityRateOf(
  run: PlanRunner,
  settings: ActivityRateSettings,
  window: ActivityWindow,
): ActivityRateResult {
  const { period, asOf, windowEnd } = window;
  const input: DonePlanInput = { from: period.start.getTime(), to: windowEnd, owners: settings.filter.owners };
  const done = run(doneCountPlan(input));
  const explained = settings.explain ? { cells: run(doneIdsPlan(input)), group: [] } : null;
  return activityRateFromCounts(doneCountsOf(done, 0, done.keys[0] ?? [], explained), settings, period, asOf);
}

/**
 * The activity rate of each bucket (the window's period being the range they split) and of the
 * whole range: the done activities counted once by bucket, seller and type.
 */
export function activityRateSeriesOf(
  run: PlanRunner,
  settings: ActivityRateSettings,
  window: ActivityWindow,
  buckets: readonly Bucket[],
): {
  readonly buckets: readonly (ActivityRateResult & { readonly label: string })[];
  readonly total: ActivityRateResult;
} {
  const { period: range, asOf, windowEnd } = window;
  const input: DonePlanInput = {
    from: range.start.getTime(),
    to: windowEnd,
    buckets: buckets.map((bucket) => bucket.start.getTime()),
    owners: settings.filter.owners,
  };
  const done = run(doneCountPlan(input));
  const owners = done.keys[0] ?? [];
  const ids = settings.explain ? { cells: run(doneIdsPlan(input)), group: [] } : null;
  return {
    buckets: buckets.map((bucket, b) => ({
      label: bucket.label,
      ...activityRateFromCounts(
        doneCountsOf(done, b, owners, ids),
        settings,
        { start: bucket.start, end: bucket.end },
        asOf,
      ),
    })),
    // The buckets partition the range: the total is every bucket's counts.
    total: activityRateFromCounts(doneCountsOf(done, null, owners, ids), settings, range, asOf),
  };
}

/**
 * The activity rate of every seller or team: groups are the roster's sellers (or teams) and the
 * owners of done activities in the window, in that order; each group's figures are those of its
 * scope over its owners' counts.
 *
 * @param options - the options of `activityRate` without `scope` (checked per group, as its scope's)
 */
export function activityRateGroupsOf(
  run: PlanRunner,
  options: Omit<ActivityRateOptions, "scope">,
  groupBy: GroupBy,
  window: ActivityWindow,
): readonly { readonly key: string; readonly result: ActivityRateResult }[] {
  checkTargets(options.targets);
  const { period, asOf, windowEnd } = window;
  const input: DonePlanInput = { from: period.start.getTime(), to: windowEnd };
  const done = run(doneCountPlan(input));
  // Only the activities that can count decide which owners appear, in order of first appearance.
  const counted = (done.keys[0] ?? []) as readonly string[];
  const groups = groupRows(Uint32Array.from(counted.keys()), counted, groupBy, options.sellers).map((group) => ({
    key: group.key,
    scope: group.scope,
    owners: group.rows.map((index) => counted[index] as string),
  }));
  const ids =
    options.explain === true
      ? run(
          doneIdsPlan(
            input,
            groups.flatMap((group) => group.owners.map((owner) => [owner, group.key] as const)),
          ),
        )
      : null;
  return groups.map((group) => {
    const settings = activityRateSettings({ ...options, scope: group.scope });
    const counts = doneCountsOf(done, 0, group.owners, ids === null ? null : { cells: ids, group: [group.key] });
    return { key: group.key, result: activityRateFromCounts(counts, settings, period, asOf) };
  });
}
