/**
 * The plans of the activity rate (2.4): the activities with status `"done"` dated in a window,
 * counted by seller and type (and by bucket for a series); when explaining, their ids by type,
 * by date then id. Also the reading of those cells into the done counts the figures use.
 *
 * @internal
 * @module
 */
import type { Cells } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, CountMeasure, GroupKey, IdsMeasure, Predicate } from "../../table/kernel/plan.js";
import type { DoneCounts } from "./_activityRateCore.js";

/** The measure of the counting plan: done activities per cell. */
export interface DoneMeasures {
  readonly [name: string]: CountMeasure;
  readonly done: CountMeasure;
}

/** The measure of the explaining plan: the ids of the done activities, by date then id. */
export interface DoneIdsMeasures {
  readonly [name: string]: IdsMeasure;
  readonly ids: IdsMeasure;
}

/** What the plans of one computation cover. */
export interface DonePlanInput {
  /** First instant counted (epoch ms): the period's or the range's start. */
  readonly from: number;
  /** First instant not counted: the end, or `asOf` when earlier (epoch ms). */
  readonly to: number;
  /** Bucket starts (epoch ms), the first at `from`; absent: one bucket. */
  readonly buckets?: readonly number[];
  /** The owners in scope; absent: every owner. */
  readonly owners?: readonly string[] | undefined;
}

const DONE: readonly Predicate[] = [{ kind: "in", column: "status", values: ["done"] }];

function donePlan<M extends DoneMeasures | DoneIdsMeasures>(
  input: DonePlanInput,
  groupBy: readonly GroupKey[],
  measures: M,
): AggregationPlan<M> {
  return {
    table: "activities",
    time: "date",
    // `asOf` before the start leaves an empty window.
    window: { from: input.from, to: Math.max(input.from, input.to) },
    ...(input.buckets === undefined ? {} : { buckets: input.buckets }),
    ...(input.owners === undefined ? {} : { owners: input.owners }),
    where: DONE,
    groupBy,
    measures,
  };
}

/** Done activities counted by owner and type (keys: owners, then types, in order of first appearance). */
export function doneCountPlan(input: DonePlanInput): AggregationPlan<DoneMeasures> {
  return donePlan(input, [{ column: "owner" }, { column: "type" }], { done: { kind: "count" } });
}

/**
 * The ids of the done activities by type, by date then id; with `groups` (pairs `[owner, group]`),
 * by group and type, an owner in no pair being left out.
 */
export function doneIdsPlan(
  input: DonePlanInput,
  groups?: readonly (readonly [string, string])[],
): AggregationPlan<DoneIdsMeasures> {
  const byType: GroupKey = { column: "type" };
  const groupBy = groups === undefined ? [byType] : [{ column: "owner" as const, relabel: groups }, byType];
  return donePlan(input, groupBy, { ids: { kind: "ids", order: "time" } });
}

/** Where to read the ids of a computation that explains: its cells, and the keys before the type (a group's key). */
export interface DoneIdsOf {
  readonly cells: Cells<DoneIdsMeasures>;
  readonly group: readonly string[];
}

/**
 * The done counts of `owners` (per type, per seller and in total) in bucket `bucket`, or over
 * every bucket when `bucket` is `null`; only the types and owners with a done activity there are
 * listed. With `explained`, the ids per type of the same bucket.
 */
export function doneCountsOf(
  done: Cells<DoneMeasures>,
  bucket: number | null,
  owners: readonly (string | null)[],
  explained: DoneIdsOf | null,
): DoneCounts {
  const types = (done.keys[1] ?? []) as readonly string[];
  const doneByType = new Map<string, number>();
  const doneBySeller = new Map<string, Map<string, number>>();
  let totalDone = 0;
  for (const owner of owners) {
    for (const type of types) {
      const count = (bucket === null ? done.total(owner, type) : done.get(bucket, owner, type)).done;
      if (count === 0) continue;
      totalDone += count;
      doneByType.set(type, (doneByType.get(type) ?? 0) + count);
      let sellerCounts = doneBySeller.get(owner as string);
      if (sellerCounts === undefined) doneBySeller.set(owner as string, (sellerCounts = new Map<string, number>()));
      sellerCounts.set(type, count);
    }
  }
  let activityIds: Map<string, readonly string[]> | null = null;
  if (explained !== null) {
    activityIds = new Map();
    const { cells, group } = explained;
    for (const type of (cells.keys[group.length] ?? []) as readonly string[]) {
      const ids = (bucket === null ? cells.total(...group, type) : cells.get(bucket, ...group, type)).ids;
      if (ids.length > 0) activityIds.set(type, ids);
    }
  }
  return { doneByType, doneBySeller, activityIds, totalDone };
}
