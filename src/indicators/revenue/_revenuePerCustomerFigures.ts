/**
 * `revenuePerSeller` with `by: "customer"` on a {@link PlanRunner}: one plan of realized revenue by
 * bucket and customer, the customers ranked by their revenue over the range, the first `top`
 * kept and the others folded into `rest`, each series judged as a seller's is.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import { ZERO } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { RevenuePerSellerInput } from "./_revenuePerSellerOptions.js";
import { asOfWarnings, seriesContext, type Warning } from "./_revenuePerSellerFigures.js";
import { sellerSeries, type SellerBuckets, type SeriesContext } from "./_revenuePerSellerSeries.js";
import { realizedPlan } from "./realizedPlan.js";
import type { RevenuePerCustomerResult, RevenuePerCustomerSeries } from "./revenuePerSellerTypes.js";

/** One customer's figures by bucket, and its total (the ranking figure). */
interface CustomerBuckets {
  readonly key: string;
  readonly realized: readonly Decimal[];
  readonly counts: readonly number[];
  readonly orderIds: readonly (readonly string[])[] | null;
  readonly total: Decimal;
}

/** The customer's series: a seller's series without targets, whose target figures become `null`. */
function customerSeries(
  customerId: string | null,
  buckets: CustomerBuckets,
  context: SeriesContext,
): RevenuePerCustomerSeries {
  const figures: SellerBuckets = {
    sellerId: customerId ?? "",
    realized: buckets.realized,
    counts: buckets.counts,
    orderIds: buckets.orderIds,
    targets: [],
  };
  const line = sellerSeries(figures, context);
  return {
    customerId,
    points: line.points.map(({ target: _target, attainment: _attainment, ...point }) => ({
      ...point,
      target: null,
      attainment: null,
      targetReason: "no-customer-targets" as const,
    })),
    total: line.total,
    orderCount: line.orderCount,
  };
}

/** The folded customers' figures, bucket by bucket; ids customer after customer. */
function folded(customers: readonly CustomerBuckets[], bucketCount: number, explain: boolean): CustomerBuckets {
  const realized = Array.from({ length: bucketCount }, (_, b) =>
    customers.reduce((sum, c) => sum.plus(c.realized[b] as Decimal), ZERO),
  );
  const counts = Array.from({ length: bucketCount }, (_, b) =>
    customers.reduce((sum, c) => sum + (c.counts[b] ?? 0), 0),
  );
  const orderIds = explain
    ? Array.from({ length: bucketCount }, (_, b) => customers.flatMap((c) => c.orderIds?.[b] ?? []))
    : null;
  return { key: "", realized, counts, orderIds, total: customers.reduce((sum, c) => sum.plus(c.total), ZERO) };
}

/**
 * Revenue per customer over time (spec 2.2 by customer, spec section 1 "Scope"): the scope's
 * orders dated in `[range start, min(range end, asOf))` summed by bucket and customer; one series
 * per customer met among them, ranked by total descending (ties by customer id ascending); with
 * `top`, the others folded into `rest`. Orders without a customer go to `withoutCustomer`.
 *
 * @param runner - runs the plan over the orders
 * @param input - the checked options (`by: "customer"`)
 * @param guard - the computation's currency guard: it meets the orders in table order
 * @returns the result of `revenuePerSeller` with `by: "customer"`
 * @throws MixedCurrencyError, MissingExchangeRateError as `revenuePerSeller`
 * @example
 * ```ts
 * import { tableRunner } from "../../table/kernel/executePlan.js";
 * import { orderColumnsOf } from "../../table/_columns.js";
 * import { CurrencyGuard } from "../../money/currencyGuard.js";
 * const order = (id: string, customerId: string, date: string, amount: string): Order =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "s1", customerId });
 * const orders = [order("o1", "acme", "2026-01-10T00:00:00Z", "600"), order("o2", "bolt", "2026-01-20T00:00:00Z", "300"), order("o3", "bolt", "2026-02-10T00:00:00Z", "500")];
 * const options: RevenuePerCustomerOptions = { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") }, by: "customer" };
 * const { input } = checkRevenuePerSellerOptions(options);
 * const result = revenuePerCustomerFigures(tableRunner({ orders: orderColumnsOf(orders, "orders") }), input, new CurrencyGuard(options));
 * result.customers.map((c) => [c.customerId, c.total.toString(), c.points.map((p) => p.realized.toString())]);
 * //=> [["bolt", "800", ["300", "500"]], ["acme", "600", ["600", "0"]]]   (the largest total first)
 * ```
 */
export function revenuePerCustomerFigures(
  runner: PlanRunner,
  input: RevenuePerSellerInput,
  guard: CurrencyGuard,
): RevenuePerCustomerResult {
  const { buckets, range, explain } = input;
  const from = range.start.getTime();
  const to = input.asOf === null ? range.end.getTime() : Math.min(range.end.getTime(), input.asOf);
  const owners = input.filter.owners;
  const cells = runner(
    realizedPlan({
      from,
      to,
      buckets: buckets.map((bucket) => bucket.start.getTime()),
      owners,
      groupBy: [{ column: "customer" }],
      explain,
    }),
    guard,
  );
  const figuresOf = (key: string | null): CustomerBuckets => {
    const row = buckets.map((_, b) => cells.get(b, key));
    const realized = row.map((cell) => cell.revenue);
    return {
      key: key ?? "",
      realized,
      counts: row.map((cell) => cell.orders),
      orderIds: explain ? row.map((cell) => cell.ids ?? []) : null,
      total: realized.reduce((sum, value) => sum.plus(value), ZERO),
    };
  };
  const ranked = (cells.keys[0] ?? [])
    .filter((key): key is string => key !== null)
    .map(figuresOf)
    .sort((a, b) => b.total.comparedTo(a.total) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const top = input.top;
  const kept = top === undefined ? ranked : ranked.slice(0, top);
  const others = top === undefined ? [] : ranked.slice(top);
  const context = seriesContext(input);
  const none = cells.total(null);
  const warnings: Warning[] = asOfWarnings(input);
  if (none.orders > 0) {
    warnings.push({
      code: "orders-without-customer",
      message: `${none.orders} order(s) of the range have no customer (total ${none.revenue.toString()}): they are in no customer series, see withoutCustomer`,
    });
  }
  return {
    indicator: "revenue-per-seller",
    unit: "money",
    by: "customer",
    currency: guard.currency,
    scope: input.filter.scope,
    grain: input.grain,
    range,
    asOf: input.asOf === null ? null : new Date(input.asOf),
    buckets,
    customers: kept.map((customer) => customerSeries(customer.key, customer, context)),
    rest:
      others.length === 0
        ? null
        : { groupCount: others.length, result: customerSeries(null, folded(others, buckets.length, explain), context) },
    withoutCustomer: { orderCount: none.orders, realized: none.revenue },
    thresholds: { trailingBuckets: input.trailingBuckets, drop: input.drop, exceptional: input.exceptional },
    warnings,
  };
}
