import { describe, expect, it } from "vitest";
import { NO_CODE } from "./dictionary.js";
import type { ActivityColumns, OrderColumns } from "./_columns.js";
import { activityTable } from "./activityTable.js";
import { orderTable } from "./orderTable.js";
import { parseActivityTable } from "./parseActivityTable.js";
import { parseOrderTable } from "./parseOrderTable.js";
import { parseActivities } from "../model/parseActivities.js";
import { parseOrders } from "../model/parseOrders.js";

// The extended fields are stored only when some row has them (no cost on tables without them),
// and then as decimal columns (x 10^4, NaN when absent) and coded columns (NO_CODE when absent).

const ORDERS = [
  { id: "o-1", date: "2026-03-02", amount: "1200.5", currency: "EUR", sellerId: "s-1", customerId: "c-1" },
  {
    id: "o-2",
    date: "2026-03-03",
    amount: "900",
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
    grossAmount: "1000",
    discount: "100",
    hoursSold: "7.5",
    dealId: "d-1",
  },
  {
    id: "o-3",
    date: "2026-03-04",
    amount: "10",
    currency: "EUR",
    sellerId: "s-2",
    customerId: "c-2",
    margin: "0.00001",
    offerId: "of-1",
  },
];

describe("extended order columns", () => {
  it("are absent from a table whose orders have none of them", () => {
    const table = parseOrderTable(ORDERS.slice(0, 1)).table as OrderColumns;
    for (const key of ["grossAmounts", "discounts", "margins", "hoursSold", "offerIds", "dealIds"]) {
      expect(key in table).toBe(false);
    }
  });

  it("hold each row's value, scaled or exact, the same from records and from rows", () => {
    const table = parseOrderTable(ORDERS).table as OrderColumns;
    expect(table).toEqual(orderTable(parseOrders(ORDERS).records));
    expect(Array.from(table.grossAmounts!.scaled)).toEqual([Number.NaN, 10_000_000, Number.NaN]);
    expect(Array.from(table.discounts!.scaled)).toEqual([Number.NaN, 1_000_000, Number.NaN]);
    expect(Array.from(table.hoursSold!.scaled)).toEqual([Number.NaN, 75_000, Number.NaN]);
    // 0.00001 has five decimals: no scaled form, kept exact.
    expect(Number.isNaN(table.margins!.scaled[2])).toBe(true);
    expect(table.margins!.exact.get(2)?.toString()).toBe("0.00001");
    expect(Array.from(table.dealIds!.codes)).toEqual([NO_CODE, 0, NO_CODE]);
    expect(table.dealIds!.values).toEqual(["d-1"]);
    expect(Array.from(table.offerIds!.codes)).toEqual([NO_CODE, NO_CODE, 0]);
  });
});

describe("extended activity columns", () => {
  const rows = [
    { id: "a-1", ownerId: "s-1", type: "call", date: "2026-03-02T09:00:00Z", status: "done" },
    {
      id: "a-2",
      ownerId: "s-1",
      type: "visit",
      date: "2026-03-02T10:00:00Z",
      status: "done",
      durationMinutes: "90.25",
    },
    {
      id: "a-3",
      ownerId: "s-1",
      type: "visit",
      date: "2026-03-03T10:00:00Z",
      status: "cancelled",
      dealId: "d-1",
      cancellationCause: "service",
    },
  ];

  it("are absent from a table whose activities have none of them", () => {
    const table = activityTable(parseActivities(rows.slice(0, 1)).records) as ActivityColumns;
    for (const key of ["dealIds", "durationMinutes", "cancellationCauses"]) expect(key in table).toBe(false);
  });

  it("hold durations as decimals and causes and deals as codes", () => {
    const table = parseActivityTable(rows).table as ActivityColumns;
    expect(table).toEqual(activityTable(parseActivities(rows).records));
    expect(Array.from(table.durationMinutes!.scaled)).toEqual([Number.NaN, 902_500, Number.NaN]);
    expect(Array.from(table.cancellationCauses!.codes)).toEqual([NO_CODE, NO_CODE, 0]);
    expect(table.cancellationCauses!.values).toEqual(["service"]);
    expect(Array.from(table.dealIds!.codes)).toEqual([NO_CODE, NO_CODE, 0]);
  });
});
