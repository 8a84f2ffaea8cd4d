/**
 * The customer renewal rate on the aggregation kernel: one plan over the scope's orders from the
 * previous period's start to `min(end, asOf)`, bucketed at the previous period and the period,
 * counted by customer; a customer renews when it has orders in both.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { Dec } from "../../money/dec.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { Period } from "../../period/types.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, CountMeasure } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import type { Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import { checkCustomerOptions, countedEnd, type CustomerSettings } from "./_customerSettings.js";
import { checkGroupBy, groupScopes } from "./_customerGroups.js";
import { previousPeriodOf } from "./_previousPeriod.js";
import type { CustomerGroupedResult } from "./customerTypes.js";
import type {
  PreviousPeriodBasis,
  RenewalRateGroupedOptions,
  RenewalRateOptions,
  RenewalRateResult,
  RenewalRateWarningCode,
} from "./renewalRateTypes.js";

type Warning = IndicatorWarning<RenewalRateWarningCode>;

/** The checked options and the previous period. */
interface RenewalSettings extends CustomerSettings {
  readonly previous: Period;
  readonly basis: PreviousPeriodBasis;
}

function checkRenewalOptions(options: RenewalRateOptions): RenewalSettings {
  const settings = checkCustomerOptions(options);
  const { period, basis } = previousPeriodOf(settings.period, settings.calendar.timeZone, options.previousPeriod);
  return { ...settings, previous: period, basis };
}

/** The plan: orders of `owners` from the previous period's start to `min(end, asOf)`, counted by bucket and customer. */
export function renewalPlan(
  settings: RenewalSettings,
  owners: readonly string[] | undefined,
): AggregationPlan<{ readonly orders: CountMeasure }> {
  const from = settings.previous.start.getTime();
  const previousEnd = settings.previous.end.getTime();
  const start = settings.period.start.getTime();
  return {
    table: "orders",
    time: "date",
    window: { from, to: Math.max(from, countedEnd(settings.period, settings.asOf)) },
    buckets: previousEnd < start ? [from, previousEnd, start] : [from, start],
    ...(owners === undefined ? {} : { owners }),
    groupBy: [{ column: "customer" }],
    measures: { orders: { kind: "count" } },
  };
}

/** The renewal rate of the orders of `owners` (every owner when `undefined`). */
function renewalOf(
  run: PlanRunner,
  settings: RenewalSettings,
  scope: Scope,
  owners: readonly string[] | undefined,
): RenewalRateResult {
  const cells = run(renewalPlan(settings, owners));
  const current = cells.bucketCount - 1;
  const renewed: string[] = [];
  const lost: string[] = [];
  let currentCustomers = 0;
  for (const key of cells.keys[0] ?? []) {
    if (key === null) continue;
    const before = cells.get(0, key).orders > 0;
    const now = cells.get(current, key).orders > 0;
    if (now) currentCustomers += 1;
    if (before) (now ? renewed : lost).push(key);
  }
  const previousCount = renewed.length + lost.length;
  const none = { previousOrderCount: cells.get(0, null).orders, currentOrderCount: cells.get(current, null).orders };
  const warnings: Warning[] = [];
  if (none.previousOrderCount + none.currentOrderCount > 0) {
    warnings.push({
      code: "orders-without-customer",
      message: `${none.previousOrderCount} order(s) of the previous period and ${none.currentOrderCount} of the period have no customer: they are in no count, see withoutCustomer`,
    });
  }
  const start = settings.period.start.getTime();
  if (settings.asOf !== null && settings.asOf > start && settings.asOf < settings.period.end.getTime()) {
    warnings.push({
      code: "partial-period",
      message: `asOf (${new Date(settings.asOf).toISOString()}) is inside the period: customers not renewed yet may still order before it ends`,
    });
  }
  const zone = settings.calendar.timeZone;
  const result: RenewalRateResult = {
    indicator: "customer-renewal-rate",
    unit: "ratio",
    scope,
    period: echoPeriod(settings.period, zone),
    previousPeriod: echoPeriod(settings.previous, zone),
    previousBasis: settings.basis,
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    previousCustomers: previousCount,
    renewedCustomers: renewed.length,
    lostCustomers: lost.length,
    currentCustomers,
    rate:
      settings.asOf !== null && settings.asOf <= start
        ? {
            value: null,
            reason: "not-started",
            numerator: new Dec(renewed.length),
            denominator: new Dec(previousCount),
          }
        : ratio(new Dec(renewed.length), new Dec(previousCount), "no-previous-customers"),
    withoutCustomer: none,
    warnings,
  };
  return settings.explain ? { ...result, explain: { renewedCustomers: renewed, lostCustomers: lost } } : result;
}

/**
 * The renewal rate over the options' scope.
 *
 * @throws InvalidArgumentError for an invalid option
 */
export function renewalRateOf(run: PlanRunner, options: RenewalRateOptions): RenewalRateResult {
  const settings = checkRenewalOptions(options);
  return renewalOf(run, settings, settings.filter.scope, settings.filter.owners);
}

/**
 * The renewal rate of every seller or team, each over its own orders of both periods.
 *
 * @throws InvalidArgumentError for an invalid option or `groupBy`
 */
export function renewalRateGroupedOf(
  run: PlanRunner,
  options: RenewalRateGroupedOptions,
): CustomerGroupedResult<"customer-renewal-rate", RenewalRateResult> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a period");
  const { groupBy: rawGroupBy, ...rest } = options;
  const settings = checkRenewalOptions(rest);
  const groupBy = checkGroupBy(rawGroupBy, options.sellers);
  const plan = renewalPlan(settings, undefined);
  const groups = groupScopes(run, groupBy, options.sellers, plan.window);
  return {
    indicator: "customer-renewal-rate",
    groupBy,
    groups: groups.map((group) => ({ key: group.key, result: renewalOf(run, settings, group.scope, group.owners) })),
  };
}
