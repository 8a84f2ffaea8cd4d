import { describe, expect, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order, RevenueTarget, Seller } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import type { Period } from "../../period/types.js";
import { revenueVsTarget } from "./revenueVsTarget.js";
import { revenueVsTargetGrouped, RevenueVsTargetCustomerGroupedResultSchema } from "./revenueVsTargetGrouped.js";
import { revenueVsTargetSeries } from "./revenueVsTargetSeries.js";

// Order counts (issue 9, item 2) and revenue by customer (spec section 1, "Scope"), worked by hand.

const d = (iso: string): Date => new Date(iso);
const JAN: Period = { start: d("2026-01-01T00:00:00Z"), end: d("2026-02-01T00:00:00Z") };
const Q1: Period = { start: d("2026-01-01T00:00:00Z"), end: d("2026-04-01T00:00:00Z") };

function order(id: string, seller: string, customer: string | undefined, date: string, amount: string): Order {
  const base = { id, date: d(date), amount: toDecimal(amount), currency: "EUR", sellerId: seller };
  // A record built by hand without a customer (a parsed order always has one).
  return (customer === undefined ? base : { ...base, customerId: customer }) as Order;
}

const orders: Order[] = [
  order("o1", "s1", "acme", "2026-01-05T00:00:00Z", "600"),
  order("o2", "s2", "bolt", "2026-01-06T00:00:00Z", "300"),
  order("o3", "s2", "acme", "2026-01-07T00:00:00Z", "100"),
  order("o4", "s1", "__proto__", "2026-01-08T00:00:00Z", "300"),
  order("o5", "s1", "bolt", "2026-01-09T00:00:00Z", "-50"), // credit note: counted, summed negative
  order("o6", "s2", undefined, "2026-01-10T00:00:00Z", "40"), // no customer
  order("o7", "s1", "cole", "2026-02-10T00:00:00Z", "999"), // February
  order("o8", "s2", "dune", "2026-03-10T00:00:00Z", "20"), // March
];
const companyTarget: RevenueTarget = {
  id: "t",
  level: "company",
  start: JAN.start,
  end: JAN.end,
  amount: toDecimal("2000"),
  currency: "EUR",
};
const sellers: Seller[] = [
  { id: "s1", teamId: "north" },
  { id: "s2", teamId: "north" },
  { id: "s3", teamId: "south" },
];

describe("order counts", () => {
  it("counts the orders summed in realized, credit notes included", () => {
    // January: o1..o6, six orders; 600 + 300 + 100 + 300 - 50 + 40 = 1,290.
    const result = revenueVsTarget(orders, { targets: [companyTarget], period: JAN, explain: true });
    expect(result.orderCount).toBe(6);
    expect(result.realized.toString()).toBe("1290");
    expect(result.explain?.orders).toHaveLength(result.orderCount);
  });

  it("counts only the orders before asOf and of the scope", () => {
    // Before 7 January: o1, o2 (o3 is at 7 January 00:00, excluded: settled detail 3).
    expect(revenueVsTarget(orders, { targets: [], period: JAN, asOf: d("2026-01-07T00:00:00Z") }).orderCount).toBe(2);
    // Seller s2 in January: o2, o3, o6.
    expect(
      revenueVsTarget(orders, { targets: [], period: JAN, scope: { level: "seller", sellerId: "s2" } }).orderCount,
    ).toBe(3);
    expect(revenueVsTarget([], { targets: [], period: JAN }).orderCount).toBe(0);
  });

  it("counts per bucket, the total being their sum", () => {
    const series = revenueVsTargetSeries(orders, { targets: [], range: Q1, grain: "month", explain: true });
    expect(series.buckets.map((b) => [b.label, b.orderCount])).toEqual([
      ["2026-01", 6],
      ["2026-02", 1],
      ["2026-03", 1],
    ]);
    expect(series.total.orderCount).toBe(8);
    for (const bucket of series.buckets) expect(bucket.explain?.orders).toHaveLength(bucket.orderCount);
  });

  it("counts per group, the sellers' counts adding up to the company's", () => {
    const bySeller = revenueVsTargetGrouped(orders, {
      targets: [],
      period: JAN,
      groupBy: "seller",
      sellers,
      explain: true,
    });
    // s1: o1, o4, o5; s2: o2, o3, o6; s3: none.
    expect(bySeller.groups.map((g) => [g.key, g.result.orderCount])).toEqual([
      ["s1", 3],
      ["s2", 3],
      ["s3", 0],
    ]);
    for (const group of bySeller.groups) expect(group.result.explain?.orders).toHaveLength(group.result.orderCount);
    const byTeam = revenueVsTargetGrouped(orders, { targets: [], period: JAN, groupBy: "team", sellers });
    expect(byTeam.groups.map((g) => [g.key, g.result.orderCount])).toEqual([
      ["north", 6],
      ["south", 0],
    ]);
  });
});

