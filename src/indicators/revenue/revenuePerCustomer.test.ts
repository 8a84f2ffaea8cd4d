import { describe, expect, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import type { Period } from "../../period/types.js";
import { orderTable } from "../../table/orderTable.js";
import {
  DEFAULT_REVENUE_PER_SELLER_THRESHOLDS,
  DEFAULT_TRAILING_BUCKETS,
  revenuePerSeller,
  RevenuePerCustomerResultSchema,
  RevenuePerSellerResultSchema,
} from "./revenuePerSeller.js";

// revenuePerSeller by customer (spec section 1, "Scope") and its order counts, worked by hand.

const JAN_APR: Period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };

function order(id: string, seller: string, customer: string | undefined, month: number, amount: string): Order {
  const base = {
    id,
    date: new Date(`2026-0${month}-10T00:00:00Z`),
    amount: toDecimal(amount),
    currency: "EUR",
    sellerId: seller,
  };
  // A record built by hand without a customer (a parsed order always has one).
  return (customer === undefined ? base : { ...base, customerId: customer }) as Order;
}

// acme: 100 a month, then 60 in April (a drop: 60 < 100 x 0.7); __proto__: 50 + 50 in February;
// bolt: 100 in January, -20 (a credit note) in March; one order without a customer in April.
const orders: Order[] = [
  order("a1", "ana", "acme", 1, "100"),
  order("a2", "bob", "acme", 2, "100"),
  order("a3", "ana", "acme", 3, "100"),
  order("a4", "ana", "acme", 4, "60"),
  order("p1", "ana", "__proto__", 2, "50"),
  order("p2", "bob", "__proto__", 2, "50"),
  order("b1", "bob", "bolt", 1, "100"),
  order("b2", "bob", "bolt", 3, "-20"),
  order("n1", "bob", undefined, 4, "7"),
];

describe("revenuePerSeller by customer", () => {
  const result = revenuePerSeller(orders, { range: JAN_APR, by: "customer", explain: true });

  it("gives one series per customer, ranked by total, with counts per bucket", () => {
    expect(result.by).toBe("customer");
    expect(result.customers.map((c) => [c.customerId, c.total.toString(), c.orderCount])).toEqual([
      ["acme", "360", 4],
      ["__proto__", "100", 2],
      ["bolt", "80", 2],
    ]);
    expect(result.customers[1]?.points.map((p) => [p.realized.toString(), p.orderCount])).toEqual([
      ["0", 0],
      ["100", 2],
      ["0", 0],
      ["0", 0],
    ]);
    expect(result.customers[1]?.points[1]?.explain).toEqual({ orderIds: ["p1", "p2"], targetIds: [] });
    expect(result.rest).toBeNull();
  });

  it("judges each customer's series as a seller's", () => {
    const acme = result.customers[0];
    expect(acme?.points[3]?.trailingMean.value?.toString()).toBe("100");
    expect(acme?.points[3]?.flags).toEqual(["drop"]);
    expect(acme?.points[0]?.flags).toEqual(["insufficient-history"]);
  });

  it("gives null target figures with their reason: customers have no targets", () => {
    for (const customer of result.customers) {
      for (const point of customer.points) {
        expect(point.target).toBeNull();
        expect(point.attainment).toBeNull();
        expect(point.targetReason).toBe("no-customer-targets");
      }
    }
  });

  it("reports the orders without a customer, in no series", () => {
    expect(result.withoutCustomer.orderCount).toBe(1);
    expect(result.withoutCustomer.realized.toString()).toBe("7");
    expect(result.warnings.map((w) => w.code)).toEqual(["orders-without-customer"]);
    const total = result.customers.reduce((sum, c) => sum.plus(c.total), result.withoutCustomer.realized);
    const bySeller = revenuePerSeller(orders, { range: JAN_APR });
    expect(total.equals(bySeller.sellers.reduce((sum, s) => sum.plus(s.total), toDecimal(0)))).toBe(true);
  });

  it("breaks ties by customer id and folds the others into rest with top", () => {
    const tied = [
      order("x", "ana", "zeta", 1, "10"),
      order("y", "ana", "alpha", 1, "10"),
      order("z", "ana", "mid", 2, "5"),
    ];
    const top1 = revenuePerSeller(tied, { range: JAN_APR, by: "customer", top: 1, explain: true });
    expect(top1.customers.map((c) => c.customerId)).toEqual(["alpha"]);
    // zeta 10 in January + mid 5 in February, summed bucket by bucket.
    expect(top1.rest?.groupCount).toBe(2);
    expect(top1.rest?.result.customerId).toBeNull();
    expect(top1.rest?.result.points.map((p) => [p.realized.toString(), p.orderCount])).toEqual([
      ["10", 1],
      ["5", 1],
      ["0", 0],
      ["0", 0],
    ]);
    expect(top1.rest?.result.points.flatMap((p) => p.explain?.orderIds ?? [])).toEqual(["x", "z"]);
    expect(revenuePerSeller(tied, { range: JAN_APR, by: "customer", top: 3 }).rest).toBeNull();
  });

  it("keeps to the scope and to the window (asOf)", () => {
    const bob = revenuePerSeller(orders, {
      range: JAN_APR,
      by: "customer",
      scope: { level: "seller", sellerId: "bob" },
      asOf: new Date("2026-04-01T00:00:00Z"),
    });
    // bob before April: acme 100 (Feb), __proto__ 50 (Feb), bolt 100 - 20 = 80; n1 is in April.
    expect(bob.customers.map((c) => [c.customerId, c.total.toString()])).toEqual([
      ["acme", "100"],
      ["bolt", "80"],
      ["__proto__", "50"],
    ]);
    expect(bob.withoutCustomer.orderCount).toBe(0);
    expect(bob.warnings.map((w) => w.code)).toEqual(["partial-range"]);
  });

  it("gives the same result from a table", () => {
    expect(
      revenuePerSeller(orderTable(orders.filter((o) => o.id !== "n1")), { range: JAN_APR, by: "customer" }),
    ).toEqual(
      revenuePerSeller(
        orders.filter((o) => o.id !== "n1"),
        { range: JAN_APR, by: "customer" },
      ),
    );
  });

  it("refuses a bad top", () => {
    for (const top of [0, 2.5, -1, "1"]) {
      expect(() => revenuePerSeller(orders, { range: JAN_APR, by: "customer", top: top as number })).toThrow(
        expect.objectContaining({ code: "INVALID_ARGUMENT" }),
      );
    }
  });

  it("reads back from JSON", () => {
    expect(resultFromJSON(RevenuePerCustomerResultSchema, JSON.stringify(result))).toEqual(result);
    const top1 = revenuePerSeller(orders, { range: JAN_APR, by: "customer", top: 1 });
    expect(resultFromJSON(RevenuePerCustomerResultSchema, JSON.stringify(top1))).toEqual(top1);
  });
});

