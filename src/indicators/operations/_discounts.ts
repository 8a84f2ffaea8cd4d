/**
 * The computation of indicator 18 (discounts granted and the discount rate) over a `PlanRunner`.
 *
 * @internal
 * @module
 */
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import { boundsOf, cellAt, checkOperationsOptions, datedPlan, headOf } from "./_operationsCore.js";
import {
  DEFAULT_DISCOUNTS_GRAIN,
  type DiscountsFigures,
  type DiscountsOptions,
  type DiscountsResult,
} from "./discountsTypes.js";

const DISCOUNTED: Predicate = { kind: "present", column: "discount", present: true };
const WITH_GROSS: Predicate = { kind: "present", column: "grossAmount", present: true };
const WITHOUT_GROSS: Predicate = { kind: "present", column: "grossAmount", present: false };

/** {@link discounts} over `run`'s orders. */
export function discountsOf(run: PlanRunner, options: DiscountsOptions): DiscountsResult {
  const settings = checkOperationsOptions(options, DEFAULT_DISCOUNTS_GRAIN);
  const guard = new CurrencyGuard(options);
  const count = { kind: "count" } as const;
  const all = run(datedPlan(settings, "orders", [], { orders: count }), guard);
  const granted = run(
    datedPlan(settings, "orders", [DISCOUNTED], { orders: count, sum: { kind: "sum", column: "discount" } }),
    guard,
  );
  const gross = run(
    datedPlan(settings, "orders", [WITH_GROSS], { sum: { kind: "sum", column: "grossAmount" } }),
    guard,
  );
  const net = run(datedPlan(settings, "orders", [WITHOUT_GROSS], { sum: { kind: "sum", column: "amount" } }), guard);
  const added = run(
    datedPlan(settings, "orders", [WITHOUT_GROSS, DISCOUNTED], {
      orders: count,
      sum: { kind: "sum", column: "discount" },
    }),
    guard,
  );
  const figuresAt = (bucket: number | null): DiscountsFigures => {
    const discounted = cellAt(granted, bucket);
    const reconstructed = cellAt(added, bucket);
    const grossAmount = cellAt(gross, bucket).sum.plus(cellAt(net, bucket).sum).plus(reconstructed.sum);
    return {
      discounts: discounted.sum,
      grossAmount,
      discountRate: ratio(discounted.sum, grossAmount, "no-gross-amount" as const),
      orders: cellAt(all, bucket).orders,
      discountedOrders: discounted.orders,
      discountedWithoutGross: reconstructed.orders,
    };
  };
  const bounds = boundsOf(settings);
  const result: DiscountsResult = {
    indicator: "discounts",
    unit: "money",
    currency: guard.currency,
    ...headOf(settings, "orders"),
    buckets: bounds.map((bucket, index) => ({ ...bucket, ...figuresAt(index) })),
    totals: figuresAt(null),
  };
  if (!settings.explain) return result;
  const ids = run(datedPlan(settings, "orders", [DISCOUNTED], { ids: { kind: "ids", order: "time" } }), guard);
  return {
    ...result,
    explain: { buckets: bounds.map((bucket, index) => ({ label: bucket.label, orderIds: ids.get(index).ids })) },
  };
}
