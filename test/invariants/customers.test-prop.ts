/**
 * The customer indicators (new customer revenue, new versus existing revenue, renewal rate,
 * attainment distribution) against a computation written here record by record, over the whole
 * generated datasets of `./datasets.ts` (zones with DST in both hemispheres, 30- and 45-minute
 * offsets, rosters and scopes, `asOf`, owners and customers named `__proto__`), with some orders
 * stripped of their customer. Nothing here reuses the indicators' code: first orders, windows,
 * previous periods (with `@date-fns/tz`) and bands are computed from the records directly.
 */
import { TZDate } from "@date-fns/tz";
import { fc, test } from "@fast-check/vitest";
import { subDays, subMonths } from "date-fns";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import type * as z from "zod";
import {
  attainmentDistribution,
  AttainmentDistributionResultSchema,
  newCustomerRevenue,
  newCustomerRevenueGrouped,
  NewCustomerRevenueGroupedResultSchema,
  NewCustomerRevenueResultSchema,
  newVsExistingRevenue,
  newVsExistingRevenueGrouped,
  NewVsExistingRevenueGroupedResultSchema,
  NewVsExistingRevenueResultSchema,
  periodContaining,
  renewalRate,
  renewalRateGrouped,
  RenewalRateGroupedResultSchema,
  RenewalRateResultSchema,
  resultFromJSON,
  resultToJSON,
  revenueVsTargetGrouped,
  type Grain,
  type Order,
  type Period,
  type Scope,
  type Seller,
} from "../../src/index.js";
import { caseArb, maskArb, RUNS, T0, T1, type Dataset, type Scenario } from "./datasets.js";

/** The owners a scope reads: every owner, the seller, or the roster's members of the team. */
function inScope(scope: Scope, sellers: readonly Seller[]): (owner: string) => boolean {
  if (scope.level === "company") return () => true;
  if (scope.level === "seller") return (owner) => owner === scope.sellerId;
  const members = new Set(sellers.filter((s) => s.teamId === scope.teamId).map((s) => s.id));
  return (owner) => members.has(owner);
}

/** The dataset's orders, those the mask marks losing their customer (records built by hand). */
function withHoles(dataset: Dataset, mask: readonly boolean[]): Order[] {
  return dataset.orders.map((order, i) => {
    if (mask[i] !== true || i % 3 !== 0) return order;
    const { customerId: _dropped, ...rest } = order;
    return rest as Order;
  });
}

/**
 * Whether `value` is `numerator / denominator`: the indicators divide with 60 significant digits,
 * decimal.js's default here has 20, so the quotient is checked by multiplying back.
 */
function isQuotient(value: Decimal | null, numerator: Decimal.Value, denominator: Decimal.Value): boolean {
  if (value === null) return false;
  const error = value.times(denominator).minus(numerator).abs();
  return error.lte(new Decimal(numerator).abs().plus(1).times("1e-50"));
}

const customerOf = (order: Order): string | undefined => (order as { customerId?: string }).customerId;

/** Either the scenario's period, or a calendar unit of the scenario's zone holding an instant of the data. */
const periodChoiceArb = fc.record({
  unit: fc.boolean(),
  t: fc.integer({ min: T0, max: T1 }),
  grain: fc.constantFrom<Grain>("day", "week", "month", "quarter", "semester", "year"),
});

function periodOf(scenario: Scenario, choice: { unit: boolean; t: number; grain: Grain }): Period {
  if (!choice.unit) return scenario.period;
  const unit = periodContaining(new Date(choice.t), choice.grain, {
    timeZone: scenario.timeZone,
    fiscalYearStartMonth: scenario.fiscalYearStartMonth,
  });
  return { start: unit.start, end: unit.end };
}

function optionsOf(dataset: Dataset, scenario: Scenario, period: Period) {
  return {
    period,
    timeZone: scenario.timeZone,
    fiscalYearStartMonth: scenario.fiscalYearStartMonth,
    sellers: dataset.sellers,
    scope: scenario.scope,
    ...(scenario.asOf === undefined ? {} : { asOf: scenario.asOf }),
  };
}