describe("revenuePerSeller: counts, defaults and warning codes", () => {
  it("counts the orders of each seller bucket and series, credit notes included", () => {
    const result = revenuePerSeller(orders, { range: JAN_APR, explain: true });
    const bob = result.sellers.find((s) => s.sellerId === "bob");
    // bob: b1 (Jan); a2, p2 (Feb); b2 (Mar); n1 (Apr).
    expect(bob?.points.map((p) => p.orderCount)).toEqual([1, 2, 1, 1]);
    expect(bob?.orderCount).toBe(5);
    for (const point of bob?.points ?? []) expect(point.explain?.orderIds).toHaveLength(point.orderCount);
    expect(resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify(result))).toEqual(result);
  });

  it("uses the exported defaults", () => {
    const result = revenuePerSeller(orders, { range: JAN_APR });
    expect(result.thresholds.trailingBuckets).toBe(DEFAULT_TRAILING_BUCKETS);
    expect(result.thresholds.drop.toString()).toBe(DEFAULT_REVENUE_PER_SELLER_THRESHOLDS.drop);
    expect(result.thresholds.exceptional.toString()).toBe(DEFAULT_REVENUE_PER_SELLER_THRESHOLDS.exceptional);
  });

  it("gives typed warning codes", () => {
    expect(
      revenuePerSeller(orders, { range: JAN_APR, asOf: new Date("2025-12-01T00:00:00Z") }).warnings.map((w) => w.code),
    ).toEqual(["as-of-before-range"]);
    expect(
      revenuePerSeller(orders, { range: JAN_APR, asOf: new Date("2026-02-01T00:00:00Z") }).warnings.map((w) => w.code),
    ).toEqual(["partial-range"]);
    const target = {
      id: "t",
      level: "seller" as const,
      scopeId: "ana",
      start: JAN_APR.start,
      end: JAN_APR.end,
      amount: toDecimal("1000"),
      currency: "EUR",
    };
    expect(revenuePerSeller(orders, { range: JAN_APR, targets: [target] }).warnings.map((w) => w.code)).toEqual([
      "quadrants-on-realized",
    ]);
  });
});
