/**
 * The computation of indicator 7 (hours of production sold) over a `PlanRunner`.
 *
 * @internal
 * @module
 */
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { boundsOf, cellAt, checkOperationsOptions, datedPlan, headOf } from "./_operationsCore.js";
import {
  DEFAULT_HOURS_SOLD_GRAIN,
  type HoursSoldFigures,
  type HoursSoldOptions,
  type HoursSoldResult,
} from "./hoursSoldTypes.js";

const WITH_HOURS: readonly Predicate[] = [{ kind: "present", column: "hoursSold", present: true }];

/** {@link hoursSold} over `run`'s orders. */
export function hoursSoldOf(run: PlanRunner, options: HoursSoldOptions): HoursSoldResult {
  const settings = checkOperationsOptions(options, DEFAULT_HOURS_SOLD_GRAIN);
  const all = run(datedPlan(settings, "orders", [], { orders: { kind: "count" } }));
  const withHours = run(
    datedPlan(settings, "orders", WITH_HOURS, {
      orders: { kind: "count" },
      hours: { kind: "decimalSum", column: "hoursSold" },
    }),
  );
  const figuresAt = (bucket: number | null): HoursSoldFigures => {
    const orders = cellAt(all, bucket).orders;
    const cell = cellAt(withHours, bucket);
    return { hours: cell.hours, orders, ordersWithHours: cell.orders, ordersWithoutHours: orders - cell.orders };
  };
  const bounds = boundsOf(settings);
  const result: HoursSoldResult = {
    indicator: "hours-sold",
    unit: "hours",
    ...headOf(settings, "orders"),
    buckets: bounds.map((bucket, index) => ({ ...bucket, ...figuresAt(index) })),
    totals: figuresAt(null),
  };
  if (!settings.explain) return result;
  const ids = run(datedPlan(settings, "orders", WITH_HOURS, { ids: { kind: "ids", order: "time" } }));
  return {
    ...result,
    explain: { buckets: bounds.map((bucket, index) => ({ label: bucket.label, orderIds: ids.get(index).ids })) },
  };
}
