/**
 * The pieces the series and grouped forms of the delivery indicators share: the group layout from
 * the options, the group keys met, the bucket bounds of a series.
 *
 * @internal
 * @module
 */
import type { Seller } from "../../model/types.js";
import type { Bucket } from "../../period/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { checkGroupBy } from "../salesFlow/_salesFlowSettings.js";
import { orderSellerKey, type DeliveryLayout } from "./_deliveryLayout.js";
import type { DeliveryBucketBounds } from "./deliveryFormsTypes.js";

/** The checked grouping of a grouped form and the layout that groups the deliveries by it. */
export interface GroupLayout {
  readonly groupBy: "seller" | "team";
  readonly layout: DeliveryLayout & { readonly group: NonNullable<DeliveryLayout["group"]> };
}

/**
 * Checks `groupBy` (a team grouping needs the roster) and builds the group key over `run`'s
 * orders.
 *
 * @throws InvalidArgumentError for an invalid `groupBy`, a team grouping without the roster, or an invalid roster
 */
export function groupLayoutOf(
  run: PlanRunner,
  options: { readonly groupBy?: unknown; readonly sellers?: readonly Seller[] | undefined },
): GroupLayout {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  return { groupBy, layout: { group: orderSellerKey(run, groupBy, options.sellers) } };
}

/** Merges key lists: each key once, `null` left out, in order of first appearance. */
export function mergeKeys(...lists: readonly (readonly (string | null)[])[]): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const key of list) {
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      keys.push(key);
    }
  }
  return keys;
}

/** A bucket's label and bounds, as the series report them. */
export function boundsOf(bucket: Bucket): DeliveryBucketBounds {
  return { label: bucket.label, start: bucket.start, end: bucket.end };
}

/** The plan buckets of a series: each bucket's first instant. */
export function bucketStarts(buckets: readonly Bucket[]): number[] {
  return buckets.map((bucket) => bucket.start.getTime());
}
