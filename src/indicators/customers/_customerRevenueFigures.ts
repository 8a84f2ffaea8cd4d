/**
 * New customer revenue (tarif nouveau client) and new versus existing customer revenue on the
 * aggregation kernel: one computation, two readings. Two plans: every customer's first order over
 * all the orders given (grouped by `customer`, `min` of `date`, open window, every owner), and the
 * scope's orders of the window `[start, min(end, asOf))` by customer (sum, count). A customer of the
 * window is new when its first order is at or after the period's start, existing otherwise.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { Dec, unsignedZero, ZERO } from "../../money/dec.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import type { Cells, CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, CountMeasure, ExtremeMeasure, IdsMeasure, SumMeasure } from "../../table/kernel/plan.js";
import type { Scope } from "../types.js";
import { ratio } from "../figure.js";
import type { IndicatorWarning } from "../warnings.js";
import { checkCustomerOptions, countedEnd, type CustomerSettings } from "./_customerSettings.js";
import { checkGroupBy, groupScopes } from "./_customerGroups.js";
import { customersBefore, earliestOrderOf, segmentTotals } from "./_customerTotals.js";
import type {
  CustomerGroupedOptions,
  CustomerIndicatorOptions,
  CustomerRevenueEnvelope,
  CustomerRevenueExplain,
  CustomerRevenueGroupedResult,
  CustomerRevenueWarningCode,
  CustomerSegment,
  NewCustomerRevenueResult,
  NewVsExistingRevenueResult,
} from "./customerTypes.js";

type Warning = IndicatorWarning<CustomerRevenueWarningCode>;

/** The measure of the first-orders plan. */
interface FirstOrderMeasures {
  readonly [name: string]: ExtremeMeasure;
  readonly first: ExtremeMeasure;
}

/** The measures of the window plan. */
interface WindowMeasures {
  readonly [name: string]: SumMeasure | CountMeasure | IdsMeasure;
  readonly revenue: SumMeasure;
  readonly orders: CountMeasure;
  /** Present when explaining. */
  readonly ids?: IdsMeasure;
}

/** Every customer's first order among all the orders given: by `customer`, `min` of `date`, open window, every owner. */
export function firstOrdersPlan(): AggregationPlan<FirstOrderMeasures> {
  return {
    table: "orders",
    time: "date",
    window: { from: null, to: null },
    groupBy: [{ column: "customer" }],
    measures: { first: { kind: "min", column: "date" } },
  };
}

/** The scope's orders dated in `[from, to)`, by customer: exact sum, count and (explaining) ids in table order. */
export function windowPlan(
  from: number,
  to: number,
  owners: readonly string[] | undefined,
  explain: boolean,
): AggregationPlan<WindowMeasures> {
  const measures: WindowMeasures = explain
    ? { revenue: { kind: "sum", column: "amount" }, orders: { kind: "count" }, ids: { kind: "ids" } }
    : { revenue: { kind: "sum", column: "amount" }, orders: { kind: "count" } };
  return {
    table: "orders",
    time: "date",
    window: { from, to: Math.max(from, to) },
    ...(owners === undefined ? {} : { owners }),
    groupBy: [{ column: "customer" }],
    measures,
  };
}

/** The window's orders split into new customers, existing customers and orders without a customer. */
export interface CustomerSplit {
  readonly newCustomers: CustomerSegment;
  readonly existingCustomers: CustomerSegment;
  readonly withoutCustomer: { readonly orderCount: number; readonly realized: Decimal };
  /** Every order of the window: the three parts together. */
  readonly realized: Decimal;
  /** The explain lists, or `null` when not explaining. */
  readonly explain: CustomerRevenueExplain | null;
}

/** A segment being summed. */
class SegmentSum {
  customers: string[] = [];
  orders = 0;
  revenue: Decimal = ZERO;
  ids: string[] = [];

  add(customer: string, revenue: Decimal, orders: number, ids: readonly string[] | undefined): void {
    this.customers.push(customer);
    this.orders += orders;
    this.revenue = this.revenue.plus(revenue);
    if (ids !== undefined) this.ids.push(...ids);
  }

  segment(): CustomerSegment {
    return { customerCount: this.customers.length, orderCount: this.orders, revenue: unsignedZero(this.revenue) };
  }
}

