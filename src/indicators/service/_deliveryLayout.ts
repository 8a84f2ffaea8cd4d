/**
 * How the delivery indicators (17, 20, 22) lay their cells out: one cell (the single form), one
 * per bucket of a range (the series), or one per seller or team (the grouped form). A delivery
 * names no seller: its seller is its order's, so the grouped form keys the deliveries by
 * `orderId`, relabelled to the order's seller (or team) from a plan over the orders.
 *
 * @internal
 * @module
 */
import type { Seller } from "../../model/types.js";
import type { Cells, CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey, Measure } from "../../table/kernel/plan.js";
import { ownerGroupKey } from "../lostDeals/_lostDealsPlans.js";

/** The cells a delivery plan is split into: buckets (a series) or group keys (a grouped form). */
export interface DeliveryLayout {
  /** First instants (epoch ms) of a series' buckets; absent: one bucket. */
  readonly buckets?: readonly number[];
  /** The deliveries' `orderId` relabelled to their order's seller or team; absent: no groups. */
  readonly group?: GroupKey;
}

/** The single form's layout: one cell. */
export const SINGLE: DeliveryLayout = {};

/** `plan` with the layout's buckets (when it reads the layout's time column) and group key. */
export function laidOut<M extends Readonly<Record<string, Measure>>>(
  plan: AggregationPlan<M>,
  layout: DeliveryLayout,
  bucketed: boolean,
): AggregationPlan<M> {
  return {
    ...plan,
    ...(bucketed && layout.buckets !== undefined ? { buckets: layout.buckets } : {}),
    ...(layout.group === undefined ? {} : { groupBy: [layout.group, ...(plan.groupBy ?? [])] }),
  };
}

/**
 * Where one figure's cell is: a bucket of the series (`null`: every bucket) and, in a grouped
 * form, the group's key.
 */
export interface CellAddress {
  readonly bucket: number | null;
  readonly key?: string;
}

/** The cell of `cells` at `at` (the keys after the group's, when the plan has more group columns). */
export function cellOf<M extends Readonly<Record<string, Measure>>>(
  cells: Cells<M>,
  at: CellAddress,
  ...more: readonly (string | null)[]
): CellValues<M> {
  const keys = at.key === undefined ? more : [at.key, ...more];
  return at.bucket === null ? cells.total(...keys) : cells.get(at.bucket, ...keys);
}

/**
 * The group key of the grouped delivery forms: each delivery's `orderId` relabelled to its
 * order's seller (or the seller's team), the roster's sellers (or teams) listed first. A plan over
 * the deliveries names their orders, one over those orders gives each seller's (or team's); a delivery whose order is not among
 * them (order not given, or seller in no team) has no label, so is in no group.
 */
export function orderSellerKey(
  run: PlanRunner,
  groupBy: "seller" | "team",
  sellers: readonly Seller[] | undefined,
): GroupKey {
  const owner = ownerGroupKey(groupBy, sellers);
  const named = run({
    table: "deliveries",
    time: "promisedAt",
    window: { from: null, to: null },
    groupBy: [{ column: "orderId" }],
    measures: { rows: { kind: "count" } },
  });
  const orderIds = (named.keys[0] ?? []).filter((key): key is string => key !== null);
  const cells = run({
    table: "orders",
    time: "date",
    window: { from: null, to: null },
    where: [{ kind: "in", column: "id", values: orderIds }],
    groupBy: [owner],
    measures: { ids: { kind: "ids" } },
  });
  const relabel: (readonly [string, string])[] = [];
  for (const key of cells.keys[0] ?? []) {
    if (key === null) continue;
    for (const orderId of cells.total(key).ids) relabel.push([orderId, key]);
  }
  return { column: "orderId", ...(owner.keys === undefined ? {} : { keys: owner.keys }), relabel };
}
