import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import type { Order } from "../../model/types.js";
import { newCustomerRevenue } from "./newCustomerRevenue.js";
import { newVsExistingRevenue } from "./newVsExistingRevenue.js";
import { newVsExistingRevenueGrouped } from "./newVsExistingRevenueGrouped.js";

const Q1 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

function order(id: string, customerId: string | undefined, date: string, amount: string, sellerId = "ann"): Order {
  const base = { id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId };
  return (customerId === undefined ? base : { ...base, customerId }) as Order;
}

describe("newVsExistingRevenue", () => {
  // Worked by hand. Glew's published definitions: a new customer made its first purchase in the
  // timeframe; a repeat customer bought in the timeframe with its first purchase before it; no
  // customer is both (glew.io/faqs/how-do-you-calculate-new-vs-repeat-customers). Conjura's
  // "New Customer Revenue %" is new customer revenue over the total (help.conjura.com, KPI
  // definitions - new vs existing customers): here the total of the orders that name a customer.
  const orders = [
    order("h1", "acme", "2025-06-01T00:00:00Z", "5000"),
    order("h2", "bolt", "2025-12-31T23:59:59Z", "100"), // bolt: first order one second before Q1
    order("o1", "acme", "2026-01-15T00:00:00Z", "3000"),
    order("o2", "bolt", "2026-02-01T00:00:00Z", "1000"),
    order("o3", "cora", "2026-01-01T00:00:00Z", "2500"), // cora: first order at Q1's first instant, new
    order("o4", "cora", "2026-03-31T23:59:59Z", "1500"),
    order("o5", "dune", "2026-02-14T00:00:00Z", "2000"),
    order("o6", undefined, "2026-02-20T00:00:00Z", "400"),
  ];

  it("splits the period's revenue into new and existing customers, with their counts", () => {
    const r = newVsExistingRevenue(orders, { period: Q1 });
    expect(r.newCustomers).toEqual({ customerCount: 2, orderCount: 3, revenue: toDecimal(6000) });
    expect(r.existingCustomers).toEqual({ customerCount: 2, orderCount: 2, revenue: toDecimal(4000) });
    expect(r.withoutCustomer).toEqual({ orderCount: 1, realized: toDecimal(400) });
    expect(r.realized.toString()).toBe("10400");
    expect(r.newShare.value?.toString()).toBe("0.6"); // 6000 / 10000
    expect(r.existingShare.value?.toString()).toBe("0.4");
    expect(r.newShare.denominator.toString()).toBe("10000");
    expect(r.warnings.map((w) => w.code)).toEqual(["orders-without-customer"]);
  });

  it("is the same computation as new customer revenue (one plan, two readings)", () => {
    const both = newVsExistingRevenue(orders, { period: Q1 });
    const fresh = newCustomerRevenue(orders, { period: Q1 });
    expect(fresh.newCustomers).toEqual(both.newCustomers);
    expect(fresh.withoutCustomer).toEqual(both.withoutCustomer);
    expect(fresh.warnings).toEqual(both.warnings);
  });

  it("gives null shares with no-customer-revenue when the customers' revenue sums to 0", () => {
    const r = newVsExistingRevenue(
      [order("a", "acme", "2026-01-02T00:00:00Z", "100"), order("b", "acme", "2026-01-03T00:00:00Z", "-100")],
      { period: Q1 },
    );
    expect(r.newShare).toMatchObject({ value: null, reason: "no-customer-revenue" });
    expect(r.existingShare).toMatchObject({ value: null, reason: "no-customer-revenue" });
    expect(newVsExistingRevenue([], { period: Q1 }).newShare.reason).toBe("no-customer-revenue");
  });

  it("reads the period's days in the reporting zone", () => {
    // 2025-12-31T23:30Z is already 1 January in Paris: bolt's first order falls in Q1 there.
    const paris = { start: new Date("2025-12-31T23:00:00Z"), end: new Date("2026-03-31T22:00:00Z") };
    const list = [
      order("b1", "bolt", "2025-12-31T23:30:00Z", "100"),
      order("b2", "bolt", "2026-02-01T00:00:00Z", "100"),
    ];
    const r = newVsExistingRevenue(list, { period: paris, timeZone: "Europe/Paris" });
    expect(r.newCustomers.customerCount).toBe(1);
    expect(r.period.timeZone).toBe("Europe/Paris");
  });

  it("groups by seller: each seller's customers, newness company-wide", () => {
    const list = [
      order("p1", "acme", "2025-10-10T00:00:00Z", "100", "bob"),
      order("p2", "acme", "2026-02-10T00:00:00Z", "800", "ann"),
      order("p3", "bolt", "2026-02-12T00:00:00Z", "600", "ann"),
      order("p4", "acme", "2026-03-10T00:00:00Z", "50", "bob"),
    ];
    const grouped = newVsExistingRevenueGrouped(list, { period: Q1, groupBy: "seller" });
    expect(
      grouped.groups.map((g) => [
        g.key,
        g.result.newCustomers.revenue.toString(),
        g.result.existingCustomers.revenue.toString(),
      ]),
    ).toEqual([
      ["ann", "600", "800"],
      ["bob", "0", "50"],
    ]);
  });
});
