import { describe, expect, it } from "vitest";
import { MixedCurrencyError } from "../../errors/index.js";
import { toDecimal } from "../../money/decimal.js";
import type { Order } from "../../model/types.js";
import { orderTable } from "../../table/orderTable.js";
import { newCustomerRevenue } from "./newCustomerRevenue.js";
import { newCustomerRevenueGrouped } from "./newCustomerRevenueGrouped.js";

const MARCH = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

function order(id: string, customerId: string | undefined, date: string, amount: string, sellerId = "ann"): Order {
  const base = { id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId };
  // Records built by hand can lack a customer; the type says they have one.
  return (customerId === undefined ? base : { ...base, customerId }) as Order;
}

describe("newCustomerRevenue", () => {
  // Worked by hand, on Glew's published reading ("new customers are those who made their first
  // purchase during the timeframe selected; they may have made multiple purchases or just one",
  // glew.io/faqs/how-do-you-calculate-new-vs-repeat-customers): every purchase of the timeframe counts.
  const orders = [
    order("o1", "acme", "2025-11-10T00:00:00Z", "900"), // acme: first order in November, existing in March
    order("o2", "acme", "2026-03-05T00:00:00Z", "400"),
    order("o3", "bolt", "2026-03-10T00:00:00Z", "1000"), // bolt: new in March, two orders
    order("o4", "bolt", "2026-03-20T00:00:00Z", "500"),
    order("o5", "cora", "2026-03-25T00:00:00Z", "300"), // cora: new in March
    order("o6", "dune", "2026-04-02T00:00:00Z", "700"), // after March: dune is no customer of March
  ];

  it("counts customers whose first order of all the orders is in the period, with all their orders of the period", () => {
    const r = newCustomerRevenue(orders, { period: MARCH });
    expect(r.newCustomers.customerCount).toBe(2);
    expect(r.newCustomers.orderCount).toBe(3);
    expect(r.newCustomers.revenue.toString()).toBe("1800"); // 1000 + 500 + 300
    expect(r.meanRevenuePerNewCustomer).toMatchObject({ reason: null, numerator: toDecimal("1800") });
    expect(r.meanRevenuePerNewCustomer.value?.toString()).toBe("900");
    expect(r.meanRevenuePerNewCustomer.denominator.toString()).toBe("2");
    expect(r.warnings).toEqual([]);
    expect(r.unit).toBe("money");
    expect(r.currency).toBe("EUR");
    expect(r.period).toEqual({ ...MARCH, timeZone: "UTC" });
  });

  it("gives the same figures from the orders' table", () => {
    const table = newCustomerRevenue(orderTable(orders), { period: MARCH });
    expect(JSON.stringify(table)).toBe(JSON.stringify(newCustomerRevenue(orders, { period: MARCH })));
  });

  it("is null with no-new-customers when every customer of the period ordered before", () => {
    const r = newCustomerRevenue(orders.slice(0, 2), { period: MARCH });
    expect(r.newCustomers).toEqual({ customerCount: 0, orderCount: 0, revenue: toDecimal(0) });
    expect(r.meanRevenuePerNewCustomer.value).toBeNull();
    expect(r.meanRevenuePerNewCustomer.reason).toBe("no-new-customers");
  });

  it("warns when the orders given start inside the period (every customer looks new)", () => {
    const r = newCustomerRevenue(orders.slice(1), { period: MARCH });
    expect(r.newCustomers.customerCount).toBe(3); // acme looks new without its November order
    expect(r.warnings.map((w) => w.code)).toEqual(["history-starts-in-period"]);
    expect(r.warnings[0]?.message).toContain("2026-03-05T00:00:00.000Z");
  });

  it("reports orders without a customer apart, never as a new customer", () => {
    const r = newCustomerRevenue([...orders, order("o7", undefined, "2026-03-08T00:00:00Z", "250")], { period: MARCH });
    expect(r.newCustomers.customerCount).toBe(2);
    expect(r.withoutCustomer.orderCount).toBe(1);
    expect(r.withoutCustomer.realized.toString()).toBe("250");
    expect(r.warnings.map((w) => w.code)).toEqual(["orders-without-customer"]);
  });

  it("cuts at asOf: an order at asOf does not count, and the result says it is to date", () => {
    const r = newCustomerRevenue(orders, { period: MARCH, asOf: new Date("2026-03-20T00:00:00Z") });
    expect(r.newCustomers).toEqual({ customerCount: 1, orderCount: 1, revenue: toDecimal(1000) });
    expect(r.asOf).toEqual(new Date("2026-03-20T00:00:00Z"));
    expect(r.warnings.map((w) => w.code)).toEqual(["partial-period"]);
  });

  it("reads newness company-wide: a seller's customer bought from a colleague before is not new", () => {
    const mixed = [
      order("p1", "acme", "2026-02-10T00:00:00Z", "100", "bob"),
      order("p2", "acme", "2026-03-10T00:00:00Z", "800", "ann"),
      order("p3", "bolt", "2026-03-12T00:00:00Z", "600", "ann"),
    ];
    const r = newCustomerRevenue(mixed, { period: MARCH, scope: { level: "seller", sellerId: "ann" } });
    expect(r.scope).toEqual({ level: "seller", sellerId: "ann" });
    expect(r.newCustomers).toEqual({ customerCount: 1, orderCount: 1, revenue: toDecimal(600) });
  });

  it("lists the customers and orders behind the figures with explain", () => {
    const r = newCustomerRevenue(orders, { period: MARCH, explain: true });
    expect(r.explain).toEqual({
      newCustomers: ["bolt", "cora"],
      newCustomerOrders: ["o3", "o4", "o5"],
      existingCustomers: ["acme"],
      existingCustomerOrders: ["o2"],
      ordersWithoutCustomer: [],
    });
    expect("explain" in newCustomerRevenue(orders, { period: MARCH })).toBe(false);
  });

  it("counts a credit note as an order of the period, negative", () => {
    const r = newCustomerRevenue([...orders, order("c1", "bolt", "2026-03-28T00:00:00Z", "-100")], { period: MARCH });
    expect(r.newCustomers.revenue.toString()).toBe("1700");
    expect(r.newCustomers.orderCount).toBe(4);
  });

  it("refuses mixed currencies among the summed orders, not among the history", () => {
    const usd = { ...order("u1", "acme", "2025-01-01T00:00:00Z", "5"), currency: "USD" };
    expect(newCustomerRevenue([usd, ...orders], { period: MARCH }).currency).toBe("EUR");
    const usdInMarch = { ...order("u2", "acme", "2026-03-02T00:00:00Z", "5"), currency: "USD" };
    expect(() => newCustomerRevenue([...orders, usdInMarch], { period: MARCH })).toThrow(MixedCurrencyError);
  });

  it("groups by seller and by team, the roster first", () => {
    const mixed = [
      order("p1", "acme", "2026-02-10T00:00:00Z", "100", "bob"),
      order("p2", "acme", "2026-03-10T00:00:00Z", "800", "ann"),
      order("p3", "bolt", "2026-03-12T00:00:00Z", "600", "ann"),
      order("p4", "cora", "2026-03-14T00:00:00Z", "300", "zed"),
    ];
    const sellers = [
      { id: "ann", teamId: "north" },
      { id: "bob", teamId: "north" },
      { id: "cid", teamId: "south" },
    ];
    const bySeller = newCustomerRevenueGrouped(mixed, { period: MARCH, groupBy: "seller", sellers });
    expect(bySeller.groups.map((g) => [g.key, g.result.newCustomers.customerCount, g.result.scope])).toEqual([
      ["ann", 1, { level: "seller", sellerId: "ann" }],
      ["bob", 0, { level: "seller", sellerId: "bob" }],
      ["cid", 0, { level: "seller", sellerId: "cid" }],
      ["zed", 1, { level: "seller", sellerId: "zed" }],
    ]);
    expect(bySeller.currency).toBe("EUR");
    const byTeam = newCustomerRevenueGrouped(mixed, { period: MARCH, groupBy: "team", sellers });
    expect(byTeam.groups.map((g) => [g.key, g.result.newCustomers.revenue.toString()])).toEqual([
      ["north", "600"],
      ["south", "0"],
    ]);
    expect(() => newCustomerRevenueGrouped(mixed, { period: MARCH, groupBy: "team" })).toThrow(/roster/);
    expect(() =>
      newCustomerRevenueGrouped(mixed, { period: MARCH, groupBy: "customer" as unknown as "seller" }),
    ).toThrow(/groupBy/);
  });

  it("works with an owner and a customer named __proto__", () => {
    const r = newCustomerRevenueGrouped([order("x1", "__proto__", "2026-03-02T00:00:00Z", "10", "__proto__")], {
      period: MARCH,
      groupBy: "seller",
    });
    expect(r.groups.map((g) => [g.key, g.result.newCustomers.customerCount])).toEqual([["__proto__", 1]]);
  });

  it("refuses a bad period or explain", () => {
    expect(() => newCustomerRevenue(orders, { period: { start: MARCH.end, end: MARCH.start } })).toThrow(/period/);
    expect(() => newCustomerRevenue(orders, { period: MARCH, explain: "yes" as unknown as boolean })).toThrow(
      /explain/,
    );
  });
});
