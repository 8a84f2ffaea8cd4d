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
export interface RenewalSettings extends CustomerSettings {
  readonly previous: Period;
  readonly basis: PreviousPeriodBasis;
}

export function checkRenewalOptions(options: RenewalRateOptions, periodName = "period"): RenewalSettings {
  const settings = checkCustomerOptions(options, periodName);
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

/** The customer counts of a renewal rate, and the lists when explaining. */
export interface RenewalCounts {
  readonly renewed: number;
  readonly lost: number;
  readonly currentCustomers: number;
  readonly none: { readonly previousOrderCount: number; readonly currentOrderCount: number };
  readonly lists: { readonly renewedCustomers: string[]; readonly lostCustomers: string[] } | null;
}

/** Every customer's cell of the renewal plan, for the lists (in order of first appearance in the window). */
export function listedRenewal(
  run: PlanRunner,
  settings: RenewalSettings,
  owners: readonly string[] | undefined,
): RenewalCounts {
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
  return {
    renewed: renewed.length,
    lost: lost.length,
    currentCustomers,
    none: { previousOrderCount: cells.get(0, null).orders, currentOrderCount: cells.get(current, null).orders },
    lists: { renewedCustomers: renewed, lostCustomers: lost },
  };
}

/**
 * The counts alone, with no cell read per customer. Previous period right before the period: one
 * plan's distinct customers in each bucket and over both (renewed = previous + current - either).
 * With a gap between them: the previous period's customers (one plan's keys) and how many of the
 * period's customers (another's) are among them.
 */
function countedRenewal(
  run: PlanRunner,
  settings: RenewalSettings,
  owners: readonly string[] | undefined,
): RenewalCounts {
  const plan = renewalPlan(settings, owners);
  const current = (plan.buckets as readonly number[]).length - 1;
  const none = run({ ...plan, groupBy: [], where: [{ kind: "in", column: "customer", values: [null] }] });
  const withoutCustomer = { previousOrderCount: none.get(0).orders, currentOrderCount: none.get(current).orders };
  if (current === 1) {
    const cells = run({ ...plan, groupBy: [], measures: { customers: { kind: "distinct", column: "customer" } } });
    const previous = cells.get(0).customers;
    const currentCustomers = cells.get(1).customers;
    const renewed = previous + currentCustomers - cells.total().customers;
    return { renewed, lost: previous - renewed, currentCustomers, none: withoutCustomer, lists: null };
  }
  const to = plan.window.to as number;
  const customersIn = (from: number, end: number): readonly (string | null)[] =>
    run({ ...plan, window: { from, to: Math.max(from, Math.min(end, to)) }, buckets: [from] }).keys[0] ?? [];
  const previous = customersIn(plan.window.from as number, settings.previous.end.getTime());
  const start = settings.period.start.getTime();
  const before = new Set(previous);
  let renewed = 0;
  let currentCustomers = 0;
  for (const key of customersIn(start, Math.max(start, to))) {
    if (key === null) continue;
    currentCustomers += 1;
    if (before.has(key)) renewed += 1;
  }
  const previousCustomers = previous.filter((key) => key !== null).length;
  return { renewed, lost: previousCustomers - renewed, currentCustomers, none: withoutCustomer, lists: null };
}

export function renewalOf(
  run: PlanRunner,
  settings: RenewalSettings,
  scope: Scope,
  owners: readonly string[] | undefined,
): RenewalRateResult {
  const counts = settings.explain ? listedRenewal(run, settings, owners) : countedRenewal(run, settings, owners);
  return renewalResult(settings, scope, counts);
}

/** The result of one period's counts. */
export function renewalResult(settings: RenewalSettings, scope: Scope, counts: RenewalCounts): RenewalRateResult {
  const { none, currentCustomers } = counts;
  const previousCount = counts.renewed + counts.lost;
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
    renewedCustomers: counts.renewed,
    lostCustomers: counts.lost,
    currentCustomers,
    rate:
      settings.asOf !== null && settings.asOf <= start
        ? {
            value: null,
            reason: "not-started",
            numerator: new Dec(counts.renewed),
            denominator: new Dec(previousCount),
          }
        : ratio(new Dec(counts.renewed), new Dec(previousCount), "no-previous-customers"),
    withoutCustomer: none,
    warnings,
  };
  return counts.lists === null ? result : { ...result, explain: counts.lists };
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
