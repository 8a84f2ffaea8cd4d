import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import type { Expense } from "../../model/expenseSchema.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { expenseTable } from "../../table/expenseTable.js";
import { orderTable } from "../../table/orderTable.js";
import type { Figure } from "../types.js";
import {
  representationExpenseRatio,
  representationExpenseRatioGrouped,
  RepresentationExpenseResultSchema,
} from "./representationExpenseRatio.js";

// Worked by hand (no vendor publishes a worked example of representation expenses over revenue):
// three months, the orders and expenses below, each bucket's sums and ratios computed in the comments.

const order = (id: string, sellerId: string, date: string, amount: string, currency = "EUR"): Order => ({
  id,
  sellerId,
  customerId: "acme",
  date: new Date(date),
  amount: toDecimal(amount),
  currency,
});
const expense = (
  id: string,
  sellerId: string,
  date: string,
  amount: string,
  category: Expense["category"] = "representation",
  currency = "EUR",
): Expense => ({ id, sellerId, date: new Date(date), amount: toDecimal(amount), currency, category });

const ORDERS: Order[] = [
  order("o1", "ann", "2026-03-02T09:00:00Z", "50000"),
  order("o2", "bob", "2026-03-10T09:00:00Z", "30000"),
  order("o3", "ann", "2026-03-20T09:00:00Z", "-5000"), // a credit note lowers the revenue
  order("o4", "bob", "2026-04-05T09:00:00Z", "45000"),
];
const EXPENSES: Expense[] = [
  expense("x1", "ann", "2026-03-03T09:00:00Z", "450"),
  expense("x2", "bob", "2026-03-12T09:00:00Z", "450"),
  expense("x3", "ann", "2026-03-15T09:00:00Z", "750", "travel"), // not representation
  expense("x4", "bob", "2026-03-25T09:00:00Z", "-150"), // a refund lowers the expenses
  expense("x5", "ann", "2026-04-08T09:00:00Z", "900"),
  expense("x6", "bob", "2026-05-04T09:00:00Z", "150"),
  expense("x7", "ann", "2026-06-01T00:00:00Z", "999"), // at the range's end: outside
];
const RANGE = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-06-01T00:00:00Z") };

const show = (figure: Figure<string>): string =>
  figure.value === null ? `null:${figure.reason}` : figure.value.toString();