/**
 * Splits the window's customers by their first order: new when it is at or after `start` (it is
 * then inside the window, the customer having an order there), existing otherwise; over one
 * bucket of the window plan (`bucket`), or over all of them (`null`).
 */
export function splitCustomers(
  first: Cells<FirstOrderMeasures>,
  window: Cells<WindowMeasures>,
  start: number,
  explain: boolean,
  bucket: number | null = 0,
): CustomerSplit {
  const cellOf = (key: string | null): CellValues<WindowMeasures> =>
    bucket === null ? window.total(key) : window.get(bucket, key);
  const fresh = new SegmentSum();
  const known = new SegmentSum();
  for (const key of window.keys[0] ?? []) {
    if (key === null) continue;
    const cell = cellOf(key);
    // A customer of another bucket of the window has no order in this one.
    if (cell.orders === 0) continue;
    const firstOrder = first.get(0, key).first;
    const segment = firstOrder !== null && firstOrder >= start ? fresh : known;
    segment.add(key, cell.revenue, cell.orders, cell.ids);
  }
  const none = cellOf(null);
  return {
    newCustomers: fresh.segment(),
    existingCustomers: known.segment(),
    withoutCustomer: { orderCount: none.orders, realized: none.revenue },
    realized: unsignedZero(fresh.revenue.plus(known.revenue).plus(none.revenue)),
    explain: explain
      ? {
          newCustomers: fresh.customers,
          newCustomerOrders: fresh.ids,
          existingCustomers: known.customers,
          existingCustomerOrders: known.ids,
          ordersWithoutCustomer: [...(none.ids ?? [])],
        }
      : null,
  };
}

/** The earliest order given (any owner, any customer or none), epoch ms; `null` when there is none. */
export function earliestOrder(first: Cells<FirstOrderMeasures>): number | null {
  let earliest: number | null = null;
  for (const key of first.keys[0] ?? []) {
    const value = first.get(0, key).first;
    if (value !== null && (earliest === null || value < earliest)) earliest = value;
  }
  return earliest;
}

/** The warnings of one result. */
function warningsOf(settings: CustomerSettings, split: CustomerSplit, earliest: number | null): Warning[] {
  const warnings: Warning[] = [];
  const start = settings.period.start.getTime();
  const end = settings.period.end.getTime();
  if (split.withoutCustomer.orderCount > 0) {
    warnings.push({
      code: "orders-without-customer",
      message: `${split.withoutCustomer.orderCount} order(s) of the period have no customer (total ${split.withoutCustomer.realized.toString()}): they are neither new nor existing, see withoutCustomer`,
    });
  }
  if (earliest !== null && earliest >= start && earliest < end) {
    warnings.push({
      code: "history-starts-in-period",
      message: `the earliest order given (${new Date(earliest).toISOString()}) is inside the period, so every customer looks new: pass the full order history, not only the period's orders`,
    });
  }
  if (settings.asOf !== null && settings.asOf > start && settings.asOf < end) {
    warnings.push({
      code: "partial-period",
      message: `asOf (${new Date(settings.asOf).toISOString()}) is inside the period: the figures are to date`,
    });
  }
  return warnings;
}

/**
 * What one computation reads before splitting: the earliest order, and either every customer's
 * first order (explaining: the lists name each customer) or only the customers who ordered
 * before the period (the figures alone need no reading per customer).
 */
export interface Computation {
  readonly settings: CustomerSettings;
  readonly first: Cells<FirstOrderMeasures> | null;
  readonly existing: readonly string[];
  readonly earliest: number | null;
}

function begin(run: PlanRunner, settings: CustomerSettings): Computation {
  if (settings.explain) {
    const first = run(firstOrdersPlan());
    return { settings, first, existing: [], earliest: earliestOrder(first) };
  }
  return {
    settings,
    first: null,
    existing: customersBefore(run, settings.period.start.getTime()),
    earliest: earliestOrderOf(run),
  };
}

/** The split of the window's orders of `owners` (every owner when `undefined`). */
export function splitOf(
  run: PlanRunner,
  computation: Computation,
  owners: readonly string[] | undefined,
): CustomerSplit {
  const { settings, first } = computation;
  const from = settings.period.start.getTime();
  const to = countedEnd(settings.period, settings.asOf);
  if (first === null)
    return { ...segmentTotals(run, { from, to }, owners, computation.existing, settings.guard), explain: null };
  const cells = run(windowPlan(from, to, owners, true), settings.guard);
  return splitCustomers(first, cells, from, true);
}

