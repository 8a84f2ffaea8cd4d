/**
 * The computation of `deliveryLeadTime` and its series and grouped forms on a plan runner: the
 * deliveries row by row with their `orderId` (a `codeValues` list), joined to their order's date
 * through one plan that lists every order's id and date: one map look-up per delivery, where a
 * cell per order would cost a key look-up and a cell read per order.
 *
 * @internal
 * @module
 */
import type { Rational } from "../../money/rational.js";
import type { Cells, CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan } from "../../table/kernel/plan.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationSettings } from "./_serviceSettings.js";
import { durationBetween, durationStats } from "../_durations.js";
import type { DeliveryLeadTimeResult, DeliveryLeadTimeWarningCode } from "./deliveryLeadTimeTypes.js";
import type { DurationStats } from "./serviceTypes.js";
import type { Bucket } from "../../period/types.js";
import { boundsOf, bucketStarts, mergeKeys, type GroupLayout } from "./_deliveryForms.js";
import type { DeliveryBucketBounds, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

const DELIVERED = {
  ids: { kind: "ids" },
  orderId: { kind: "codeValues", column: "orderId" },
  deliveredAt: { kind: "timeValues", column: "deliveredAt" },
} as const;
const OPEN = { ids: { kind: "ids" }, orderId: { kind: "codeValues", column: "orderId" } } as const;
const ORDER_DATES = { ids: { kind: "ids" }, date: { kind: "timeValues", column: "date" } } as const;

/** Deliveries delivered in the window: each one's id, order and delivery instant, row by row. */
export type DeliveredRows = CellValues<typeof DELIVERED>;
/** Deliveries open at the cut: each one's id and order, row by row. */
export type OpenRows = CellValues<typeof OPEN>;

/** The deliveries delivered in `[start, cut)` (by bucket of `buckets` when given), each with its order. */
function deliveredPlan(settings: DurationSettings, buckets?: readonly number[]): AggregationPlan<typeof DELIVERED> {
  return {
    table: "deliveries",
    time: "deliveredAt",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    measures: DELIVERED,
  };
}

/** The deliveries not delivered by the cut (whenever promised), each with its order. */
function openPlan(settings: DurationSettings): AggregationPlan<typeof OPEN> {
  return {
    table: "deliveries",
    time: "promisedAt",
    window: { from: null, to: null },
    where: [{ kind: "time", column: "deliveredAt", op: ">=", value: settings.cut, orAbsent: true }],
    measures: OPEN,
  };
}

/** Every order's id and date, row by row: one plan, joined to the deliveries through a map. */
const ORDERS_PLAN: AggregationPlan<typeof ORDER_DATES> = {
  table: "orders",
  time: "date",
  window: { from: null, to: null },
  measures: ORDER_DATES,
};

function warning(
  code: DeliveryLeadTimeWarningCode,
  count: number,
  message: string,
): IndicatorWarning<DeliveryLeadTimeWarningCode>[] {
  return count === 0 ? [] : [{ code, message: `${count} ${message}` }];
}

/** The plans of one computation: deliveries delivered (by bucket) and open, and the orders' dates. */
export interface LeadTimeRuns {
  readonly delivered: Cells<typeof DELIVERED>;
  /** The deliveries open at the cut. */
  readonly open: OpenRows;
  /** An order's date (the earliest, when an id repeats), or `undefined` when the order is not given. */
  readonly orderDates: ReadonlyMap<string, number>;
}

/** Runs the plans of a lead-time computation (bucketed by `buckets` for a series). */
export function leadTimeRuns(run: PlanRunner, settings: DurationSettings, buckets?: readonly number[]): LeadTimeRuns {
  const delivered = run(deliveredPlan(settings, buckets));
  const open = run(openPlan(settings)).total();
  const orders = run(ORDERS_PLAN).total();
  const orderDates = new Map<string, number>();
  orders.ids.forEach((orderId, i) => {
    const date = orders.date[i] as number;
    const known = orderDates.get(orderId);
    if (known === undefined || date < known) orderDates.set(orderId, date);
  });
  return { delivered, open, orderDates };
}

function dateOf(runs: LeadTimeRuns, orderId: string | null): number | null {
  return orderId === null ? null : (runs.orderDates.get(orderId) ?? null);
}

/** Delivery ids, each with its order's id. */
interface IdList {
  readonly ids: string[];
  readonly orders: (string | null)[];
}

function idList(): IdList {
  return { ids: [], orders: [] };
}

/** Adds `id` with its order to `list`; returns the list's new length. */
function push(list: IdList, id: string, orderId: string | null): number {
  list.orders.push(orderId);
  return list.ids.push(id);
}

/**
 * The ids of `list` as `explain` gives them: grouped by order, the orders in order of their first
 * delivery among `all` (the deliveries the list was picked from), each order's in table order.
 */
function byOrder(list: IdList, all: readonly (string | null)[]): string[] {
  const rank = new Map<string | null, number>();
  for (const orderId of all) if (!rank.has(orderId)) rank.set(orderId, rank.size);
  const indexes = list.ids.map((_, i) => i);
  const rankOf = (i: number): number => rank.get(list.orders[i] as string | null) ?? 0;
  // Array sort is stable: an order's deliveries stay in table order.
  indexes.sort((x, y) => rankOf(x) - rankOf(y));
  return indexes.map((i) => list.ids[i] as string);
}

/** The lead times of some delivered deliveries (one bucket, one group, or all). */
export interface DeliveredLeadTimes {
  readonly delivered: number;
  readonly leadTime: DurationStats;
  readonly measured: IdList;
  readonly orderMissing: IdList;
  readonly beforeOrder: IdList;
}

/** Each delivery of `rows` joined to its order's date: its lead time, or why it has none. */
export function deliveredLeadTimes(
  runs: LeadTimeRuns,
  settings: DurationSettings,
  rows: DeliveredRows,
): DeliveredLeadTimes {
  const leadTimes: Rational[] = [];
  const measured = idList();
  const orderMissing = idList();
  const beforeOrder = idList();
  rows.ids.forEach((id, i) => {
    const orderId = rows.orderId[i] as string | null;
    const ordered = dateOf(runs, orderId);
    if (ordered === null) return void push(orderMissing, id, orderId);
    const deliveredAt = rows.deliveredAt[i] as number;
    if (deliveredAt < ordered) return void push(beforeOrder, id, orderId);
    push(measured, id, orderId);
    leadTimes.push(durationBetween(ordered, deliveredAt, settings.measure));
  });
  return { delivered: rows.ids.length, leadTime: durationStats(leadTimes), measured, orderMissing, beforeOrder };
}

/**
 * The whole lead-time result of the deliveries `delivered` (default: every one delivered in the
 * window) and `open` (default: every one open at the cut).
 */
export function leadTimeResultOf(
  runs: LeadTimeRuns,
  settings: DurationSettings,
  delivered: DeliveredRows = runs.delivered.total(),
  open: OpenRows = runs.open,
): DeliveryLeadTimeResult {
  const { cut } = settings;
  const done = deliveredLeadTimes(runs, settings, delivered);
  const openMissing = idList();
  const ages: Rational[] = [];
  const waiting = idList();
  open.ids.forEach((id, i) => {
    const orderId = open.orderId[i] as string | null;
    const ordered = dateOf(runs, orderId);
    if (ordered === null) return void push(openMissing, id, orderId);
    // An order placed at or after the cut was not waiting for anything yet.
    if (ordered >= cut) return;
    push(waiting, id, orderId);
    ages.push(durationBetween(ordered, cut, settings.measure));
  });
  const orderMissing = done.orderMissing.ids.length + openMissing.ids.length;

  return {
    indicator: "delivery-lead-time",
    unit: "duration",
    durationUnit: settings.measure.unit,
    dayCount: settings.measure.dayCount,
    period: settings.period,
    asOf: settings.asOf,
    delivered: done.delivered,
    leadTime: done.leadTime,
    open: { count: waiting.ids.length, age: durationStats(ages) },
    orderMissing,
    deliveredBeforeOrder: done.beforeOrder.ids.length,
    warnings: [
      ...warning(
        "order-missing",
        orderMissing,
        "deliveries name an order not among the orders given: they have no lead time and are left out",
      ),
      ...warning(
        "delivered-before-order",
        done.beforeOrder.ids.length,
        "deliveries are dated before their order: left out of the lead time",
      ),
      ...warning(
        "open-deliveries",
        waiting.ids.length,
        `ordered deliveries were not delivered by ${new Date(cut).toISOString()}: reported in open with their age`,
      ),
    ],
    ...(settings.explain
      ? {
          explain: {
            deliveryIds: byOrder(done.measured, delivered.orderId),
            openIds: byOrder(waiting, open.orderId),
            orderMissingIds: [...byOrder(done.orderMissing, delivered.orderId), ...byOrder(openMissing, open.orderId)],
            deliveredBeforeOrderIds: byOrder(done.beforeOrder, delivered.orderId),
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
  const all = settings.explain ? runs.delivered.total().orderId : [];
  return {
    buckets: buckets.map((bucket, index) => {
      const done = deliveredLeadTimes(runs, settings, runs.delivered.get(index));
      return {
        ...boundsOf(bucket),
        delivered: done.delivered,
        leadTime: done.leadTime,
        orderMissing: done.orderMissing.ids.length,
        deliveredBeforeOrder: done.beforeOrder.ids.length,
        ...(settings.explain ? { explain: { deliveryIds: byOrder(done.measured, all) } } : {}),
      };
    }),
    total: leadTimeResultOf(runs, settings),
  };
}

const NO_DELIVERED: DeliveredRows = { ids: [], orderId: [], deliveredAt: [] };
const NO_OPEN: OpenRows = { ids: [], orderId: [] };

/** The rows of `rows` (aligned lists) split by the group of each row's order; the rows in no group apart. */
function partition<R extends { readonly ids: readonly string[]; readonly orderId: readonly (string | null)[] }>(
  rows: R,
  groupOf: ReadonlyMap<string, string>,
): { readonly byGroup: Map<string, R>; readonly none: number[] } {
  const indexes = new Map<string, number[]>();
  const none: number[] = [];
  rows.orderId.forEach((orderId, i) => {
    const group = orderId === null ? undefined : groupOf.get(orderId);
    if (group === undefined) return void none.push(i);
    const list = indexes.get(group);
    if (list === undefined) indexes.set(group, [i]);
    else list.push(i);
  });
  const byGroup = new Map<string, R>();
  for (const [group, picked] of indexes) {
    const part = Object.fromEntries(
      Object.entries(rows).map(([name, list]) => [name, picked.map((i) => (list as readonly unknown[])[i])]),
    );
    byGroup.set(group, part as unknown as R);
  }
  return { byGroup, none };
}

/**
 * Delivery lead time per seller or team of the deliveries' orders on a plan runner: the
 * deliveries of the lead-time plans split by their order's group, then the company's result and
 * the deliveries in no group (delivered in the period, or open at the cut).
 */
export function deliveryLeadTimeGroupedOf(
  run: PlanRunner,
  settings: DurationSettings,
  grouping: GroupLayout,
): DeliveryGroupedResult<"delivery-lead-time", DeliveryLeadTimeResult> {
  const runs = leadTimeRuns(run, settings);
  const groupOf = new Map((grouping.layout.group.relabel ?? []).map(([orderId, group]) => [orderId, group] as const));
  const delivered = partition(runs.delivered.total(), groupOf);
  const open = partition(runs.open, groupOf);
  const keys = mergeKeys(grouping.layout.group.keys ?? [], [...delivered.byGroup.keys()], [...open.byGroup.keys()]);
  const groups = keys.map((key) => ({
    key,
    result: leadTimeResultOf(
      runs,
      settings,
      delivered.byGroup.get(key) ?? NO_DELIVERED,
      open.byGroup.get(key) ?? NO_OPEN,
    ),
  }));
  // Open deliveries count once their order is placed before the cut, or when their order is not given.
  const ungroupedOpen = open.none.filter((i) => {
    const ordered = dateOf(runs, runs.open.orderId[i] as string | null);
    return ordered === null || ordered < settings.cut;
  }).length;
  return {
    indicator: "delivery-lead-time",
    groupBy: grouping.groupBy,
    groups,
    total: leadTimeResultOf(runs, settings),
    ungrouped: delivered.none.length + ungroupedOpen,
  };
}