describe("representationExpenseRatio (indicator 8)", () => {
  it("explains each bucket by the orders and the representation expenses it sums", () => {
    // Worked by hand: March o1, o2, o3 and x1, x2, x4 (x3 is travel); April o4 and x5; May x6 and
    // no order; x7 falls on the range's end. With asOf 1 May, May counts nothing.
    const result = representationExpenseRatio(ORDERS, EXPENSES, { range: RANGE, explain: true });
    expect(result.explain).toEqual({
      buckets: [
        { label: "2026-03", orderIds: ["o1", "o2", "o3"], expenseIds: ["x1", "x2", "x4"] },
        { label: "2026-04", orderIds: ["o4"], expenseIds: ["x5"] },
        { label: "2026-05", orderIds: [], expenseIds: ["x6"] },
      ],
    });
    expect(resultFromJSON(RepresentationExpenseResultSchema, JSON.stringify(result))).toEqual(result);
    const cut = representationExpenseRatio(ORDERS, EXPENSES, {
      range: RANGE,
      explain: true,
      asOf: new Date("2026-05-01T00:00:00Z"),
    });
    expect(cut.explain?.buckets[2]).toEqual({ label: "2026-05", orderIds: [], expenseIds: [] });
    expect("explain" in representationExpenseRatio(ORDERS, EXPENSES, { range: RANGE })).toBe(false);
  });

  it("divides representation expenses by revenue per month, and gives the change from the month before", () => {
    // March: expenses 450 + 450 - 150 = 750 (x3 is travel); revenue 50000 + 30000 - 5000 = 75000;
    // ratio 0.01; no previous month in the range.
    // April: 900 / 45000 = 0.02; change 0.02 - 0.01 = 0.01 (ratio points).
    // May: 150 of expenses, no revenue: ratio null (no-revenue), so no change (no-ratio).
    // Range: 1800 / 120000 = 0.015.
    const result = representationExpenseRatio(ORDERS, EXPENSES, { range: RANGE });
    expect([result.unit, result.currency, result.categories]).toEqual(["ratio", "EUR", ["representation"]]);
    expect(
      result.buckets.map((b) => [b.label, b.expenses.toString(), b.revenue.toString(), show(b.ratio), show(b.change)]),
    ).toEqual([
      ["2026-03", "750", "75000", "0.01", "null:no-previous"],
      ["2026-04", "900", "45000", "0.02", "0.01"],
      ["2026-05", "150", "0", "null:no-revenue", "null:no-ratio"],
    ]);
    expect([result.totals.expenses.toString(), result.totals.revenue.toString(), show(result.totals.ratio)]).toEqual([
      "1800",
      "120000",
      "0.015",
    ]);
  });

  it("counts the categories the caller names", () => {
    // With travel: March (750 + 750) / 75000 = 0.02.
    const result = representationExpenseRatio(ORDERS, EXPENSES, {
      range: RANGE,
      categories: ["representation", "travel"],
    });
    expect(show(result.buckets[0]!.ratio)).toBe("0.02");
    expect(() =>
      representationExpenseRatio(ORDERS, EXPENSES, { range: RANGE, categories: ["gifts" as never] }),
    ).toThrow(InvalidArgumentError);
  });

  it("is null with no-revenue on an empty period", () => {
    const result = representationExpenseRatio([], [], { range: RANGE });
    expect([result.currency, result.totals.expenses.toString(), show(result.totals.ratio)]).toEqual([
      null,
      "0",
      "null:no-revenue",
    ]);
  });

  it("refuses to sum two currencies among the records it sums, and only those", () => {
    const usd = expense("u1", "ann", "2026-03-05T09:00:00Z", "100", "representation", "USD");
    expect(() => representationExpenseRatio(ORDERS, [...EXPENSES, usd], { range: RANGE })).toThrow(MixedCurrencyError);
    // A USD order too far back is not summed, so it raises nothing (settled detail 14).
    const old = order("u2", "ann", "2025-01-05T09:00:00Z", "100", "USD");
    expect(representationExpenseRatio([...ORDERS, old], EXPENSES, { range: RANGE }).currency).toBe("EUR");
  });

  it("stops at asOf: records dated at asOf are not counted", () => {
    // asOf 15 March 00:00Z: orders o1, o2 (80000), expenses x1, x2 (900): 0.01125.
    const result = representationExpenseRatio(ORDERS, EXPENSES, {
      range: RANGE,
      asOf: new Date("2026-03-15T00:00:00Z"),
    });
    expect(show(result.totals.ratio)).toBe("0.01125");
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
  });

  it("scopes to one seller, and groups by seller and by team", () => {
    // ann: March 450 / (50000 - 5000) = 0.01; April 900 / 0: null.
    const ann = representationExpenseRatio(ORDERS, EXPENSES, {
      range: RANGE,
      scope: { level: "seller", sellerId: "ann" },
    });
    expect(ann.buckets.map((b) => show(b.ratio))).toEqual(["0.01", "null:no-revenue", "null:no-revenue"]);
    // ann over the range: (450 + 900) / 45000 = 0.03; bob: (450 - 150 + 150) / (30000 + 45000) = 0.006.
    const roster = [
      { id: "ann", teamId: "north" },
      { id: "bob", teamId: "south" },
    ];
    const bySeller = representationExpenseRatioGrouped(ORDERS, EXPENSES, { range: RANGE, groupBy: "seller" });
    expect(bySeller.groups.map((g) => [g.key, show(g.result.totals.ratio)])).toEqual([
      ["ann", "0.03"],
      ["bob", "0.006"],
    ]);
    const byTeam = representationExpenseRatioGrouped(ORDERS, EXPENSES, {
      range: RANGE,
      groupBy: "team",
      sellers: roster,
    });
    expect(byTeam.groups.map((g) => [g.key, show(g.result.totals.ratio)])).toEqual([
      ["north", "0.03"],
      ["south", "0.006"],
    ]);
  });

  it("places an expense by the local day of the reporting zone", () => {
    // 31 March 22:30Z is 1 April 00:30 in Paris (CEST): March in UTC, April in Paris.
    const late = [expense("z1", "ann", "2026-03-31T22:30:00Z", "40")];
    const range = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
    expect(representationExpenseRatio([], late, { range }).buckets.map((b) => b.expenses.toString())).toEqual([
      "40",
      "0",
    ]);
    const paris = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-04-30T22:00:00Z") };
    const result = representationExpenseRatio([], late, { range: paris, timeZone: "Europe/Paris" });
    expect(result.buckets.map((b) => [b.label, b.expenses.toString()])).toEqual([
      ["2026-03", "0"],
      ["2026-04", "40"],
    ]);
  });

  it("reads the same from tables and reads back from JSON", () => {
    const result = representationExpenseRatio(ORDERS, EXPENSES, { range: RANGE });
    expect(representationExpenseRatio(orderTable(ORDERS), expenseTable(EXPENSES), { range: RANGE })).toEqual(result);
    expect(resultFromJSON(RepresentationExpenseResultSchema, JSON.stringify(result))).toEqual(result);
  });
});
