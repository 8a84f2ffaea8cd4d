import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import { orderTable } from "../../table/orderTable.js";
import { newCustomerRevenueSeries, NewCustomerRevenueSeriesResultSchema } from "./newCustomerRevenueSeries.js";
import { newVsExistingRevenueSeries, NewVsExistingRevenueSeriesResultSchema } from "./newVsExistingRevenueSeries.js";
import { renewalRateSeries, RenewalRateSeriesResultSchema } from "./renewalRateSeries.js";

const order = (id: string, customerId: string | undefined, date: string, amount: string, sellerId = "ann"): Order =>
  ({
    id,
    date: new Date(date),
    amount: toDecimal(amount),
    currency: "EUR",
    sellerId,
    ...(customerId === undefined ? {} : { customerId }),
  }) as Order; // an order without a customer, as records built by hand may be

// One order history for every case, worked by hand below.
const orders: Order[] = [
  order("o1", "acme", "2025-12-05T00:00:00Z", "900"), // December: acme's first order
  order("o2", "bolt", "2025-12-20T00:00:00Z", "100", "bob"), // December: bolt's first order (bob)
  order("o3", "acme", "2026-01-08T00:00:00Z", "200"),
  order("o4", "cora", "2026-01-15T00:00:00Z", "1000"), // cora: new in January
  order("o5", "cora", "2026-02-03T00:00:00Z", "400"),
  order("o6", "dune", "2026-02-10T00:00:00Z", "600", "bob"), // dune: new in February (bob)
  order("o7", undefined, "2026-02-11T00:00:00Z", "50"), // no customer
  order("o8", "acme", "2026-03-02T00:00:00Z", "-100"), // a credit note in March
];
const range = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

describe("newCustomerRevenueSeries", () => {
  it("counts a customer new in the bucket of its first order only", () => {
    // Worked by hand: January cora (1000); February dune (600), cora is existing there; March none.
    const series = newCustomerRevenueSeries(orders, { range });
    expect(
      series.buckets.map((b) => [
        b.label,
        b.newCustomers.customerCount,
        b.newCustomers.revenue.toString(),
        b.meanRevenuePerNewCustomer.value?.toString() ?? b.meanRevenuePerNewCustomer.reason,
      ]),
    ).toEqual([
      ["2026-01", 1, "1000", "1000"],
      ["2026-02", 1, "600", "600"],
      ["2026-03", 0, "0", "no-new-customers"],
    ]);
    // The range as one period: cora (1000 + 400) and dune (600) are new: 2000 over 2.
    expect(series.total.newCustomers).toEqual({ customerCount: 2, orderCount: 3, revenue: toDecimal("2000") });
    expect(series.buckets[1]?.warnings.map((w) => w.code)).toEqual(["orders-without-customer"]);
    expect(series.currency).toBe("EUR");
    expect(newCustomerRevenueSeries(orderTable(orders), { range })).toEqual(series);
  });

  it("cuts at asOf and keeps newness company-wide under a seller's scope", () => {
    // bob's orders: dune new in February; cut at 5 Feb, so February has nothing of bob yet.
    const bob = newCustomerRevenueSeries(orders, { range, scope: { level: "seller", sellerId: "bob" } });
    expect(bob.buckets.map((b) => b.newCustomers.revenue.toString())).toEqual(["0", "600", "0"]);
    const cut = newCustomerRevenueSeries(orders, { range, asOf: new Date("2026-02-05T00:00:00Z") });
    expect(cut.buckets.map((b) => [b.newCustomers.revenue.toString(), b.warnings.map((w) => w.code)])).toEqual([
      ["1000", []],
      ["0", ["partial-period"]],
      ["0", []],
    ]);
  });

  it("explains each bucket with its own customers and orders", () => {
    const series = newCustomerRevenueSeries(orders, { range, explain: true });
    expect(series.buckets[1]?.explain).toEqual({
      newCustomers: ["dune"],
      newCustomerOrders: ["o6"],
      existingCustomers: ["cora"],
      existingCustomerOrders: ["o5"],
      ordersWithoutCustomer: ["o7"],
    });
    const back = resultFromJSON(NewCustomerRevenueSeriesResultSchema, JSON.stringify(series));
    expect(JSON.stringify(back)).toBe(JSON.stringify(series));
  });

  it("refuses a bad range or grain, naming it", () => {
    expect(() => newCustomerRevenueSeries(orders, { range: { start: range.end, end: range.start } })).toThrow(/range/);
    expect(() => newCustomerRevenueSeries(orders, { range, grain: "fortnight" as never })).toThrow(/grain/);
  });
});

