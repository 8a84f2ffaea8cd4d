/**
 * The computation of `deliveryLeadTime` and its series and grouped forms on a plan runner: the
 * deliveries by order, joined to their order's date through a plan over the orders keyed by id.
 *
 * @internal
 * @module
 */
import type { Rational } from "../../money/rational.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey, Measure } from "../../table/kernel/plan.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationSettings } from "./_serviceSettings.js";
import { durationBetween, durationStats } from "../_durations.js";
import type { DeliveryLeadTimeResult, DeliveryLeadTimeWarningCode } from "./deliveryLeadTimeTypes.js";
import type { DurationStats } from "./serviceTypes.js";
import type { Bucket } from "../../period/types.js";
import { boundsOf, bucketStarts, mergeKeys, type GroupLayout } from "./_deliveryForms.js";
import type { DeliveryBucketBounds, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

const BY_ORDER: GroupKey = { column: "orderId" };
const DELIVERED = { ids: { kind: "ids" }, deliveredAt: { kind: "timeValues", column: "deliveredAt" } } as const;
const OPEN = { ids: { kind: "ids" } } as const;
const ORDER_DATE = { date: { kind: "min", column: "date" } } as const;

/** The deliveries delivered in `[start, cut)`, by order (and by bucket of `buckets` when given). */
function deliveredPlan(settings: DurationSettings, buckets?: readonly number[]): AggregationPlan<typeof DELIVERED> {
  return {
    table: "deliveries",
    time: "deliveredAt",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    groupBy: [BY_ORDER],
    measures: DELIVERED,
  };
}

/** The deliveries not delivered by the cut (whenever promised), by order. */
function openPlan(settings: DurationSettings): AggregationPlan<typeof OPEN> {
  return {
    table: "deliveries",
    time: "promisedAt",
    window: { from: null, to: null },
    where: [{ kind: "time", column: "deliveredAt", op: ">=", value: settings.cut, orAbsent: true }],
    groupBy: [BY_ORDER],
    measures: OPEN,
  };
}

/** The dates of the orders named, by order id. */
function orderDatesPlan(orderIds: readonly string[]): AggregationPlan<typeof ORDER_DATE> {
  return {
    table: "orders",
    time: "date",
    window: { from: null, to: null },
    where: [{ kind: "in", column: "id", values: orderIds }],
    groupBy: [{ column: "id" }],
    measures: ORDER_DATE,
  };
}

function orderIdsOf<M extends Readonly<Record<string, Measure>>>(cells: Cells<M>): string[] {
  return (cells.keys[0] ?? []).filter((key): key is string => key !== null);
}

function warning(
  code: DeliveryLeadTimeWarningCode,
  count: number,
  message: string,
): IndicatorWarning<DeliveryLeadTimeWarningCode>[] {
  return count === 0 ? [] : [{ code, message: `${count} ${message}` }];
}

/** The three plans of one computation: deliveries delivered (by bucket) and open, by order, and the orders' dates. */
export interface LeadTimeRuns {
  readonly delivered: Cells<typeof DELIVERED>;
  readonly open: Cells<typeof OPEN>;
  /** The orders of the deliveries delivered in the window, in order of first delivery. */
  readonly deliveredOrders: readonly string[];
  /** The orders of the deliveries open at the cut. */
  readonly openOrders: readonly string[];
  /** An order's date, or `null` when the order is not given. */
  readonly orderDate: (orderId: string) => number | null;
}

/** Runs the plans of a lead-time computation (bucketed by `buckets` for a series). */
export function leadTimeRuns(run: PlanRunner, settings: DurationSettings, buckets?: readonly number[]): LeadTimeRuns {
  const delivered = run(deliveredPlan(settings, buckets));
  const open = run(openPlan(settings));
  const deliveredOrders = orderIdsOf(delivered);
  const openOrders = orderIdsOf(open);
  const orders = run(orderDatesPlan([...new Set([...deliveredOrders, ...openOrders])]));
  return { delivered, open, deliveredOrders, openOrders, orderDate: (orderId) => orders.total(orderId).date };
}

/** The lead times of the deliveries delivered in one bucket (`null`: all) of the orders listed. */
export interface DeliveredLeadTimes {
  readonly delivered: number;
  readonly leadTime: DurationStats;
  readonly deliveryIds: readonly string[];
  readonly orderMissingIds: readonly string[];
  readonly beforeOrderIds: readonly string[];
}

/** Each delivery of `orders` delivered in `bucket` (`null`: every bucket) joined to its order's date. */
export function deliveredLeadTimes(
  runs: LeadTimeRuns,
  settings: DurationSettings,
  bucket: number | null,
  orders: readonly string[] = runs.deliveredOrders,
): DeliveredLeadTimes {
  const leadTimes: Rational[] = [];
  const deliveryIds: string[] = [];
  const orderMissingIds: string[] = [];
  const beforeOrderIds: string[] = [];
  let delivered = 0;
  for (const orderId of orders) {
    const cell = bucket === null ? runs.delivered.total(orderId) : runs.delivered.get(bucket, orderId);
    const ordered = runs.orderDate(orderId);
    delivered += cell.ids.length;
    cell.ids.forEach((id, i) => {
      if (ordered === null) return void orderMissingIds.push(id);
      const deliveredAt = cell.deliveredAt[i] as number;
      if (deliveredAt < ordered) return void beforeOrderIds.push(id);
      deliveryIds.push(id);
      leadTimes.push(durationBetween(ordered, deliveredAt, settings.measure));
    });
  }
  return { delivered, leadTime: durationStats(leadTimes), deliveryIds, orderMissingIds, beforeOrderIds };
}

/**
 * The whole lead-time result of the deliveries of `deliveredOrders` and `openOrders` (default:
 * every order met), over every bucket.
 */
export function leadTimeResultOf(
  runs: LeadTimeRuns,
  settings: DurationSettings,
  deliveredOrders: readonly string[] = runs.deliveredOrders,
  openOrders: readonly string[] = runs.openOrders,
): DeliveryLeadTimeResult {
  const { cut } = settings;
  const done = deliveredLeadTimes(runs, settings, null, deliveredOrders);
  const orderMissingIds = [...done.orderMissingIds];
  const ages: Rational[] = [];
  const openIds: string[] = [];
  for (const orderId of openOrders) {
    const { ids } = runs.open.total(orderId);
    const ordered = runs.orderDate(orderId);
    if (ordered === null) {
      orderMissingIds.push(...ids);
      continue;
    }
    // An order placed at or after the cut was not waiting for anything yet.
    if (ordered >= cut) continue;
    for (const id of ids) {
      openIds.push(id);
      ages.push(durationBetween(ordered, cut, settings.measure));
    }
  }

  return {
    indicator: "delivery-lead-time",
    unit: "duration",
    durationUnit: settings.measure.unit,
    dayCount: settings.measure.dayCount,
    period: settings.period,
    asOf: settings.asOf,
    delivered: done.delivered,
    leadTime: done.leadTime,
    open: { count: openIds.length, age: durationStats(ages) },
    orderMissing: orderMissingIds.length,
    deliveredBeforeOrder: done.beforeOrderIds.length,
    warnings: [
      ...warning(
        "order-missing",
        orderMissingIds.length,
        "deliveries name an order not among the orders given: they have no lead time and are left out",
      ),
      ...warning(
        "delivered-before-order",
        done.beforeOrderIds.length,
        "deliveries are dated before their order: left out of the lead time",
      ),
      ...warning(
        "open-deliveries",
        openIds.length,
        `ordered deliveries were not delivered by ${new Date(cut).toISOString()}: reported in open with their age`,
      ),
    ],
    ...(settings.explain
      ? {
          explain: {
            deliveryIds: done.deliveryIds,
            openIds,
            orderMissingIds,
            deliveredBeforeOrderIds: done.beforeOrderIds,
          },
        }
      : {}),
  };
}

/**
 * Delivery lead time over the period on a plan runner.
 *
 * @param run - the plan runner over the deliveries and the orders
 * @param settings - the checked options
 * @returns the result
 */
export function deliveryLeadTimeOf(run: PlanRunner, settings: DurationSettings): DeliveryLeadTimeResult {
  return leadTimeResultOf(leadTimeRuns(run, settings), settings);
}

/** One bucket of a lead-time series: the deliveries delivered in it. */
export interface LeadTimeBucketFigures extends DeliveryBucketBounds {
  readonly delivered: number;
  readonly leadTime: DurationStats;
  readonly orderMissing: number;
  readonly deliveredBeforeOrder: number;
  readonly explain?: { readonly deliveryIds: readonly string[] };
}

/**
 * Delivery lead time bucket by bucket on a plan runner: the deliveries delivered in the range by
 * bucket and order (one plan), joined to their orders, and the whole range's result (its open
 * deliveries at the cut).
 */
export function deliveryLeadTimeSeriesOf(
  run: PlanRunner,
  settings: DurationSettings,
  buckets: readonly Bucket[],
): { readonly buckets: LeadTimeBucketFigures[]; readonly total: DeliveryLeadTimeResult } {
  const runs = leadTimeRuns(run, settings, bucketStarts(buckets));
  return {
    buckets: buckets.map((bucket, index) => {
      const done = deliveredLeadTimes(runs, settings, index);
      return {
        ...boundsOf(bucket),
        delivered: done.delivered,
        leadTime: done.leadTime,
        orderMissing: done.orderMissingIds.length,
        deliveredBeforeOrder: done.beforeOrderIds.length,
        ...(settings.explain ? { explain: { deliveryIds: done.deliveryIds } } : {}),
      };
    }),
    total: leadTimeResultOf(runs, settings),
  };
}

/** The orders of `orders` by group (`groupOf`), in the groups' order; the orders in no group apart. */
function partition(
  orders: readonly string[],
  groupOf: ReadonlyMap<string, string>,
): { readonly byGroup: Map<string, string[]>; readonly none: string[] } {
  const byGroup = new Map<string, string[]>();
  const none: string[] = [];
  for (const orderId of orders) {
    const group = groupOf.get(orderId);
    if (group === undefined) {
      none.push(orderId);
      continue;
    }
    const list = byGroup.get(group);
    if (list === undefined) byGroup.set(group, [orderId]);
    else list.push(orderId);
  }
  return { byGroup, none };
}

/**
 * Delivery lead time per seller or team of the deliveries' orders on a plan runner: the orders
 * of the lead-time plans split by their group, then the company's result and the deliveries in
 * no group (delivered in the period, or open at the cut).
 */
export function deliveryLeadTimeGroupedOf(
  run: PlanRunner,
  settings: DurationSettings,
  grouping: GroupLayout,
): DeliveryGroupedResult<"delivery-lead-time", DeliveryLeadTimeResult> {
  const runs = leadTimeRuns(run, settings);
  const groupOf = new Map((grouping.layout.group.relabel ?? []).map(([orderId, group]) => [orderId, group] as const));
  const delivered = partition(runs.deliveredOrders, groupOf);
  const open = partition(runs.openOrders, groupOf);
  const keys = mergeKeys(grouping.layout.group.keys ?? [], [...delivered.byGroup.keys()], [...open.byGroup.keys()]);
  const groups = keys.map((key) => ({
    key,
    result: leadTimeResultOf(runs, settings, delivered.byGroup.get(key) ?? [], open.byGroup.get(key) ?? []),
  }));
  const ungroupedDelivered = delivered.none.reduce((sum, orderId) => sum + runs.delivered.total(orderId).ids.length, 0);
  // Open deliveries count once their order is placed before the cut, or when their order is not given.
  const ungroupedOpen = open.none.reduce((sum, orderId) => {
    const ordered = runs.orderDate(orderId);
    return ordered === null || ordered < settings.cut ? sum + runs.open.total(orderId).ids.length : sum;
  }, 0);
  return {
    indicator: "delivery-lead-time",
    groupBy: grouping.groupBy,
    groups,
    total: leadTimeResultOf(runs, settings),
    ungrouped: ungroupedDelivered + ungroupedOpen,
  };
}