describe("customer indicators against a record-by-record computation", () => {
  test.prop([caseArb, maskArb, periodChoiceArb], RUNS)(
    "new customers, existing customers and orders without a customer",
    ({ dataset, scenario }, mask, choice) => {
      const orders = withHoles(dataset, mask);
      const period = periodOf(scenario, choice);
      const start = period.start.getTime();
      const to = Math.min(period.end.getTime(), scenario.asOf?.getTime() ?? Infinity);
      const first = new Map<string, number>();
      for (const order of orders) {
        const customer = customerOf(order);
        if (customer !== undefined)
          first.set(customer, Math.min(first.get(customer) ?? Infinity, order.date.getTime()));
      }
      const owned = inScope(scenario.scope, dataset.sellers);
      const counted = orders.filter((o) => owned(o.sellerId) && o.date.getTime() >= start && o.date.getTime() < to);
      const fresh = { customers: new Set<string>(), orders: 0, revenue: new Decimal(0) };
      const known = { customers: new Set<string>(), orders: 0, revenue: new Decimal(0) };
      const none = { orders: 0, revenue: new Decimal(0) };
      for (const order of counted) {
        const customer = customerOf(order);
        if (customer === undefined) {
          none.orders += 1;
          none.revenue = none.revenue.plus(order.amount);
          continue;
        }
        const side = (first.get(customer) ?? -Infinity) >= start ? fresh : known;
        side.customers.add(customer);
        side.orders += 1;
        side.revenue = side.revenue.plus(order.amount);
      }
      const options = optionsOf(dataset, scenario, period);
      const r = newVsExistingRevenue(orders, options);
      expect(r.newCustomers.customerCount).toBe(fresh.customers.size);
      expect(r.newCustomers.orderCount).toBe(fresh.orders);
      expect(r.newCustomers.revenue.equals(fresh.revenue)).toBe(true);
      expect(r.existingCustomers.customerCount).toBe(known.customers.size);
      expect(r.existingCustomers.orderCount).toBe(known.orders);
      expect(r.existingCustomers.revenue.equals(known.revenue)).toBe(true);
      expect(r.withoutCustomer.orderCount).toBe(none.orders);
      expect(r.withoutCustomer.realized.equals(none.revenue)).toBe(true);
      expect(r.warnings.some((w) => w.code === "orders-without-customer")).toBe(none.orders > 0);
      const customersRevenue = fresh.revenue.plus(known.revenue);
      if (customersRevenue.isZero()) expect(r.newShare.reason).toBe("no-customer-revenue");
      else
        expect(
          r.newShare.value?.times(customersRevenue).toDecimalPlaces(20).equals(fresh.revenue.toDecimalPlaces(20)),
        ).toBe(true);

      const mean = newCustomerRevenue(orders, options).meanRevenuePerNewCustomer;
      if (fresh.customers.size === 0) expect(mean.reason).toBe("no-new-customers");
      else expect(isQuotient(mean.value, fresh.revenue, fresh.customers.size)).toBe(true);
    },
  );

  test.prop([caseArb, maskArb, periodChoiceArb], RUNS)(
    "renewal rate: the previous period of the same calendar length, and the customers in both",
    ({ dataset, scenario }, mask, choice) => {
      const orders = withHoles(dataset, mask);
      const period = periodOf(scenario, choice);
      const zone = scenario.timeZone;
      const r = renewalRate(orders, optionsOf(dataset, scenario, period));

      // The previous period, from the zone's calendar.
      const start = new TZDate(period.start.getTime(), zone);
      const end = new TZDate(period.end.getTime(), zone);
      const midnight = (d: TZDate): boolean =>
        d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
      expect(r.previousPeriod.end.getTime()).toBe(period.start.getTime());
      const previousStart = r.previousPeriod.start.getTime();
      if (midnight(start) && midnight(end) && start.getDate() === 1 && end.getDate() === 1) {
        const months = (end.getFullYear() - start.getFullYear()) * 12 + end.getMonth() - start.getMonth();
        expect(r.previousBasis).toBe("months");
        expect(previousStart).toBe(subMonths(start, months).getTime());
      } else if (midnight(start) && midnight(end)) {
        const days = Math.round(
          (Date.UTC(end.getFullYear(), end.getMonth(), end.getDate()) -
            Date.UTC(start.getFullYear(), start.getMonth(), start.getDate())) /
            86_400_000,
        );
        expect(r.previousBasis).toBe("days");
        expect(previousStart).toBe(subDays(start, days).getTime());
      } else {
        const wall = (t: number): number => {
          const d = new TZDate(t, zone);
          return Date.UTC(
            d.getFullYear(),
            d.getMonth(),
            d.getDate(),
            d.getHours(),
            d.getMinutes(),
            d.getSeconds(),
            d.getMilliseconds(),
          );
        };
        const wanted = wall(period.start.getTime()) - (wall(period.end.getTime()) - wall(period.start.getTime()));
        expect(r.previousBasis).toBe("duration");
        // The first instant whose wall-clock time is at or after the wanted one.
        expect(wall(previousStart)).toBeGreaterThanOrEqual(wanted);
        expect(wall(previousStart - 1)).toBeLessThan(wanted);
      }

      // The customers, order by order.
      const cut = scenario.asOf?.getTime() ?? Infinity;
      const owned = inScope(scenario.scope, dataset.sellers);
      const customersIn = (from: number, to: number): Set<string> =>
        new Set(
          orders
            .filter((o) => owned(o.sellerId) && o.date.getTime() >= from && o.date.getTime() < Math.min(to, cut))
            .flatMap((o) => (customerOf(o) === undefined ? [] : [customerOf(o) as string])),
        );
      const before = customersIn(previousStart, period.start.getTime());
      const now = customersIn(period.start.getTime(), period.end.getTime());
      const renewed = [...before].filter((c) => now.has(c)).length;
      expect([r.previousCustomers, r.renewedCustomers, r.currentCustomers]).toEqual([before.size, renewed, now.size]);
      if (scenario.asOf !== undefined && scenario.asOf.getTime() <= period.start.getTime())
        expect(r.rate.reason).toBe("not-started");
      else if (before.size === 0) expect(r.rate.reason).toBe("no-previous-customers");
      else expect(isQuotient(r.rate.value, renewed, before.size)).toBe(true);
    },
  );

  test.prop([caseArb], RUNS)("attainment distribution: 2.1's attainments, banded here", ({ dataset, scenario }) => {
    const options = {
      period: scenario.period,
      targets: dataset.revenueTargets,
      timeZone: scenario.timeZone,
      fiscalYearStartMonth: scenario.fiscalYearStartMonth,
      dayCount: scenario.dayCount,
      sellers: dataset.sellers,
      scope: scenario.scope.level === "seller" ? ({ level: "company" } as const) : scenario.scope,
      ...(scenario.asOf === undefined ? {} : { asOf: scenario.asOf }),
    };
    const r = attainmentDistribution(dataset.orders, options);
    const byRevenue = revenueVsTargetGrouped(dataset.orders, { ...options, groupBy: "seller" });
    const bands = new Map<string, string[]>([
      ["below-0.5", []],
      ["0.5-0.8", []],
      ["0.8-1", []],
      ["1-1.2", []],
      ["above-1.2", []],
    ]);
    const without: string[] = [];
    let atOrAbove = 0;
    for (const { key, result } of byRevenue.groups) {
      const a = result.attainment.value;
      if (a === null) {
        without.push(key);
        continue;
      }
      const band = a.lt("0.5")
        ? "below-0.5"
        : a.lt("0.8")
          ? "0.5-0.8"
          : a.lt(1)
            ? "0.8-1"
            : a.lte("1.2")
              ? "1-1.2"
              : "above-1.2";
      bands.get(band)?.push(key);
      if (a.gte(1)) atOrAbove += 1;
    }
    expect(r.bands.map((b) => [b.band, b.sellerIds])).toEqual([...bands]);
    expect(r.withoutTarget.map((s) => s.sellerId)).toEqual(without);
    const withTarget = byRevenue.groups.length - without.length;
    expect(r.sellersWithTarget).toBe(withTarget);
    if (withTarget === 0) expect(r.atOrAboveTarget.reason).toBe("no-sellers-with-target");
    else expect(isQuotient(r.atOrAboveTarget.value, atOrAbove, withTarget)).toBe(true);
  });

  test.prop([caseArb, maskArb, fc.boolean()], RUNS)(
    "every result reads back from resultToJSON with its schema",
    ({ dataset, scenario }, mask, explain) => {
      const orders = withHoles(dataset, mask);
      const options = { ...optionsOf(dataset, scenario, scenario.period), explain };
      const { scope: _scope, ...unscoped } = options;
      const grouped = {
        ...unscoped,
        groupBy: dataset.sellers.some((s) => s.teamId !== undefined) ? "team" : "seller",
      } as const;
      const roundTrips: [unknown, z.ZodType][] = [
        [newCustomerRevenue(orders, options), NewCustomerRevenueResultSchema],
        [newVsExistingRevenue(orders, options), NewVsExistingRevenueResultSchema],
        [renewalRate(orders, options), RenewalRateResultSchema],
        [newCustomerRevenueGrouped(orders, grouped), NewCustomerRevenueGroupedResultSchema],
        [newVsExistingRevenueGrouped(orders, grouped), NewVsExistingRevenueGroupedResultSchema],
        [renewalRateGrouped(orders, grouped), RenewalRateGroupedResultSchema],
        [
          attainmentDistribution(dataset.orders, {
            period: scenario.period,
            targets: dataset.revenueTargets,
            timeZone: scenario.timeZone,
            sellers: dataset.sellers,
          }),
          AttainmentDistributionResultSchema,
        ],
      ];
      for (const [result, schema] of roundTrips) {
        const text = resultToJSON(result);
        expect(resultToJSON(resultFromJSON(schema, text))).toBe(text);
      }
    },
  );
});
