/**
 * The computation of `ordersPerOffer` and `ordersPerOfferGrouped` over a {@link PlanRunner}, so
 * that the tests can run it on the table executor and on the record-by-record reference.
 *
 * @internal
 * @module
 */
import { Dec, ZERO } from "../../money/dec.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { ratio } from "../figure.js";
import { groupKeys, type GroupSource } from "./_salesFlowPlans.js";
import { salesFlowSeriesOf } from "./_salesFlowSeries.js";
import { planSource, type SalesFlowSource } from "./_salesFlowSource.js";
import {
  checkGroupBy,
  checkSalesFlowOptions,
  groupSettings,
  resultHead,
  type SalesFlowSettings,
} from "./_salesFlowSettings.js";
import type { OrdersPerOfferOptions, OrdersPerOfferResult } from "./ordersPerOfferTypes.js";
import type {
  SalesFlowGroupedOptions,
  SalesFlowGroupedResult,
  SalesFlowSeriesOptions,
  SalesFlowSeriesResult,
} from "./salesFlowTypes.js";

function compute(source: SalesFlowSource, settings: SalesFlowSettings, guard: CurrencyGuard): OrdersPerOfferResult {
  const orders = source.tally({ table: "orders", time: "date", amount: true });
  const offers = source.tally({ table: "offers", time: "issuedAt", amount: true });
  const orderAmount = orders.amount ?? ZERO;
  const offerAmount = offers.amount ?? ZERO;
  const result: OrdersPerOfferResult = {
    indicator: "orders-per-offer",
    unit: "ratio",
    ...resultHead(settings),
    currency: guard.currency,
    orders: orders.count,
    orderAmount,
    offers: offers.count,
    offerAmount,
    ratioByCount: ratio(new Dec(orders.count), new Dec(offers.count), "no-offers"),
    ratioByValue:
      offers.count === 0
        ? ratio(orderAmount, offerAmount, "no-offers")
        : ratio(orderAmount, offerAmount, "no-offer-value"),
  };
  if (!settings.explain) return result;
  return { ...result, explain: { orderIds: orders.ids ?? [], offerIds: offers.ids ?? [] } };
}

function computeIn(run: PlanRunner, settings: SalesFlowSettings, guard: CurrencyGuard): OrdersPerOfferResult {
  return compute(planSource(run, guard, settings), settings, guard);
}

/** `ordersPerOffer` over a runner with `orders` and `offers`. */
export function ordersPerOfferOf(run: PlanRunner, options: OrdersPerOfferOptions): OrdersPerOfferResult {
  const settings = checkSalesFlowOptions(options);
  const guard = new CurrencyGuard(options);
  return compute(planSource(run, guard, settings), settings, guard);
}

/** `ordersPerOfferSeries` over a runner with `orders` and `offers`. */
export function ordersPerOfferSeriesOf(
  run: PlanRunner,
  options: SalesFlowSeriesOptions<OrdersPerOfferOptions>,
): SalesFlowSeriesResult<"orders-per-offer", OrdersPerOfferResult> {
  // One guard for every bucket: the buckets are reported in one currency, so they compare.
  const guard = new CurrencyGuard(options);
  return salesFlowSeriesOf(run, options, "orders-per-offer", guard, (source, settings) =>
    compute(source, settings, guard),
  );
}

/** `ordersPerOfferGrouped` over a runner with `orders` and `offers`. */
export function ordersPerOfferGroupedOf(
  run: PlanRunner,
  options: Omit<OrdersPerOfferOptions, "scope"> & SalesFlowGroupedOptions,
): SalesFlowGroupedResult<"orders-per-offer", OrdersPerOfferResult> {
  const groupBy = checkGroupBy(options.groupBy, options.sellers);
  const settings = checkSalesFlowOptions(options);
  // One guard for every group: the groups are reported in one currency, so they compare.
  const guard = new CurrencyGuard(options);
  const sources: GroupSource[] = [
    { table: "offers", time: "issuedAt" },
    { table: "orders", time: "date" },
  ];
  const keys = groupKeys(run, settings, groupBy, options.sellers, sources);
  const groups = keys.map((key) => ({
    key,
    result: computeIn(run, groupSettings(settings, groupBy, key, options), guard),
  }));
  const currency = guard.currency;
  return {
    indicator: "orders-per-offer",
    groupBy,
    groups: groups.map((group) => ({ key: group.key, result: { ...group.result, currency } })),
  };
}
