/**
 * The computation of `deliveryLateness` on a plan runner.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { RATIONAL_ZERO, type Rational } from "../../money/rational.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationSettings } from "./_serviceSettings.js";
import { durationBetween, durationStats, isPositive } from "./_durations.js";
import type { DeliveryLatenessResult, DeliveryLatenessWarningCode } from "./deliveryLatenessTypes.js";

const DELIVERED = {
  ids: { kind: "ids" },
  promisedAt: { kind: "timeValues", column: "promisedAt" },
  deliveredAt: { kind: "timeValues", column: "deliveredAt" },
} as const;

const OPEN = { ids: { kind: "ids" }, promisedAt: { kind: "timeValues", column: "promisedAt" } } as const;

/** The deliveries delivered in `[start, cut)`, with their promise and delivery instants. */
export function deliveredPlan(settings: DurationSettings): AggregationPlan<typeof DELIVERED> {
  return {
    table: "deliveries",
    time: "deliveredAt",
    window: { from: settings.start, to: settings.cut },
    measures: DELIVERED,
  };
}

/** The deliveries promised before the cut and not delivered by it (whenever they were promised). */
export function overduePlan(settings: DurationSettings): AggregationPlan<typeof OPEN> {
  return {
    table: "deliveries",
    time: "promisedAt",
    window: { from: null, to: settings.cut },
    where: [{ kind: "time", column: "deliveredAt", op: ">=", value: settings.cut, orAbsent: true }],
    measures: OPEN,
  };
}

/**
 * Delivery lateness over the period on a plan runner.
 *
 * @param run - the plan runner over the deliveries
 * @param settings - the checked options
 * @returns the result
 */
export function deliveryLatenessOf(run: PlanRunner, settings: DurationSettings): DeliveryLatenessResult {
  const { timeZone } = settings.calendar;
  const { unit, dayCount, cut } = settings;
  const delivered = run(deliveredPlan(settings)).total();
  const open = run(overduePlan(settings)).total();
  const lateness: Rational[] = [];
  const lateIds: string[] = [];
  delivered.ids.forEach((id, i) => {
    const late = durationBetween(
      timeZone,
      delivered.promisedAt[i] as number,
      delivered.deliveredAt[i] as number,
      unit,
      dayCount,
    );
    if (isPositive(late)) lateIds.push(id);
    lateness.push(isPositive(late) ? late : RATIONAL_ZERO);
  });
  const ages = open.promisedAt.map((promised) => durationBetween(timeZone, promised as number, cut, unit, dayCount));
  const warnings: IndicatorWarning<DeliveryLatenessWarningCode>[] =
    open.ids.length === 0
      ? []
      : [
          {
            code: "overdue-deliveries",
            message: `${open.ids.length} deliveries promised before ${new Date(cut).toISOString()} were not delivered by then: they are reported in overdue with their age, not in the lateness figures`,
          },
        ];
  return {
    indicator: "delivery-lateness",
    unit: "duration",
    durationUnit: unit,
    dayCount,
    period: settings.period,
    asOf: settings.asOf,
    delivered: delivered.ids.length,
    lateness: durationStats(lateness),
    lateShare: ratio(new Dec(lateIds.length), new Dec(delivered.ids.length), "no-deliveries"),
    overdue: { count: open.ids.length, age: durationStats(ages) },
    warnings,
    ...(settings.explain ? { explain: { lateIds, overdueIds: [...open.ids] } } : {}),
  };
}
