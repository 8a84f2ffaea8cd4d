/**
 * The new / existing split of a window's orders from whole-segment totals, with no figure per
 * customer: the customers who ordered before the period (every owner) are listed once, then the
 * window's totals are read for every order, for those customers' orders and for the orders
 * without a customer; new customers are what remains. Each count and sum is exact, so the
 * difference is too.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { unsignedZero } from "../../money/dec.js";
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, CountMeasure, DistinctMeasure, Predicate, SumMeasure } from "../../table/kernel/plan.js";
import type { CustomerSegment } from "./customerTypes.js";

/** The measures of a totals plan: distinct customers, orders, exact revenue. */
interface TotalMeasures {
  readonly [name: string]: DistinctMeasure | CountMeasure | SumMeasure;
  readonly customers: DistinctMeasure;
  readonly orders: CountMeasure;
  readonly revenue: SumMeasure;
}

/** The customers with an order dated before `start`, any owner (the "existing" ones of a period starting then). */
export function customersBefore(run: PlanRunner, start: number): string[] {
  const cells = run({
    table: "orders",
    time: "date",
    window: { from: null, to: start },
    groupBy: [{ column: "customer" }],
    measures: {},
  });
  return (cells.keys[0] ?? []).filter((key): key is string => key !== null);
}

/** The earliest order given (any owner, any customer or none), epoch ms; `null` when there is none. */
export function earliestOrderOf(run: PlanRunner): number | null {
  return run({
    table: "orders",
    time: "date",
    window: { from: null, to: null },
    measures: { first: { kind: "min", column: "date" } },
  }).total().first;
}

/** Totals of the scope's orders dated in `[from, to)` that pass `where`. */
function totalsPlan(
  from: number,
  to: number,
  owners: readonly string[] | undefined,
  where: readonly Predicate[],
): AggregationPlan<TotalMeasures> {
  return {
    table: "orders",
    time: "date",
    window: { from, to: Math.max(from, to) },
    ...(owners === undefined ? {} : { owners }),
    ...(where.length === 0 ? {} : { where }),
    measures: {
      customers: { kind: "distinct", column: "customer" },
      orders: { kind: "count" },
      revenue: { kind: "sum", column: "amount" },
    },
  };
}

/** The split of a window's orders, as totals. */
export interface SegmentTotals {
  readonly newCustomers: CustomerSegment;
  readonly existingCustomers: CustomerSegment;
  readonly withoutCustomer: { readonly orderCount: number; readonly realized: Decimal };
  readonly realized: Decimal;
}

/**
 * The window's orders of `owners` split into new customers, existing customers (`existing`: those
 * with an order before the period) and orders without a customer. The every-order totals run
 * first, so amounts meet the currency check in table order, as a per-customer reading would.
 */
export function segmentTotals(
  run: PlanRunner,
  window: { readonly from: number; readonly to: number },
  owners: readonly string[] | undefined,
  existing: readonly string[],
  guard: CurrencyGuard,
): SegmentTotals {
  const all = run(totalsPlan(window.from, window.to, owners, []), guard).total();
  const known = run(
    totalsPlan(window.from, window.to, owners, [{ kind: "in", column: "customer", values: existing }]),
    guard,
  ).total();
  const none = run(
    totalsPlan(window.from, window.to, owners, [{ kind: "in", column: "customer", values: [null] }]),
    guard,
  ).total();
  return {
    newCustomers: {
      customerCount: all.customers - known.customers,
      orderCount: all.orders - known.orders - none.orders,
      revenue: unsignedZero(all.revenue.minus(known.revenue).minus(none.revenue)),
    },
    existingCustomers: { customerCount: known.customers, orderCount: known.orders, revenue: known.revenue },
    withoutCustomer: { orderCount: none.orders, realized: none.revenue },
    realized: all.revenue,
  };
}
