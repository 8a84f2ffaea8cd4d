import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { Dec } from "../../money/dec.js";
import type { Delivery } from "../../model/serviceTypes.js";
import type { Order, Seller } from "../../model/types.js";
import { deliveryTable } from "../../table/serviceTables.js";
import { orderTable } from "../../table/orderTable.js";
import { deliveryLatenessSeries } from "./deliveryLatenessSeries.js";
import { deliveryLatenessGrouped } from "./deliveryLatenessGrouped.js";
import { nonConformingDeliveriesSeries } from "./nonConformingDeliveriesSeries.js";
import { nonConformingDeliveriesGrouped } from "./nonConformingDeliveriesGrouped.js";
import { deliveryLeadTimeSeries } from "./deliveryLeadTimeSeries.js";
import { deliveryLeadTimeGrouped } from "./deliveryLeadTimeGrouped.js";

const at = (text: string): Date => new Date(text);
const order = (id: string, sellerId: string, date: string): Order => ({
  id,
  date: at(date),
  amount: new Dec(100),
  currency: "EUR",
  sellerId,
  customerId: "c1",
});
const delivery = (
  id: string,
  orderId: string,
  promisedAt: string,
  deliveredAt?: string,
  conforming?: boolean,
): Delivery => ({
  id,
  orderId,
  customerId: "c1",
  promisedAt: at(promisedAt),
  ...(deliveredAt === undefined ? {} : { deliveredAt: at(deliveredAt) }),
  ...(conforming === undefined ? {} : { conforming }),
});

// Worked by hand (UTC). Orders: o1 ann 2 March, o2 bob 9 March, o3 cy 2 April, o4 dee 1 March.
// Deliveries:
//   d1 o1 promised 6 Mar, delivered 10 Mar: 4 days late, lead 8 days, non-conforming;
//   d2 o2 promised 16 Mar, delivered 13 Mar: on time (0), lead 4 days, conforming;
//   d3 o3 promised 3 Apr, delivered 8 Apr: 5 days late, lead 6 days, conforming;
//   d4 o1 promised 20 Apr, not delivered: overdue at asOf 25 Apr by 5 days, open since 2 Mar (54 days);
//   d5 o9 (order not given) promised 1 Apr, delivered 2 Apr: 1 day late, no lead time, not assessed;
//   d6 o4 promised 27 Apr, delivered 28 Apr: after asOf, not counted; open at asOf since 1 Mar (55 days).
const orders = [
  order("o1", "ann", "2026-03-02T00:00:00Z"),
  order("o2", "bob", "2026-03-09T00:00:00Z"),
  order("o3", "cy", "2026-04-02T00:00:00Z"),
  order("o4", "dee", "2026-03-01T00:00:00Z"),
];
const deliveries = [
  delivery("d1", "o1", "2026-03-06T00:00:00Z", "2026-03-10T00:00:00Z", false),
  delivery("d2", "o2", "2026-03-16T00:00:00Z", "2026-03-13T00:00:00Z", true),
  delivery("d3", "o3", "2026-04-03T00:00:00Z", "2026-04-08T00:00:00Z", true),
  delivery("d4", "o1", "2026-04-20T00:00:00Z"),
  delivery("d5", "o9", "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z"),
  delivery("d6", "o4", "2026-04-27T00:00:00Z", "2026-04-28T00:00:00Z"),
];
const range = { start: at("2026-03-01T00:00:00Z"), end: at("2026-05-01T00:00:00Z") };
const period = range;
const asOf = at("2026-04-25T00:00:00Z");
const roster: readonly Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "cy", teamId: "north" },
  { id: "eve", teamId: "east" },
];

describe("deliveryLatenessSeries (17, by month)", () => {
  const series = deliveryLatenessSeries(deliveries, { range, asOf });

  it("reports each month's deliveries: March d1 (4) and d2 (0); April d3 (5) and d5 (1)", () => {
    expect(series.grain).toBe("month");
    expect(
      series.buckets.map((b) => [
        b.label,
        b.delivered,
        b.lateness.mean?.toString(),
        b.lateness.median?.toString(),
        b.lateShare.value?.toString(),
      ]),
    ).toEqual([
      ["2026-03", 2, "2", "2", "0.5"],
      ["2026-04", 2, "3", "3", "1"],
    ]);
  });

  it("reports the overdue backlog once, in the total, at asOf: d4, 5 days past its promise", () => {
    expect(series.total.delivered).toBe(4);
    expect(series.total.overdue).toEqual({
      count: 1,
      age: { count: 1, mean: new Dec(5), median: new Dec(5), reason: null },
    });
    expect(series.total.warnings.map((w) => w.code)).toEqual(["overdue-deliveries"]);
  });

  it("gives the same series from tables, in hours, and a bucket after asOf has no deliveries", () => {
    const fromTables = deliveryLatenessSeries(deliveryTable(deliveries), { range, asOf });
    expect(fromTables).toEqual(series);
    const weekly = deliveryLatenessSeries(deliveries, {
      range: { start: at("2026-04-20T00:00:00Z"), end: at("2026-05-04T00:00:00Z") },
      grain: "week",
      asOf,
      unit: "hours",
    });
    expect(weekly.buckets.map((b) => [b.label, b.delivered, b.lateShare.reason])).toEqual([
      ["2026-W17", 0, "no-deliveries"],
      ["2026-W18", 0, "no-deliveries"],
    ]);
    expect(weekly.total.overdue.age.mean?.toString()).toBe("120"); // 5 days x 24
  });

  it("names the range and the grain in its errors", () => {
    expect(() => deliveryLatenessSeries(deliveries, { range: { start: range.end, end: range.start } })).toThrow(
      /range/,
    );
    // @ts-expect-error -- an unknown grain, as an untyped caller could pass
    expect(() => deliveryLatenessSeries(deliveries, { range, grain: "fortnight" })).toThrow(InvalidArgumentError);
  });
});

