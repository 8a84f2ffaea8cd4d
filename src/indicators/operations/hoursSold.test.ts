import { describe, expect, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { orderTable } from "../../table/orderTable.js";
import { hoursSold, hoursSoldGrouped, HoursSoldResultSchema } from "./hoursSold.js";

// Worked by hand (no vendor publishes a worked example of production hours sold): the orders
// below, their hours summed exactly.

const order = (
  id: string,
  sellerId: string,
  date: string,
  amount: string,
  hours?: string,
  currency = "EUR",
): Order => ({
  id,
  sellerId,
  customerId: "acme",
  date: new Date(date),
  amount: toDecimal(amount),
  currency,
  ...(hours === undefined ? {} : { hoursSold: toDecimal(hours) }),
});

const ORDERS: Order[] = [
  order("o1", "ann", "2026-03-02T09:00:00Z", "9500", "100"),
  order("o2", "bob", "2026-03-05T09:00:00Z", "3800", "40.5"),
  order("o3", "ann", "2026-03-10T09:00:00Z", "-950", "-10"), // a credit note takes 10 hours back
  order("o4", "cy", "2026-03-15T09:00:00Z", "1200"), // no hours: adds 0, counted
  order("o5", "bob", "2026-04-03T09:00:00Z", "2000", "12.25"),
  order("o6", "ann", "2026-04-20T09:00:00Z", "500", "8", "USD"), // hours are not money: no currency check
  order("o7", "ann", "2026-05-01T00:00:00Z", "700", "9"), // at the range's end: outside
];
const RANGE = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const ROSTER = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "cy", teamId: "north" },
];

describe("hoursSold (indicator 7)", () => {
  it("sums the hours sold per month, a credit note's hours subtracting", () => {
    // March: 100 + 40.5 - 10 = 130.5 h over o1, o2, o3; o4 gives none. April: 12.25 + 8 = 20.25 h.
    // Range: 150.75 h; 6 orders, 5 with hours, 1 without. The EUR and USD orders mix freely.
    const result = hoursSold(ORDERS, { range: RANGE });
    expect(result.unit).toBe("hours");
    expect(
      result.buckets.map((b) => [b.label, b.hours.toString(), b.orders, b.ordersWithHours, b.ordersWithoutHours]),
    ).toEqual([
      ["2026-03", "130.5", 4, 3, 1],
      ["2026-04", "20.25", 2, 2, 0],
    ]);
    expect({ ...result.totals, hours: result.totals.hours.toString() }).toEqual({
      hours: "150.75",
      orders: 6,
      ordersWithHours: 5,
      ordersWithoutHours: 1,
    });
  });

  it("gives 0 hours over no order on an empty period", () => {
    const result = hoursSold([], { range: RANGE });
    expect(result.totals.hours.toString()).toBe("0");
    expect(result.totals).toMatchObject({ orders: 0, ordersWithHours: 0, ordersWithoutHours: 0 });
  });

  it("stops at asOf: an order dated at asOf is not counted", () => {
    // asOf = o3's instant: o1 and o2, 140.5 h.
    const result = hoursSold(ORDERS, { range: RANGE, asOf: new Date("2026-03-10T09:00:00Z") });
    expect([result.totals.hours.toString(), result.totals.orders]).toEqual(["140.5", 2]);
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
  });

  it("scopes to one seller and to one team, and groups", () => {
    // ann: o1, o3, o6: 100 - 10 + 8 = 98 h.
    const ann = hoursSold(ORDERS, { range: RANGE, scope: { level: "seller", sellerId: "ann" } });
    expect(ann.totals.hours.toString()).toBe("98");
    // Team north = ann + cy: 98 h over 4 orders, o4 without hours.
    const north = hoursSold(ORDERS, { range: RANGE, scope: { level: "team", teamId: "north" }, sellers: ROSTER });
    expect([north.totals.hours.toString(), north.totals.orders, north.totals.ordersWithoutHours]).toEqual(["98", 4, 1]);
    const grouped = hoursSoldGrouped(ORDERS, { range: RANGE, groupBy: "seller", sellers: [{ id: "dee" }] });
    expect(grouped.groups.map((g) => [g.key, g.result.totals.hours.toString(), g.result.totals.orders])).toEqual([
      ["dee", "0", 0],
      ["ann", "98", 3],
      ["bob", "52.75", 2], // 40.5 + 12.25
      ["cy", "0", 1],
    ]);
    const byTeam = hoursSoldGrouped(ORDERS, { range: RANGE, groupBy: "team", sellers: ROSTER });
    expect(byTeam.groups.map((g) => [g.key, g.result.totals.hours.toString()])).toEqual([
      ["north", "98"],
      ["south", "52.75"],
    ]);
  });

  it("places an order by the local day of the reporting zone", () => {
    // 31 March 22:30Z is 1 April 00:30 in Paris (CEST): March in UTC, April in Paris.
    const late = [order("z1", "ann", "2026-03-31T22:30:00Z", "100", "5")];
    expect(hoursSold(late, { range: RANGE }).buckets.map((b) => b.hours.toString())).toEqual(["5", "0"]);
    const paris = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-04-30T22:00:00Z") };
    expect(
      hoursSold(late, { range: paris, timeZone: "Europe/Paris" }).buckets.map((b) => [b.label, b.hours.toString()]),
    ).toEqual([
      ["2026-03", "0"],
      ["2026-04", "5"],
    ]);
  });

  it("explains with the ids of the orders giving hours, from a table too, and reads back from JSON", () => {
    const options = { range: RANGE, explain: true };
    const result = hoursSold(ORDERS, options);
    expect(result.explain?.buckets).toEqual([
      { label: "2026-03", orderIds: ["o1", "o2", "o3"] },
      { label: "2026-04", orderIds: ["o5", "o6"] },
    ]);
    expect(hoursSold(orderTable(ORDERS), options)).toEqual(result);
    expect(resultFromJSON(HoursSoldResultSchema, JSON.stringify(result))).toEqual(result);
  });
});
