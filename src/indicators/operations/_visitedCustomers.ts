/**
 * The computation of indicator 1 (customers visited each week) over a `PlanRunner`, so that its
 * properties run it on the table executor and on the record-by-record reference.
 *
 * @internal
 * @module
 */
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { boundsOf, cellAt, checkOperationsOptions, datedPlan, headOf } from "./_operationsCore.js";
import {
  DEFAULT_VISITED_CUSTOMERS_GRAIN,
  type VisitedCustomersFigures,
  type VisitedCustomersOptions,
  type VisitedCustomersResult,
} from "./visitedCustomersTypes.js";

const DONE_VISITS: readonly Predicate[] = [
  { kind: "in", column: "type", values: ["visit"] },
  { kind: "in", column: "status", values: ["done"] },
];

/** {@link visitedCustomers} over `run`'s activities. */
export function visitedCustomersOf(run: PlanRunner, options: VisitedCustomersOptions): VisitedCustomersResult {
  const settings = checkOperationsOptions(options, DEFAULT_VISITED_CUSTOMERS_GRAIN);
  const visits = run(
    datedPlan(settings, "activities", DONE_VISITS, {
      customers: { kind: "distinct", column: "customer" },
      visits: { kind: "count" },
    }),
  );
  const anonymous = run(
    datedPlan(settings, "activities", [...DONE_VISITS, { kind: "present", column: "customer", present: false }], {
      visits: { kind: "count" },
    }),
  );
  const figuresAt = (bucket: number | null): VisitedCustomersFigures => {
    const cell = cellAt(visits, bucket);
    return {
      customers: cell.customers,
      visits: cell.visits,
      visitsWithoutCustomer: cellAt(anonymous, bucket).visits,
    };
  };
  const bounds = boundsOf(settings);
  const result: VisitedCustomersResult = {
    indicator: "visited-customers",
    unit: "count",
    ...headOf(settings, "visits"),
    buckets: bounds.map((bucket, index) => ({ ...bucket, ...figuresAt(index) })),
    totals: figuresAt(null),
  };
  if (!settings.explain) return result;
  const ids = run(datedPlan(settings, "activities", DONE_VISITS, { ids: { kind: "ids", order: "time" } }));
  return {
    ...result,
    explain: { buckets: bounds.map((bucket, index) => ({ label: bucket.label, activityIds: ids.get(index).ids })) },
  };
}