describe("nonConformingDeliveriesSeries (20, by month)", () => {
  it("gives each month the single form's figures: March 1 of 2, April 0 of 2 (d5 not assessed)", () => {
    const series = nonConformingDeliveriesSeries(deliveries, { range, asOf, explain: true });
    expect(
      series.buckets.map((b) => [b.label, b.delivered, b.nonConforming, b.notAssessed, b.share.value?.toString()]),
    ).toEqual([
      ["2026-03", 2, 1, 0, "0.5"],
      ["2026-04", 2, 0, 1, "0"],
    ]);
    expect(series.buckets[0]?.period.start).toEqual(at("2026-03-01T00:00:00Z"));
    expect(series.buckets[0]?.byReason).toEqual([{ reason: null, count: 1 }]);
    expect(series.buckets[1]?.explain).toEqual({ nonConformingIds: [], notAssessedIds: ["d5"] });
    expect(series.total.share.value?.toString()).toBe("0.25");
  });
});

describe("deliveryLeadTimeSeries (22, by month)", () => {
  it("joins each month's deliveries to their orders: March 8 and 4 days, April 6 days (d5 has no order)", () => {
    const series = deliveryLeadTimeSeries(deliveries, orders, { range, asOf });
    expect(
      series.buckets.map((b) => [
        b.label,
        b.delivered,
        b.leadTime.mean?.toString(),
        b.leadTime.median?.toString(),
        b.orderMissing,
      ]),
    ).toEqual([
      ["2026-03", 2, "6", "6", 0],
      ["2026-04", 2, "6", "6", 1],
    ]);
    // Open at asOf: d4 (o1, 2 March: 54 days) and d6 (o4, 1 March: 55 days), once, in the total.
    expect(series.total.open.age).toEqual({ count: 2, mean: new Dec("54.5"), median: new Dec("54.5"), reason: null });
    expect(deliveryLeadTimeSeries(deliveryTable(deliveries), orderTable(orders), { range, asOf })).toEqual(series);
  });
});

describe("the grouped delivery forms: a delivery's seller is its order's", () => {
  it("17 by seller: the roster first (eve with zeros), then dee met among the orders", () => {
    const grouped = deliveryLatenessGrouped(deliveries, orders, { groupBy: "seller", sellers: roster, period, asOf });
    expect(
      grouped.groups.map((g) => [
        g.key,
        g.result.delivered,
        g.result.lateness.mean?.toString() ?? null,
        g.result.overdue.count,
      ]),
    ).toEqual([
      ["ann", 1, "4", 1],
      ["bob", 1, "0", 0],
      ["cy", 1, "5", 0],
      ["eve", 0, null, 0],
    ]);
    // d5's order is not given: in the total (4 delivered, 1 overdue), in no group.
    expect([grouped.total.delivered, grouped.total.overdue.count, grouped.ungrouped]).toEqual([4, 1, 1]);
  });

  it("17 by team: ann and cy are north; dee has no team, so d6 would be in no group", () => {
    const grouped = deliveryLatenessGrouped(deliveries, orders, { groupBy: "team", sellers: roster, period, asOf });
    expect(
      grouped.groups.map((g) => [g.key, g.result.delivered, g.result.lateShare.value?.toString() ?? null]),
    ).toEqual([
      ["north", 2, "1"],
      ["south", 1, "0"],
      ["east", 0, null],
    ]);
    expect(grouped.ungrouped).toBe(1);
  });

  it("20 by seller: ann 1 of 1 non-conforming, bob and cy 0 of 1", () => {
    const grouped = nonConformingDeliveriesGrouped(deliveries, orders, { groupBy: "seller", period, asOf });
    expect(grouped.groups.map((g) => [g.key, g.result.nonConforming, g.result.delivered])).toEqual([
      ["ann", 1, 1],
      ["bob", 0, 1],
      ["cy", 0, 1],
    ]);
    expect(grouped.ungrouped).toBe(1);
  });

  it("22 by team: north's lead times 8 and 6 days, d4 open since 2 March; dee's d6 open in no team", () => {
    const grouped = deliveryLeadTimeGrouped(deliveries, orders, { groupBy: "team", sellers: roster, period, asOf });
    const north = grouped.groups.find((g) => g.key === "north")?.result;
    expect(north?.leadTime).toEqual({ count: 2, mean: new Dec(7), median: new Dec(7), reason: null });
    expect(north?.open.count).toBe(1);
    // In no group: d5 (order not given) and d6 (dee has no team, open at asOf).
    expect(grouped.ungrouped).toBe(2);
    expect(grouped.total.open.count).toBe(2);
  });

  it("rejects a bad groupBy and a team grouping without the roster", () => {
    // @ts-expect-error -- an unknown grouping, as an untyped caller could pass
    expect(() => deliveryLatenessGrouped(deliveries, orders, { groupBy: "customer", period })).toThrow(
      /groupBy must be "seller" or "team"/,
    );
    expect(() => deliveryLeadTimeGrouped(deliveries, orders, { groupBy: "team", period })).toThrow(
      /needs the sellers roster/,
    );
  });
});
