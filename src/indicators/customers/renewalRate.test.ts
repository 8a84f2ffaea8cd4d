import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import type { Order } from "../../model/types.js";
import { periodContaining } from "../../period/periodContaining.js";
import { renewalRate } from "./renewalRate.js";
import { renewalRateGrouped } from "./renewalRateGrouped.js";

function order(id: string, customerId: string | undefined, date: string, sellerId = "ann"): Order {
  const base = { id, date: new Date(date), amount: toDecimal("100"), currency: "EUR", sellerId };
  return (customerId === undefined ? base : { ...base, customerId }) as Order;
}

const iso = (d: Date): string => d.toISOString();

describe("renewalRate", () => {
  // Worked by hand: February's customers acme, bolt, cora, dune; in March acme and cora order
  // again and echo is new: 2 renewed of 4.
  const orders = [
    order("o1", "acme", "2026-02-01T00:00:00Z"), // February's first instant
    order("o2", "bolt", "2026-02-10T00:00:00Z"),
    order("o3", "cora", "2026-02-27T00:00:00Z"),
    order("o4", "dune", "2026-02-28T23:59:59Z"), // February's last second
    order("o5", "zulu", "2026-01-31T23:59:59Z"), // January: not in February
    order("o6", "acme", "2026-03-04T00:00:00Z"),
    order("o7", "acme", "2026-03-05T00:00:00Z"),
    order("o8", "cora", "2026-03-31T23:59:59Z"),
    order("o9", "echo", "2026-03-12T00:00:00Z"),
    order("o10", "bolt", "2026-04-01T00:00:00Z"), // April: too late for March
  ];
  const MARCH = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

  it("compares March with February's 28 days (same grain, not same length)", () => {
    const r = renewalRate(orders, { period: MARCH, explain: true });
    expect(r.previousBasis).toBe("months");
    expect(r.previousPeriod).toEqual({ start: new Date("2026-02-01T00:00:00Z"), end: MARCH.start, timeZone: "UTC" });
    expect([r.previousCustomers, r.renewedCustomers, r.lostCustomers, r.currentCustomers]).toEqual([4, 2, 2, 3]);
    expect(r.rate.value?.toString()).toBe("0.5");
    expect(r.rate.numerator.toString()).toBe("2");
    expect(r.rate.denominator.toString()).toBe("4");
    expect(r.explain).toEqual({ renewedCustomers: ["acme", "cora"], lostCustomers: ["bolt", "dune"] });
    expect(r.warnings).toEqual([]);
    expect(r.unit).toBe("ratio");
  });

  it("compares February with January's 31 days", () => {
    const r = renewalRate(orders, { period: { start: new Date("2026-02-01T00:00:00Z"), end: MARCH.start } });
    expect(iso(r.previousPeriod.start)).toBe("2026-01-01T00:00:00.000Z");
    expect([r.previousCustomers, r.renewedCustomers]).toEqual([1, 0]); // zulu did not order in February
    expect(r.rate.value?.toString()).toBe("0");
  });

  it("is null with no-previous-customers when nobody ordered in the previous period", () => {
    const r = renewalRate(orders, {
      period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") },
    });
    expect(r.rate).toMatchObject({ value: null, reason: "no-previous-customers" });
    expect(r.currentCustomers).toBe(1);
  });

  it("compares a fiscal quarter with the previous fiscal quarter", () => {
    const q1 = periodContaining(new Date("2026-05-15T00:00:00Z"), "quarter", { fiscalYearStartMonth: 4 });
    expect(q1.label).toBe("FY2026/27-Q1");
    const list = [
      order("a", "acme", "2026-01-05T00:00:00Z"),
      order("b", "acme", "2026-06-30T00:00:00Z"),
      order("c", "bolt", "2026-03-31T12:00:00Z"),
    ];
    const r = renewalRate(list, { period: q1, fiscalYearStartMonth: 4 });
    expect(r.previousBasis).toBe("months");
    expect([iso(r.previousPeriod.start), iso(r.previousPeriod.end)]).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
    ]);
    expect(r.rate.value?.toString()).toBe("0.5");
    expect(r.period.label).toBe("FY2026/27-Q1");
  });

  it("compares two months with the two months before, a year with the year before", () => {
    const janFeb = renewalRate([], { period: { start: new Date("2026-01-01T00:00:00Z"), end: MARCH.start } });
    expect([iso(janFeb.previousPeriod.start), janFeb.previousBasis]).toEqual(["2025-11-01T00:00:00.000Z", "months"]);
    const year = renewalRate([], {
      period: { start: new Date("2025-01-01T00:00:00Z"), end: new Date("2026-01-01T00:00:00Z") },
    });
    expect(iso(year.previousPeriod.start)).toBe("2024-01-01T00:00:00.000Z"); // 2024 has 366 days, 2025 has 365
  });

  it("reads months in the reporting zone across a DST change (Europe/Paris)", () => {
    // April in Paris starts at 2026-03-31T22:00Z (CEST); March at 2026-02-28T23:00Z (CET): 743 hours.
    const april = { start: new Date("2026-03-31T22:00:00Z"), end: new Date("2026-04-30T22:00:00Z") };
    const list = [
      order("a", "acme", "2026-02-28T23:30:00Z"), // 1 March 00:30 in Paris: in March
      order("b", "bolt", "2026-02-28T22:30:00Z"), // 28 February 23:30 in Paris: before March
      order("c", "acme", "2026-04-10T00:00:00Z"),
      order("d", "bolt", "2026-04-10T00:00:00Z"),
    ];
    const r = renewalRate(list, { period: april, timeZone: "Europe/Paris" });
    expect(r.previousBasis).toBe("months");
    expect(iso(r.previousPeriod.start)).toBe("2026-02-28T23:00:00.000Z");
    expect(r.previousPeriod.end.getTime() - r.previousPeriod.start.getTime()).toBe(743 * 3_600_000);
    expect([r.previousCustomers, r.renewedCustomers]).toEqual([1, 1]);
  });

  it("compares an ISO week with the previous week, of 167 hours across spring forward (Europe/Paris)", () => {
    const week = periodContaining(new Date("2026-04-01T12:00:00Z"), "week", { timeZone: "Europe/Paris" });
    expect(week.label).toBe("2026-W14");
    const r = renewalRate([], { period: week });
    expect(r.previousBasis).toBe("days");
    expect([iso(r.previousPeriod.start), iso(r.previousPeriod.end)]).toEqual([
      "2026-03-22T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
    ]);
    expect(r.previousPeriod.end.getTime() - r.previousPeriod.start.getTime()).toBe(167 * 3_600_000);
  });

  it("compares an ISO week with the previous week, of 169 hours across fall back (America/New_York)", () => {
    const week = periodContaining(new Date("2026-11-04T12:00:00Z"), "week", { timeZone: "America/New_York" });
    const r = renewalRate([], { period: week });
    expect([iso(r.previousPeriod.start), iso(r.previousPeriod.end)]).toEqual([
      "2026-10-26T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
    ]);
    expect(r.previousPeriod.end.getTime() - r.previousPeriod.start.getTime()).toBe(169 * 3_600_000);
  });

  it("compares a custom range of whole days with as many days before", () => {
    const r = renewalRate([], {
      period: { start: new Date("2026-03-10T00:00:00Z"), end: new Date("2026-03-25T00:00:00Z") },
    });
    expect([r.previousBasis, iso(r.previousPeriod.start)]).toEqual(["days", "2026-02-23T00:00:00.000Z"]);
  });

  it("compares any other range with the same wall-clock length before", () => {
    const shift = { start: new Date("2026-03-10T09:00:00Z"), end: new Date("2026-03-10T17:00:00Z") };
    const r = renewalRate([], { period: shift });
    expect([r.previousBasis, iso(r.previousPeriod.start)]).toEqual(["duration", "2026-03-10T01:00:00.000Z"]);
    // 8 wall-clock hours before 09:00 on 29 March in Paris (clocks jump at 02:00): 01:00 CET.
    const paris = renewalRate([], {
      period: { start: new Date("2026-03-29T07:00:00Z"), end: new Date("2026-03-29T15:00:00Z") },
      timeZone: "Europe/Paris",
    });
    expect(iso(paris.previousPeriod.start)).toBe("2026-03-29T00:00:00.000Z");
  });

  it("takes the caller's previous period, which must end by the period's start", () => {
    const lastYear = { start: new Date("2025-03-01T00:00:00Z"), end: new Date("2025-04-01T00:00:00Z") };
    const list = [
      order("a", "acme", "2025-03-15T00:00:00Z"),
      order("b", "acme", "2026-03-15T00:00:00Z"),
      order("c", "bolt", "2025-12-01T00:00:00Z"),
    ];
    const r = renewalRate(list, { period: MARCH, previousPeriod: lastYear });
    expect(r.previousBasis).toBe("given");
    expect([r.previousCustomers, r.renewedCustomers]).toEqual([1, 1]); // bolt's December order is between the two
    expect(() =>
      renewalRate(list, {
        period: MARCH,
        previousPeriod: { start: lastYear.start, end: new Date("2026-03-02T00:00:00Z") },
      }),
    ).toThrow(/previousPeriod must end/);
  });

  it("cuts at asOf and warns that the period is running", () => {
    const r = renewalRate(orders, { period: MARCH, asOf: new Date("2026-03-05T00:00:00Z") });
    expect([r.previousCustomers, r.renewedCustomers, r.currentCustomers]).toEqual([4, 1, 1]); // o7 is at asOf
    expect(r.warnings.map((w) => w.code)).toEqual(["partial-period"]);
  });

  it("is null with not-started when asOf is at or before the period's start", () => {
    const r = renewalRate(orders, { period: MARCH, asOf: MARCH.start });
    expect(r.rate).toMatchObject({ value: null, reason: "not-started" });
    expect(r.previousCustomers).toBe(4); // February is complete at asOf
  });

  it("counts orders without a customer apart", () => {
    const r = renewalRate(
      [...orders, order("n1", undefined, "2026-02-02T00:00:00Z"), order("n2", undefined, "2026-03-02T00:00:00Z")],
      {
        period: MARCH,
      },
    );
    expect(r.previousCustomers).toBe(4);
    expect(r.withoutCustomer).toEqual({ previousOrderCount: 1, currentOrderCount: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(["orders-without-customer"]);
  });

  it("reads renewals within the scope, and groups by seller and team", () => {
    const list = [
      order("a1", "acme", "2026-02-03T00:00:00Z", "ann"),
      order("a2", "acme", "2026-03-03T00:00:00Z", "bob"), // acme moved to bob: lost for ann, new for bob
      order("b1", "bolt", "2026-02-03T00:00:00Z", "bob"),
      order("b2", "bolt", "2026-03-13T00:00:00Z", "bob"),
    ];
    const sellers = [
      { id: "ann", teamId: "north" },
      { id: "bob", teamId: "north" },
      { id: "cid", teamId: "south" },
    ];
    expect(
      renewalRate(list, { period: MARCH, scope: { level: "seller", sellerId: "ann" } }).rate.value?.toString(),
    ).toBe("0");
    const bySeller = renewalRateGrouped(list, { period: MARCH, groupBy: "seller", sellers });
    expect(bySeller.groups.map((g) => [g.key, g.result.rate.value?.toString() ?? g.result.rate.reason])).toEqual([
      ["ann", "0"],
      ["bob", "1"],
      ["cid", "no-previous-customers"],
    ]);
    const byTeam = renewalRateGrouped(list, { period: MARCH, groupBy: "team", sellers });
    expect(byTeam.groups.map((g) => [g.key, g.result.previousCustomers, g.result.renewedCustomers])).toEqual([
      ["north", 2, 2],
      ["south", 0, 0],
    ]);
  });
});
