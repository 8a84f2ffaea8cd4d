import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import type { Expense } from "../../model/expenseSchema.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { expenseTable } from "../../table/expenseTable.js";
import { orderTable } from "../../table/orderTable.js";
import type { Ratio } from "../types.js";
import {
  marginToCommercialExpenses,
  marginToCommercialExpensesGrouped,
  MarginToExpensesResultSchema,
} from "./marginToCommercialExpenses.js";

// Worked by hand (no vendor publishes a worked example of order margins over commercial
// expenses): two months, the orders and expenses below, the sums and ratios in the comments.

const order = (id: string, sellerId: string, date: string, amount: string, margin?: string): Order => ({
  id,
  sellerId,
  customerId: "acme",
  date: new Date(date),
  amount: toDecimal(amount),
  currency: "EUR",
  ...(margin === undefined ? {} : { margin: toDecimal(margin) }),
});
const expense = (
  id: string,
  sellerId: string,
  date: string,
  amount: string,
  category: Expense["category"],
  currency = "EUR",
): Expense => ({ id, sellerId, date: new Date(date), amount: toDecimal(amount), currency, category });

const ORDERS: Order[] = [
  order("m1", "ann", "2026-03-02T09:00:00Z", "10000", "3000"),
  order("m2", "bob", "2026-03-05T09:00:00Z", "8000", "2000"),
  order("m3", "cy", "2026-03-08T09:00:00Z", "5000"), // margin unknown: left out, counted
  order("m4", "ann", "2026-03-20T09:00:00Z", "-1000", "-300"), // a credit note takes its margin back
  order("m5", "bob", "2026-04-02T09:00:00Z", "1200", "180"),
  order("m6", "bob", "2026-05-01T00:00:00Z", "1000", "999"), // at the range's end: outside
];
const EXPENSES: Expense[] = [
  expense("y1", "ann", "2026-03-03T09:00:00Z", "400", "travel"),
  expense("y2", "ann", "2026-03-04T09:00:00Z", "100", "representation"),
  expense("y3", "cy", "2026-03-09T09:00:00Z", "200", "commercial"),
  expense("y4", "bob", "2026-03-21T09:00:00Z", "300", "other"),
  expense("y5", "cy", "2026-03-25T09:00:00Z", "-60", "travel"), // a refund
  expense("y6", "bob", "2026-04-06T09:00:00Z", "60", "commercial"),
];
const RANGE = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };

const show = (ratio: Ratio<string>): string => (ratio.value === null ? `null:${ratio.reason}` : ratio.value.toString());

