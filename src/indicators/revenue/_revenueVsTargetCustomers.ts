/**
 * Revenue versus target (2.1) by customer on the aggregation kernel: one realized-revenue plan
 * grouped by the orders' `customer` column, the groups ranked by realized revenue, the first `top`
 * kept and the others folded into `rest`.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { ZERO } from "../../money/dec.js";
import type { Period } from "../../period/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import {
  buildCustomerResult,
  windowEnd,
  type RealizedFigure,
  type Settings,
  type Warning,
} from "./_revenueVsTargetCore.js";
import { realizedOf } from "./_revenueVsTargetFigures.js";
import { realizedPlan } from "./realizedPlan.js";
import type { RevenueVsTargetCustomerResult } from "./revenueVsTargetTypes.js";

/** What {@link revenueVsTargetByCustomerOf} computes: a grouped result but its envelope. */
export interface CustomerFigures {
  readonly currency: string | null;
  readonly groups: readonly { readonly key: string; readonly result: RevenueVsTargetCustomerResult }[];
  readonly rest: { readonly groupCount: number; readonly result: RevenueVsTargetCustomerResult } | null;
  readonly withoutCustomer: { readonly orderCount: number; readonly realized: Decimal };
  readonly warnings: readonly Warning[];
}

/** Realized descending, then key ascending (UTF-16 code units, so the order does not depend on a locale). */
function byRealizedThenKey(
  a: { key: string; realized: RealizedFigure },
  b: { key: string; realized: RealizedFigure },
): number {
  return b.realized.sum.comparedTo(a.realized.sum) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The sum of several realized figures; ids one group after the other. */
function folded(figures: readonly RealizedFigure[], explain: boolean): RealizedFigure {
  let sum = ZERO;
  let count = 0;
  const ids: string[] = [];
  for (const figure of figures) {
    sum = sum.plus(figure.sum);
    count += figure.count;
    if (figure.ids !== null) ids.push(...figure.ids);
  }
  return { sum, count, ids: explain ? ids : null };
}

/**
 * Revenue (CA réalisé) for each customer of the outer scope over `period`: realized = the exact sum
 * of the customer's orders dated in `[start, min(end, asOf))`, with their count; the groups are the
 * customers of those orders, ranked by realized revenue descending (ties by key ascending); with
 * `top`, the first `top` are kept and the others folded into `rest`. Orders without a customer are
 * in no group: their count and sum are `withoutCustomer`.
 *
 * @param run - runs plans over the orders (`tableRunner({ orders })`)
 * @param settings - the checked options (`prepare`)
 * @param period - the checked period
 * @param top - how many groups to keep (a whole number >= 1, checked), or `undefined` for all
 * @returns the groups, the rest, the orders without a customer, the currency and the warnings
 * @throws MixedCurrencyError or MissingExchangeRateError from the currency check
 * @example
 * ```ts
 * import { tableRunner } from "../../table/kernel/executePlan.js";
 * import { orderColumnsOf } from "../../table/_columns.js";
 * const january = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
 * const order = (id: string, customerId: string, amount: string): Order =>
 *   ({ id, date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal(amount), currency: "EUR", sellerId: "s1", customerId });
 * const run = tableRunner({ orders: orderColumnsOf([order("o1", "acme", "600"), order("o2", "bolt", "300"), order("o3", "acme", "100")], "orders") });
 * const figures = revenueVsTargetByCustomerOf(run, prepare({ targets: [] }), january, 1);
 * figures.groups.map((g) => [g.key, g.result.realized.toString(), g.result.orderCount]); //=> [["acme", "700", 2]]
 * [figures.rest?.groupCount, figures.rest?.result.realized.toString()];                 //=> [1, "300"]
 * ```
 */
export function revenueVsTargetByCustomerOf(
  run: PlanRunner,
  settings: Settings,
  period: Period,
  top: number | undefined,
): CustomerFigures {
  const { guard, explain } = settings;
  const from = period.start.getTime();
  const plan = realizedPlan({
    from,
    to: windowEnd(period, settings.asOf),
    owners: settings.owners,
    groupBy: [{ column: "customer" }],
    explain,
  });
  const cells = run(plan, guard);
  const currency = guard.currency;
  const scope = settings.filter.scope;
  const ranked = (cells.keys[0] ?? [])
    .filter((key): key is string => key !== null)
    .map((key) => ({ key, realized: realizedOf(cells.get(0, key), explain) }))
    .sort(byRealizedThenKey);
  const kept = top === undefined ? ranked : ranked.slice(0, top);
  const others = top === undefined ? [] : ranked.slice(top);
  const groups = kept.map(({ key, realized }) => ({
    key,
    result: buildCustomerResult(settings, scope, period, realized, currency),
  }));
  const rest =
    others.length === 0
      ? null
      : {
          groupCount: others.length,
          result: buildCustomerResult(
            settings,
            scope,
            period,
            folded(
              others.map((other) => other.realized),
              explain,
            ),
            currency,
          ),
        };
  const none = cells.get(0, null);
  const warnings: Warning[] = [];
  if (none.orders > 0) {
    warnings.push({
      code: "orders-without-customer",
      message: `${none.orders} order(s) of the period have no customer (total ${none.revenue.toString()}): they are in no customer group, see withoutCustomer`,
    });
  }
  return { currency, groups, rest, withoutCustomer: { orderCount: none.orders, realized: none.revenue }, warnings };
}
