/**
 * The computation of `deliveryLeadTime` on a plan runner: the deliveries by order, joined to their
 * order's date through a plan over the orders keyed by id.
 *
 * @internal
 * @module
 */
import type { Rational } from "../../money/rational.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey, Measure } from "../../table/kernel/plan.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationSettings } from "./_serviceSettings.js";
import { durationBetween, durationStats } from "./_durations.js";
import type { DeliveryLeadTimeResult, DeliveryLeadTimeWarningCode } from "./deliveryLeadTimeTypes.js";

const BY_ORDER: GroupKey = { column: "orderId" };
const DELIVERED = { ids: { kind: "ids" }, deliveredAt: { kind: "timeValues", column: "deliveredAt" } } as const;
const OPEN = { ids: { kind: "ids" } } as const;
const ORDER_DATE = { date: { kind: "min", column: "date" } } as const;

/** The deliveries delivered in `[start, cut)`, by order. */
function deliveredPlan(settings: DurationSettings): AggregationPlan<typeof DELIVERED> {
  return {
    table: "deliveries",
    time: "deliveredAt",
    window: { from: settings.start, to: settings.cut },
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

/**
 * Delivery lead time over the period on a plan runner.
 *
 * @param run - the plan runner over the deliveries and the orders
 * @param settings - the checked options
 * @returns the result
 */
export function deliveryLeadTimeOf(run: PlanRunner, settings: DurationSettings): DeliveryLeadTimeResult {
  const { timeZone } = settings.calendar;
  const { unit, dayCount, cut } = settings;
  const delivered = run(deliveredPlan(settings));
  const open = run(openPlan(settings));
  const deliveredOrders = orderIdsOf(delivered);
  const openOrders = orderIdsOf(open);
  const orders = run(orderDatesPlan([...new Set([...deliveredOrders, ...openOrders])]));
  const orderDate = (orderId: string): number | null => orders.total(orderId).date;

  const leadTimes: Rational[] = [];
  const deliveryIds: string[] = [];
  const orderMissingIds: string[] = [];
  const beforeOrderIds: string[] = [];
  let deliveredCount = 0;
  for (const orderId of deliveredOrders) {
    const cell = delivered.total(orderId);
    const ordered = orderDate(orderId);
    deliveredCount += cell.ids.length;
    cell.ids.forEach((id, i) => {
      if (ordered === null) return void orderMissingIds.push(id);
      const deliveredAt = cell.deliveredAt[i] as number;
      if (deliveredAt < ordered) return void beforeOrderIds.push(id);
      deliveryIds.push(id);
      leadTimes.push(durationBetween(timeZone, ordered, deliveredAt, unit, dayCount));
    });
  }

  const ages: Rational[] = [];
  const openIds: string[] = [];
  for (const orderId of openOrders) {
    const { ids } = open.total(orderId);
    const ordered = orderDate(orderId);
    if (ordered === null) {
      orderMissingIds.push(...ids);
      continue;
    }
    // An order placed at or after the cut was not waiting for anything yet.
    if (ordered >= cut) continue;
    for (const id of ids) {
      openIds.push(id);
      ages.push(durationBetween(timeZone, ordered, cut, unit, dayCount));
    }
  }

  return {
    indicator: "delivery-lead-time",
    unit: "duration",
    durationUnit: unit,
    dayCount,
    period: settings.period,
    asOf: settings.asOf,
    delivered: deliveredCount,
    leadTime: durationStats(leadTimes),
    open: { count: openIds.length, age: durationStats(ages) },
    orderMissing: orderMissingIds.length,
    deliveredBeforeOrder: beforeOrderIds.length,
    warnings: [
      ...warning(
        "order-missing",
        orderMissingIds.length,
        "deliveries name an order not among the orders given: they have no lead time and are left out",
      ),
      ...warning(
        "delivered-before-order",
        beforeOrderIds.length,
        "deliveries are dated before their order: left out of the lead time",
      ),
      ...warning(
        "open-deliveries",
        openIds.length,
        `ordered deliveries were not delivered by ${new Date(cut).toISOString()}: reported in open with their age`,
      ),
    ],
    ...(settings.explain
      ? { explain: { deliveryIds, openIds, orderMissingIds, deliveredBeforeOrderIds: beforeOrderIds } }
      : {}),
  };
}