describe("marginToCommercialExpenses (indicator 9)", () => {
  it("explains each bucket by the orders whose margin it sums and the expenses it sums", () => {
    // Worked by hand: March sums the margins of m1, m2 and m4 (m3 has none) and the expenses y1
    // to y5; April m5 and y6; m6 falls on the range's end. Without explain, no key.
    const result = marginToCommercialExpenses(ORDERS, EXPENSES, { range: RANGE, explain: true });
    expect(result.explain).toEqual({
      buckets: [
        { label: "2026-03", orderIds: ["m1", "m2", "m4"], expenseIds: ["y1", "y2", "y3", "y4", "y5"] },
        { label: "2026-04", orderIds: ["m5"], expenseIds: ["y6"] },
      ],
    });
    expect(resultFromJSON(MarginToExpensesResultSchema, JSON.stringify(result))).toEqual(result);
    expect("explain" in marginToCommercialExpenses(ORDERS, EXPENSES, { range: RANGE })).toBe(false);
  });

  it("divides the order margins by the expenses of every category, per month", () => {
    // March: margin 3000 + 2000 - 300 = 4700 over m1, m2, m4 (m3 has none); expenses of every
    // category 400 + 100 + 200 + 300 - 60 = 940; ratio 5.
    // April: 180 / 60 = 3. Range: 4880 / 1000 = 4.88.
    const result = marginToCommercialExpenses(ORDERS, EXPENSES, { range: RANGE });
    expect([result.unit, result.currency, result.categories]).toEqual([
      "ratio",
      "EUR",
      ["representation", "travel", "commercial", "other"],
    ]);
    expect(
      result.buckets.map((b) => [
        b.label,
        b.margin.toString(),
        b.ordersWithMargin,
        b.ordersWithoutMargin,
        b.expenses.toString(),
        show(b.ratio),
      ]),
    ).toEqual([
      ["2026-03", "4700", 3, 1, "940", "5"],
      ["2026-04", "180", 1, 0, "60", "3"],
    ]);
    expect([result.totals.margin.toString(), result.totals.expenses.toString(), show(result.totals.ratio)]).toEqual([
      "4880",
      "1000",
      "4.88",
    ]);
  });

  it("narrows the expenses to the categories the caller names", () => {
    // Representation and commercial only: March 100 + 200 = 300, 4700 / 300 is not exact: the
    // numerator and denominator say it.
    const result = marginToCommercialExpenses(ORDERS, EXPENSES, {
      range: RANGE,
      categories: ["representation", "commercial"],
    });
    expect([result.buckets[0]!.ratio.numerator.toString(), result.buckets[0]!.ratio.denominator.toString()]).toEqual([
      "4700",
      "300",
    ]);
    expect(show(result.buckets[1]!.ratio)).toBe("3");
    expect(() => marginToCommercialExpenses(ORDERS, EXPENSES, { range: RANGE, categories: [] })).toThrow(
      InvalidArgumentError,
    );
  });

  it("is null with no-expenses on an empty period and when no expense was spent", () => {
    const empty = marginToCommercialExpenses([], [], { range: RANGE });
    expect([empty.totals.margin.toString(), show(empty.totals.ratio), empty.currency]).toEqual([
      "0",
      "null:no-expenses",
      null,
    ]);
    const noExpense = marginToCommercialExpenses(ORDERS, [], { range: RANGE });
    expect([noExpense.totals.margin.toString(), show(noExpense.totals.ratio)]).toEqual(["4880", "null:no-expenses"]);
  });

  it("refuses to sum two currencies, and converts them with exchange rates", () => {
    const usd = expense("u1", "ann", "2026-04-10T09:00:00Z", "100", "travel", "USD");
    expect(() => marginToCommercialExpenses(ORDERS, [...EXPENSES, usd], { range: RANGE })).toThrow(MixedCurrencyError);
    // At 0.9 EUR per USD, u1 adds 90: April 180 / 150 = 1.2.
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.9", validFrom: new Date("2026-01-01T00:00:00Z") }],
    });
    const converted = marginToCommercialExpenses(ORDERS, [...EXPENSES, usd], { range: RANGE, exchangeRates });
    expect(show(converted.buckets[1]!.ratio)).toBe("1.2");
  });

  it("stops at asOf: records dated at asOf are not counted", () => {
    // asOf = m3's instant: margins m1, m2 (5000); expenses y1, y2 (500): 10.
    const result = marginToCommercialExpenses(ORDERS, EXPENSES, {
      range: RANGE,
      asOf: new Date("2026-03-08T09:00:00Z"),
    });
    expect([show(result.totals.ratio), result.totals.ordersWithoutMargin]).toEqual(["10", 0]);
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
  });

  it("scopes to one seller, and groups by seller and by team", () => {
    // ann: margin 3000 - 300 = 2700; expenses 400 + 100 = 500: 5.4.
    const ann = marginToCommercialExpenses(ORDERS, EXPENSES, {
      range: RANGE,
      scope: { level: "seller", sellerId: "ann" },
    });
    expect(show(ann.totals.ratio)).toBe("5.4");
    // bob: (2000 + 180) / (300 + 60); cy: no margin (m3 has none), 200 - 60 = 140 of expenses: 0.
    const bySeller = marginToCommercialExpensesGrouped(ORDERS, EXPENSES, { range: RANGE, groupBy: "seller" });
    expect(
      bySeller.groups.map((g) => [
        g.key,
        g.result.totals.margin.toString(),
        g.result.totals.expenses.toString(),
        g.result.totals.ordersWithoutMargin,
      ]),
    ).toEqual([
      ["ann", "2700", "500", 0],
      ["bob", "2180", "360", 0],
      ["cy", "0", "140", 1],
    ]);
    expect(show(bySeller.groups[2]!.result.totals.ratio)).toBe("0");
    // Team north = ann + cy: 2700 / 640.
    const byTeam = marginToCommercialExpensesGrouped(ORDERS, EXPENSES, {
      range: RANGE,
      groupBy: "team",
      sellers: [
        { id: "ann", teamId: "north" },
        { id: "bob", teamId: "south" },
        { id: "cy", teamId: "north" },
      ],
    });
    expect(
      byTeam.groups.map((g) => [g.key, g.result.totals.margin.toString(), g.result.totals.expenses.toString()]),
    ).toEqual([
      ["north", "2700", "640"],
      ["south", "2180", "360"],
    ]);
  });

  it("places an order by the local day of the reporting zone", () => {
    // 31 March 22:30Z is 1 April 00:30 in Paris (CEST): March in UTC, April in Paris.
    const late = [order("z1", "ann", "2026-03-31T22:30:00Z", "1000", "250")];
    expect(marginToCommercialExpenses(late, [], { range: RANGE }).buckets.map((b) => b.margin.toString())).toEqual([
      "250",
      "0",
    ]);
    const paris = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-04-30T22:00:00Z") };
    const result = marginToCommercialExpenses(late, [], { range: paris, timeZone: "Europe/Paris" });
    expect(result.buckets.map((b) => [b.label, b.margin.toString()])).toEqual([
      ["2026-03", "0"],
      ["2026-04", "250"],
    ]);
  });

  it("reads the same from tables and reads back from JSON", () => {
    const result = marginToCommercialExpenses(ORDERS, EXPENSES, { range: RANGE });
    expect(marginToCommercialExpenses(orderTable(ORDERS), expenseTable(EXPENSES), { range: RANGE })).toEqual(result);
    expect(resultFromJSON(MarginToExpensesResultSchema, JSON.stringify(result))).toEqual(result);
  });
});