describe("newVsExistingRevenueSeries", () => {
  it("splits each bucket's revenue by the customers' first order", () => {
    // Worked by hand: January new cora 1000, existing acme 200 (share 5/6, at 60 significant digits); February new dune 600, existing
    // cora 400, 50 without customer; March existing acme -100 (a credit note), share 0 / -100.
    const series = newVsExistingRevenueSeries(orders, { range });
    expect(
      series.buckets.map((b) => [
        b.label,
        b.newCustomers.revenue.toString(),
        b.existingCustomers.revenue.toString(),
        b.realized.toString(),
        b.newShare.value?.toString() ?? b.newShare.reason,
      ]),
    ).toEqual([
      ["2026-01", "1000", "200", "1200", `0.8${"3".repeat(59)}`],
      ["2026-02", "600", "400", "1050", "0.6"],
      ["2026-03", "0", "-100", "-100", "0"],
    ]);
    // The range: new cora and dune (2000), existing acme (200 - 100).
    expect([series.total.newCustomers.revenue.toString(), series.total.existingCustomers.revenue.toString()]).toEqual([
      "2000",
      "100",
    ]);
    const back = resultFromJSON(NewVsExistingRevenueSeriesResultSchema, JSON.stringify(series));
    expect(JSON.stringify(back)).toBe(JSON.stringify(series));
  });
});

describe("renewalRateSeries", () => {
  it("compares each month with the month before, the first with the month before the range", () => {
    // Worked by hand: January against December (acme, bolt): acme renews; February against
    // January (acme, cora): cora renews; March against February (cora, dune): nobody.
    const series = renewalRateSeries(orders, { range });
    expect(
      series.buckets.map((b) => [
        b.label,
        b.previousPeriod.start.toISOString(),
        b.previousCustomers,
        b.renewedCustomers,
        b.currentCustomers,
        b.rate.value?.toString(),
      ]),
    ).toEqual([
      ["2026-01", "2025-12-01T00:00:00.000Z", 2, 1, 2, "0.5"],
      ["2026-02", "2026-01-01T00:00:00.000Z", 2, 1, 2, "0.5"],
      ["2026-03", "2026-02-01T00:00:00.000Z", 2, 0, 1, "0"],
    ]);
    // The quarter against October-December: acme and bolt, acme renews.
    expect([series.total.previousCustomers, series.total.renewedCustomers]).toEqual([2, 1]);
    expect(series.buckets[1]?.withoutCustomer).toEqual({ previousOrderCount: 0, currentOrderCount: 1 });
    expect(series.buckets[2]?.withoutCustomer).toEqual({ previousOrderCount: 1, currentOrderCount: 0 });
  });

  it("gives a clipped bucket the same length before it, and lists each bucket's customers", () => {
    // Range 1 January - 15 February: February's bucket is 14 days, compared with 18-31 January, when nobody ordered.
    const series = renewalRateSeries(orders, {
      range: { start: range.start, end: new Date("2026-02-15T00:00:00Z") },
      explain: true,
    });
    const february = series.buckets[1];
    expect([february?.previousBasis, february?.previousPeriod.start.toISOString()]).toEqual([
      "days",
      "2026-01-18T00:00:00.000Z",
    ]);
    expect([february?.previousCustomers, february?.renewedCustomers]).toEqual([0, 0]);
    expect(series.buckets[0]?.explain).toEqual({ renewedCustomers: ["acme"], lostCustomers: ["bolt"] });
    const back = resultFromJSON(RenewalRateSeriesResultSchema, JSON.stringify(series));
    expect(JSON.stringify(back)).toBe(JSON.stringify(series));
  });

  it("refuses a previousPeriod: each bucket has its own", () => {
    expect(() =>
      renewalRateSeries(orders, { range, previousPeriod: { start: range.start, end: range.end } } as never),
    ).toThrow(/previousPeriod/);
  });
});