function envelope(computation: Computation, scope: Scope, split: CustomerSplit): CustomerRevenueEnvelope {
  const { settings } = computation;
  const base: CustomerRevenueEnvelope = {
    unit: "money",
    currency: settings.guard.currency,
    scope,
    period: echoPeriod(settings.period, settings.calendar.timeZone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    withoutCustomer: split.withoutCustomer,
    warnings: warningsOf(settings, split, computation.earliest),
  };
  return split.explain === null ? base : { ...base, explain: split.explain };
}

/** The new customer revenue reading of a split. */
function newCustomerReading(computation: Computation, scope: Scope, split: CustomerSplit): NewCustomerRevenueResult {
  const fresh = split.newCustomers;
  return {
    indicator: "new-customer-revenue",
    ...envelope(computation, scope, split),
    newCustomers: fresh,
    meanRevenuePerNewCustomer: ratio(fresh.revenue, new Dec(fresh.customerCount), "no-new-customers"),
  };
}

/** The new versus existing reading of a split. */
function newVsExistingReading(
  computation: Computation,
  scope: Scope,
  split: CustomerSplit,
): NewVsExistingRevenueResult {
  const customersRevenue = split.newCustomers.revenue.plus(split.existingCustomers.revenue);
  return {
    indicator: "new-vs-existing-revenue",
    ...envelope(computation, scope, split),
    newCustomers: split.newCustomers,
    existingCustomers: split.existingCustomers,
    realized: split.realized,
    newShare: ratio(split.newCustomers.revenue, customersRevenue, "no-customer-revenue"),
    existingShare: ratio(split.existingCustomers.revenue, customersRevenue, "no-customer-revenue"),
  };
}

/** The two readings of one split. */
export const READINGS = {
  "new-customer-revenue": newCustomerReading,
  "new-vs-existing-revenue": newVsExistingReading,
} as const;

/** The result of each reading, by indicator id. */
export interface CustomerReadings {
  readonly "new-customer-revenue": NewCustomerRevenueResult;
  readonly "new-vs-existing-revenue": NewVsExistingRevenueResult;
}

/**
 * One reading of the customer split over the options' scope.
 *
 * @throws InvalidArgumentError for an invalid option; MixedCurrencyError, MissingExchangeRateError from the currency check
 */
export function customerRevenueOf<I extends keyof CustomerReadings>(
  run: PlanRunner,
  options: CustomerIndicatorOptions,
  indicator: I,
): CustomerReadings[I] {
  const settings = checkCustomerOptions(options);
  const computation = begin(run, settings);
  const split = splitOf(run, computation, settings.filter.owners);
  return READINGS[indicator](computation, settings.filter.scope, split) as CustomerReadings[I];
}

/**
 * One reading of the customer split for every seller or team: each group reads its own orders of
 * the window; a customer's newness stays company-wide. Every group's amounts meet one guard, and
 * the results are built once they all have, so every group carries the final currency.
 *
 * @throws InvalidArgumentError for an invalid option or `groupBy`; MixedCurrencyError, MissingExchangeRateError from the currency check
 */
export function customerRevenueGroupedOf<I extends keyof CustomerReadings>(
  run: PlanRunner,
  options: CustomerGroupedOptions,
  indicator: I,
): CustomerRevenueGroupedResult<I, CustomerReadings[I]> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a period");
  const { groupBy: rawGroupBy, ...rest } = options;
  const settings = checkCustomerOptions(rest);
  const groupBy = checkGroupBy(rawGroupBy, options.sellers);
  const computation = begin(run, settings);
  const from = settings.period.start.getTime();
  const groups = groupScopes(run, groupBy, options.sellers, {
    from,
    to: Math.max(from, countedEnd(settings.period, settings.asOf)),
  });
  const splits = groups.map((group) => ({ group, split: splitOf(run, computation, group.owners) }));
  return {
    indicator,
    groupBy,
    currency: settings.guard.currency,
    groups: splits.map(({ group, split }) => ({
      key: group.key,
      result: READINGS[indicator](computation, group.scope, split) as CustomerReadings[I],
    })),
  };
}
