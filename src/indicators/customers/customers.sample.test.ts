import { describe, expect, it } from "vitest";
import type { Order } from "../../model/types.js";
import { generateSampleDataset } from "../../sample/generateSampleDataset.js";
import { attainmentDistribution } from "./attainmentDistribution.js";
import { newCustomerRevenue } from "./newCustomerRevenue.js";
import { newVsExistingRevenue } from "./newVsExistingRevenue.js";
import { renewalRate } from "./renewalRate.js";
import { renewalRateGrouped } from "./renewalRateGrouped.js";

// The seeded sample: two years of orders from loyal customers, with new customers appearing over
// time (src/sample/orders.ts). Each customer indicator must give a figure that is not trivial on it
// (not null, not 0, not everything), and agree with a count made here order by order.
const data = generateSampleDataset();
const Q1 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const inQ1 = (o: Order): boolean => o.date >= Q1.start && o.date < Q1.end;

function firstOrders(orders: readonly Order[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const o of orders) {
    const t = o.date.getTime();
    if (t < (first.get(o.customerId) ?? Infinity)) first.set(o.customerId, t);
  }
  return first;
}

describe("customer indicators on the sample dataset", () => {
  it("new customer revenue: some customers are new in 2026-Q1, with a positive mean", () => {
    const r = newCustomerRevenue(data.orders, { period: Q1 });
    const first = firstOrders(data.orders);
    const fresh = new Set(
      data.orders
        .filter(inQ1)
        .map((o) => o.customerId)
        .filter((c) => (first.get(c) ?? 0) >= Q1.start.getTime()),
    );
    expect(r.newCustomers.customerCount).toBe(fresh.size);
    expect(r.newCustomers.customerCount).toBeGreaterThan(0);
    expect(r.meanRevenuePerNewCustomer.value?.isPositive()).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it("new versus existing revenue: both segments hold customers and revenue", () => {
    const r = newVsExistingRevenue(data.orders, { period: Q1 });
    const customers = new Set(data.orders.filter(inQ1).map((o) => o.customerId));
    expect(r.newCustomers.customerCount + r.existingCustomers.customerCount).toBe(customers.size);
    expect(r.existingCustomers.customerCount).toBeGreaterThan(r.newCustomers.customerCount);
    expect(r.newShare.value?.greaterThan(0) && r.newShare.value.lessThan(1)).toBe(true);
    expect(r.newShare.value?.plus(r.existingShare.value ?? 0).toString()).toBe("1");
  });

  it("renewal rate: part of the previous quarter's customers ordered again", () => {
    const r = renewalRate(data.orders, { period: Q1 });
    const previous = new Set(
      data.orders
        .filter((o) => o.date >= new Date("2025-10-01T00:00:00Z") && o.date < Q1.start)
        .map((o) => o.customerId),
    );
    const current = new Set(data.orders.filter(inQ1).map((o) => o.customerId));
    expect(r.previousCustomers).toBe(previous.size);
    expect(r.renewedCustomers).toBe([...previous].filter((c) => current.has(c)).length);
    expect(r.rate.value?.greaterThan(0) && r.rate.value.lessThan(1)).toBe(true);
    const grouped = renewalRateGrouped(data.orders, { period: Q1, groupBy: "seller", sellers: data.sellers });
    expect(grouped.groups.length).toBe(data.sellers.length);
    expect(grouped.groups.every((g) => g.result.rate.value !== null)).toBe(true);
  });

  it("attainment distribution: the sellers spread over several bands in 2026-Q1", () => {
    const r = attainmentDistribution(data.orders, { period: Q1, targets: data.revenueTargets, sellers: data.sellers });
    expect(r.sellersWithTarget).toBe(data.sellers.length);
    expect(r.bands.filter((b) => b.count > 0).length).toBeGreaterThan(1);
    expect(r.atOrAboveTarget.value?.greaterThan(0) && r.atOrAboveTarget.value.lessThan(1)).toBe(true);
  });
});
