/**
 * Expenses and the extended order and activity fields read in reporting zones across
 * daylight-saving changes, and the operational indicators placing them in the zone's buckets
 * (like `serviceRecordZones.test.ts` for the service records). Worked by hand from the 2026
 * changes:
 * - Europe/Paris: CET +01:00 -> CEST +02:00 on 29 March at 01:00Z; back on 25 October at 01:00Z
 *   (03:00 local becomes 02:00, so 02:30 occurs twice: first at 00:30Z, then at 01:30Z);
 * - America/New_York: EDT -04:00 from 8 March until 1 November at 06:00Z (01:30 occurs twice:
 *   05:30Z, then 06:30Z);
 * - Australia/Lord_Howe: +11:00 until 4 April at 15:00Z, then +10:30 (on 5 April, 01:45 local
 *   occurs twice: first at 14:45Z on 4 April).
 * Instants in the expectations are UTC, so the tests mean the same whatever the process zone.
 */
import { describe, expect, it } from "vitest";
import {
  hoursSold,
  parseActivities,
  parseExpenses,
  parseOrders,
  representationExpenseRatio,
  visitDuration,
} from "../../src/index.js";

const EXPENSE = { id: "e-1", sellerId: "s-1", amount: "40", currency: "EUR", category: "representation" };
const iso = (date: Date | undefined): string | undefined => date?.toISOString();

describe("expenses in reporting zones", () => {
  it("a date-only expense is the start of the local day (Paris, New York, Lord Howe)", () => {
    const read = (timeZone: string): string | undefined =>
      iso(parseExpenses([{ ...EXPENSE, date: "2026-04-05" }], { timeZone }).records[0]?.date);
    expect(read("Europe/Paris")).toBe("2026-04-04T22:00:00.000Z"); // CEST, +02:00
    expect(read("America/New_York")).toBe("2026-04-05T04:00:00.000Z"); // EDT, -04:00
    expect(read("Australia/Lord_Howe")).toBe("2026-04-04T13:00:00.000Z"); // still +11:00 at local midnight
  });

  it("a wall time that occurs twice takes the earlier instant; with an offset, that instant", () => {
    const read = (date: string, timeZone: string): string | undefined =>
      iso(parseExpenses([{ ...EXPENSE, date }], { timeZone }).records[0]?.date);
    expect(read("2026-10-25T02:30", "Europe/Paris")).toBe("2026-10-25T00:30:00.000Z");
    expect(read("2026-10-25T02:30+01:00", "Europe/Paris")).toBe("2026-10-25T01:30:00.000Z");
    expect(read("2026-04-05T01:45", "Australia/Lord_Howe")).toBe("2026-04-04T14:45:00.000Z");
  });

  it("a wall time in the spring gap is rejected, for expenses, orders and activities alike", () => {
    const options = { timeZone: "Europe/Paris" };
    const gap = "2026-03-29T02:30";
    expect(parseExpenses([{ ...EXPENSE, date: gap }], options).errors[0]?.path).toEqual(["date"]);
    const order = { id: "o-1", sellerId: "s-1", customerId: "c-1", amount: "900", currency: "EUR" };
    expect(
      parseOrders([{ ...order, date: gap, grossAmount: "1000", discount: "100", hoursSold: "4" }], options).errors[0]
        ?.path,
    ).toEqual(["date"]);
    const activity = { id: "a-1", ownerId: "s-1", type: "visit", status: "cancelled", cancellationCause: "service" };
    expect(parseActivities([{ ...activity, date: gap }], options).errors[0]?.path).toEqual(["date"]);
  });

  it("an expense late on 31 March in New York is a March expense there, an April one in UTC", () => {
    // 31 March 23:30 EDT is 1 April 03:30Z.
    const [expense] = parseExpenses([{ ...EXPENSE, date: "2026-03-31T23:30" }], {
      timeZone: "America/New_York",
    }).records;
    expect(iso(expense?.date)).toBe("2026-04-01T03:30:00.000Z");
    const expenses = expense === undefined ? [] : [expense];
    // New York's March and April: 1 March 05:00Z (EST) to 1 May 04:00Z (EDT).
    const newYork = representationExpenseRatio([], expenses, {
      range: { start: new Date("2026-03-01T05:00:00Z"), end: new Date("2026-05-01T04:00:00Z") },
      timeZone: "America/New_York",
    });
    expect(newYork.buckets.map((b) => [b.label, b.expenses.toString()])).toEqual([
      ["2026-03", "40"],
      ["2026-04", "0"],
    ]);
    const utc = representationExpenseRatio([], expenses, {
      range: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") },
    });
    expect(utc.buckets.map((b) => [b.label, b.expenses.toString()])).toEqual([
      ["2026-03", "0"],
      ["2026-04", "40"],
    ]);
  });
});

describe("extended order and activity fields in reporting zones", () => {
  it("an order on Paris's 29 March (23 hours long) counts in that local day", () => {
    // Paris, 29 March: 28 March 23:00Z to 29 March 22:00Z. An order at 23:30 local (21:30Z) is in
    // it; one at 00:10 local on 30 March (22:10Z) is not.
    const rows = [
      {
        id: "o-1",
        sellerId: "s-1",
        customerId: "c-1",
        date: "2026-03-29T23:30",
        amount: "500",
        currency: "EUR",
        hoursSold: "3",
      },
      {
        id: "o-2",
        sellerId: "s-1",
        customerId: "c-1",
        date: "2026-03-30T00:10",
        amount: "500",
        currency: "EUR",
        hoursSold: "5",
      },
    ];
    const { records, errors } = parseOrders(rows, { timeZone: "Europe/Paris" });
    expect(errors).toEqual([]);
    expect(records.map((order) => iso(order.date))).toEqual(["2026-03-29T21:30:00.000Z", "2026-03-29T22:10:00.000Z"]);
    const result = hoursSold(records, {
      range: { start: new Date("2026-03-28T23:00:00Z"), end: new Date("2026-03-30T22:00:00Z") },
      grain: "day",
      timeZone: "Europe/Paris",
    });
    expect(result.buckets.map((b) => [b.label, b.hours.toString()])).toEqual([
      ["2026-03-29", "3"],
      ["2026-03-30", "5"],
    ]);
  });

  it("a visit's length is its own minutes, whatever the clock did during it", () => {
    // A 120-minute visit starting at 01:30 EDT on 1 November (05:30Z, the first 01:30): the
    // clocks go back an hour during it, but it lasted 120 minutes: 2 hours.
    const { records } = parseActivities(
      [{ id: "a-1", ownerId: "s-1", type: "visit", status: "done", date: "2026-11-01T01:30", durationMinutes: 120 }],
      { timeZone: "America/New_York" },
    );
    expect(iso(records[0]?.date)).toBe("2026-11-01T05:30:00.000Z");
    const result = visitDuration(records, {
      // New York's 1 November: 04:00Z (EDT) to 2 November 05:00Z (EST), 25 hours.
      range: { start: new Date("2026-11-01T04:00:00Z"), end: new Date("2026-11-02T05:00:00Z") },
      grain: "day",
      timeZone: "America/New_York",
    });
    expect(result.buckets.map((b) => [b.label, b.visits, b.mean.value?.toString()])).toEqual([["2026-11-01", 1, "2"]]);
  });
});