describe("revenueVsTargetGrouped by customer", () => {
  const byCustomer = revenueVsTargetGrouped(orders, {
    targets: [companyTarget],
    period: JAN,
    groupBy: "customer",
    explain: true,
  });

  it("ranks customers by realized revenue, ties by key, with their counts", () => {
    // acme 600 + 100 = 700 (2 orders); __proto__ 300 (1); bolt 300 - 50 = 250 (2).
    expect(byCustomer.groups.map((g) => [g.key, g.result.realized.toString(), g.result.orderCount])).toEqual([
      ["acme", "700", 2],
      ["__proto__", "300", 1],
      ["bolt", "250", 2],
    ]);
    expect(byCustomer.groups[0]?.result.explain).toEqual({ orders: ["o1", "o3"], targets: [] });
    expect(byCustomer.rest).toBeNull();
  });

  it("orders equal revenues by key, in code-unit order", () => {
    const tied = [
      order("a", "s1", "zeta", "2026-01-05T00:00:00Z", "10"),
      order("b", "s1", "Zeta", "2026-01-05T00:00:00Z", "10"),
      order("c", "s1", "alpha", "2026-01-05T00:00:00Z", "10"),
    ];
    const result = revenueVsTargetGrouped(tied, { targets: [], period: JAN, groupBy: "customer" });
    expect(result.groups.map((g) => g.key)).toEqual(["Zeta", "alpha", "zeta"]);
  });

  it("gives null target figures with their reason: customers have no targets", () => {
    const acme = byCustomer.groups[0]?.result;
    expect(acme?.target).toBeNull();
    expect(acme?.attainment).toBeNull();
    expect(acme?.remaining).toBeNull();
    expect(acme?.expectedToDate).toBeNull();
    expect(acme?.pace).toBeNull();
    expect(acme?.status).toBeNull();
    expect(acme?.targetReason).toBe("no-customer-targets");
    expect(acme?.statusReason).toBe("no-customer-targets");
    // Closed period: projected = realized.
    expect(acme?.projected.value?.toString()).toBe("700");
    expect(acme?.scope).toEqual({ level: "company" });
  });

  it("reports the orders without a customer, in no group", () => {
    expect(byCustomer.withoutCustomer.orderCount).toBe(1);
    expect(byCustomer.withoutCustomer.realized.toString()).toBe("40");
    expect(byCustomer.warnings.map((w) => w.code)).toEqual(["orders-without-customer"]);
    expect(byCustomer.warnings[0]?.message).toContain("1 order(s)");
    // The groups and the orders without a customer make the company's figures.
    const company = revenueVsTarget(orders, { targets: [], period: JAN });
    const sum = byCustomer.groups.reduce((acc, g) => acc.plus(g.result.realized), byCustomer.withoutCustomer.realized);
    const count = byCustomer.groups.reduce(
      (acc, g) => acc + g.result.orderCount,
      byCustomer.withoutCustomer.orderCount,
    );
    expect(sum.equals(company.realized)).toBe(true);
    expect(count).toBe(company.orderCount);
  });

  it("has zeros and no warning when every order has a customer", () => {
    const result = revenueVsTargetGrouped(
      orders.filter((o) => o.id !== "o6"),
      { targets: [], period: JAN, groupBy: "customer" },
    );
    expect(result.withoutCustomer.orderCount).toBe(0);
    expect(result.withoutCustomer.realized.toString()).toBe("0");
    expect(result.warnings).toEqual([]);
  });

  it("keeps the top customers and folds the others into rest", () => {
    const top1 = revenueVsTargetGrouped(orders, {
      targets: [],
      period: JAN,
      groupBy: "customer",
      top: 1,
      explain: true,
    });
    expect(top1.groups.map((g) => g.key)).toEqual(["acme"]);
    // __proto__ 300 + bolt 250 = 550, three orders, listed customer by customer.
    expect(top1.rest?.groupCount).toBe(2);
    expect(top1.rest?.result.realized.toString()).toBe("550");
    expect(top1.rest?.result.orderCount).toBe(3);
    expect(top1.rest?.result.explain?.orders).toEqual(["o4", "o2", "o5"]);
    expect(top1.rest?.result.target).toBeNull();
    // A top that keeps every group folds nothing.
    expect(revenueVsTargetGrouped(orders, { targets: [], period: JAN, groupBy: "customer", top: 3 }).rest).toBeNull();
    expect(
      revenueVsTargetGrouped(orders, { targets: [], period: JAN, groupBy: "customer", top: 10 }).groups,
    ).toHaveLength(3);
  });

  it("takes the customers of the scope's orders in the window only", () => {
    const s2 = revenueVsTargetGrouped(orders, {
      targets: [],
      period: JAN,
      groupBy: "customer",
      scope: { level: "seller", sellerId: "s2" },
    });
    // s2 in January: bolt 300, acme 100, and o6 without a customer.
    expect(s2.groups.map((g) => [g.key, g.result.realized.toString()])).toEqual([
      ["bolt", "300"],
      ["acme", "100"],
    ]);
    expect(s2.withoutCustomer.orderCount).toBe(1);
    expect(s2.scope).toEqual({ level: "seller", sellerId: "s2" });
  });

  it("judges a running period's projection, not its status", () => {
    // asOf 16 January 12:00: 15.5 of 31 days; acme has o1 and o3 before it: 700 / 0.5 = 1,400.
    const running = revenueVsTargetGrouped(orders, {
      targets: [],
      period: JAN,
      groupBy: "customer",
      asOf: d("2026-01-16T12:00:00Z"),
    });
    expect(running.groups[0]?.result.elapsedFraction.toString()).toBe("0.5");
    expect(running.groups[0]?.result.projected.value?.toString()).toBe("1400");
    expect(running.groups[0]?.result.closed).toBe(false);
    expect(running.groups[0]?.result.status).toBeNull();
  });

  it("refuses a bad top", () => {
    for (const top of [0, -1, 1.5, Number.NaN, "2"]) {
      expect(() =>
        revenueVsTargetGrouped(orders, { targets: [], period: JAN, groupBy: "customer", top: top as number }),
      ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    }
    expect(() =>
      revenueVsTargetGrouped(orders, { targets: [], period: JAN, groupBy: "seller", top: 2 } as never),
    ).toThrow(/top is for groupBy "customer" only/);
  });

  it("reads back from JSON", () => {
    const top1 = revenueVsTargetGrouped(orders, { targets: [], period: JAN, groupBy: "customer", top: 1 });
    const back = resultFromJSON(RevenueVsTargetCustomerGroupedResultSchema, JSON.stringify(top1));
    expect(back).toEqual(top1);
    expect(resultFromJSON(RevenueVsTargetCustomerGroupedResultSchema, JSON.stringify(byCustomer))).toEqual(byCustomer);
  });
});

describe("targets as an option", () => {
  it("refuses targets that are not an array", () => {
    expect(() => revenueVsTarget(orders, { period: JAN } as never)).toThrow(/targets must be an array/);
    expect(() => revenueVsTargetSeries(orders, { targets: "t" as never, range: Q1 })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});
