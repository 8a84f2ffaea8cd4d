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
import { durationBetween, durationStats, spanDurationStats, unitLengthMs } from "../_durations.js";
import { statsOfSpanPairs } from "../../table/kernel/spanStats.js";
import type { DeliveryLeadTimeResult, DeliveryLeadTimeWarningCode } from "./deliveryLeadTimeTypes.js";
import type { DurationStats } from "./serviceTypes.js";
import type { Bucket } from "../../period/types.js";
import { boundsOf, bucketStarts, mergeKeys, type GroupLayout } from "./_deliveryForms.js";
import type { DeliveryBucketBounds, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

// The delivery ids are listed only with `explain`: the figures need each delivery's order and instant.
const DELIVERED = {
  orderId: { kind: "codeValues", column: "orderId" },
  deliveredAt: { kind: "timeValues", column: "deliveredAt" },
} as const;
const OPEN = { orderId: { kind: "codeValues", column: "orderId" } } as const;
const IDS = { ids: { kind: "ids" } } as const;
const ORDER_DATES = { ids: { kind: "ids" }, date: { kind: "timeValues", column: "date" } } as const;

/** Deliveries delivered in the window: each one's order and delivery instant (and id, with `explain`), row by row. */
export type DeliveredRows = CellValues<typeof DELIVERED> & { readonly ids?: readonly string[] };
/** Deliveries open at the cut: each one's order (and id, with `explain`), row by row. */
export type OpenRows = CellValues<typeof OPEN> & { readonly ids?: readonly string[] };

/** The deliveries delivered in `[start, cut)` (by bucket of `buckets` when given), each with its order. */
function deliveredPlan(settings: DurationSettings, buckets?: readonly number[]): AggregationPlan<typeof DELIVERED> {
  return {
    table: "deliveries",
    time: "deliveredAt",
    window: { from: settings.start, to: settings.cut },
    ...(buckets === undefined ? {} : { buckets }),
    measures: settings.explain ? { ...IDS, ...DELIVERED } : DELIVERED,
  };
}

/** The deliveries not delivered by the cut (whenever promised), each with its order. */
function openPlan(settings: DurationSettings): AggregationPlan<typeof OPEN> {
  return {
    table: "deliveries",
    time: "promisedAt",
    window: { from: null, to: null },
    where: [{ kind: "time", column: "deliveredAt", op: ">=", value: settings.cut, orAbsent: true }],
    measures: settings.explain ? { ...IDS, ...OPEN } : OPEN,
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

/** How many deliveries, and with `explain` their ids, each with its order's id. */
interface IdList {
  size: number;
  readonly ids: string[];
  readonly orders: (string | null)[];
}

function idList(): IdList {
  return { size: 0, ids: [], orders: [] };
}

/** Counts a delivery in `list`, and lists it with its order when its id is known (`explain`). */
function push(list: IdList, id: string | undefined, orderId: string | null): void {
  list.size += 1;
  if (id === undefined) return;
  list.orders.push(orderId);
  list.ids.push(id);
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
  const unitMs = unitLengthMs(settings.measure);
  const count = rows.orderId.length;
  // With a fixed unit length, the spans stay integer ms in typed arrays (no fraction per delivery).
  const starts = new Float64Array(unitMs === null ? 0 : count);
  const ends = new Float64Array(unitMs === null ? 0 : count);
  const leadTimes: Rational[] = [];
  const measured = idList();
  const orderMissing = idList();
  const beforeOrder = idList();
  for (let i = 0; i < count; i++) {
    const id = rows.ids?.[i];
    const orderId = rows.orderId[i] as string | null;
    const ordered = dateOf(runs, orderId);
    if (ordered === null) {
      push(orderMissing, id, orderId);
      continue;
    }
    const deliveredAt = rows.deliveredAt[i] as number;
    if (deliveredAt < ordered) {
      push(beforeOrder, id, orderId);
      continue;
    }
    if (unitMs === null) leadTimes.push(durationBetween(ordered, deliveredAt, settings.measure));
    else {
      starts[measured.size] = ordered;
      ends[measured.size] = deliveredAt;
    }
    push(measured, id, orderId);
  }
  const leadTime =
    unitMs === null
      ? durationStats(leadTimes)
      : spanDurationStats(statsOfSpanPairs(starts, ends, measured.size), unitMs);
  return { delivered: count, leadTime, measured, orderMissing, beforeOrder };
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
  const unitMs = unitLengthMs(settings.measure);
  const openMissing = idList();
  const ages: Rational[] = [];
  const starts = new Float64Array(unitMs === null ? 0 : open.orderId.length);
  const waiting = idList();
  open.orderId.forEach((orderId, i) => {
    const id = open.ids?.[i];
    const ordered = dateOf(runs, orderId);
    if (ordered === null) {
      push(openMissing, id, orderId);
      return;
    }
    // An order placed at or after the cut was not waiting for anything yet.
    if (ordered >= cut) return;
    if (unitMs === null) ages.push(durationBetween(ordered, cut, settings.measure));
    else starts[waiting.size] = ordered;
    push(waiting, id, orderId);
  });
  const age =
    unitMs === null
      ? durationStats(ages)
      : spanDurationStats(statsOfSpanPairs(starts, new Float64Array(waiting.size).fill(cut), waiting.size), unitMs);
  const orderMissing = done.orderMissing.size + openMissing.size;

  return {
    indicator: "delivery-lead-time",
    unit: "duration",
    durationUnit: settings.measure.unit,
    dayCount: settings.measure.dayCount,
    period: settings.period,
    asOf: settings.asOf,
    delivered: done.delivered,
    leadTime: done.leadTime,
    open: { count: waiting.size, age },
    orderMissing,
    deliveredBeforeOrder: done.beforeOrder.size,
    warnings: [
      ...warning(
        "order-missing",
        orderMissing,
        "deliveries name an order not among the orders given: they have no lead time and are left out",
      ),
      ...warning(
        "delivered-before-order",
        done.beforeOrder.size,
        "deliveries are dated before their order: left out of the lead time",
      ),
      ...warning(
        "open-deliveries",
        waiting.size,
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
        orderMissing: done.orderMissing.size,
        deliveredBeforeOrder: done.beforeOrder.size,
        ...(settings.explain ? { explain: { deliveryIds: byOrder(done.measured, all) } } : {}),
      };
    }),
    total: leadTimeResultOf(runs, settings),
  };
}

const NO_DELIVERED: DeliveredRows = { ids: [], orderId: [], deliveredAt: [] };
const NO_OPEN: OpenRows = { ids: [], orderId: [] };

/** The rows of `rows` (aligned lists) split by the group of each row's order; the rows in no group apart. */
function partition<R extends { readonly orderId: readonly (string | null)[] }>(
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
