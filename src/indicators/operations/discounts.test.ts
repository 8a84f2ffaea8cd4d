import { describe, expect, it } from "vitest";
import { MixedCurrencyError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { orderTable } from "../../table/orderTable.js";
import type { Ratio } from "../types.js";
import { discounts, discountsGrouped, DiscountsResultSchema } from "./discounts.js";

// Worked by hand. The discount rate is the textbook one, discount over the list (gross) price:
// a dress listed at 150 and sold at 120 carries a discount of 30, a rate of 30 / 150 = 20%. No CRM
// vendor publishes a worked example over several orders; the figures below are summed by hand.

const order = (
  id: string,
  sellerId: string,
  date: string,
  amount: string,
  more: { gross?: string; discount?: string; currency?: string } = {},
): Order => ({
  id,
  sellerId,
  customerId: "acme",
  date: new Date(date),
  amount: toDecimal(amount),
  currency: more.currency ?? "EUR",
  ...(more.gross === undefined ? {} : { grossAmount: toDecimal(more.gross) }),
  ...(more.discount === undefined ? {} : { discount: toDecimal(more.discount) }),
});

const ORDERS: Order[] = [
  order("d1", "ann", "2026-03-02T09:00:00Z", "900", { gross: "1000", discount: "100" }),
  order("d2", "bob", "2026-03-05T09:00:00Z", "450", { discount: "50" }), // no gross: 450 + 50 = 500
  order("d3", "cy", "2026-03-10T09:00:00Z", "3700"), // no discount: sold at its amount
  order("d4", "ann", "2026-03-15T09:00:00Z", "1500", { gross: "1500" }), // gross, no discount
  order("d5", "bob", "2026-03-20T09:00:00Z", "-180", { gross: "-200", discount: "-20" }), // credit note
  order("e1", "bob", "2026-04-03T09:00:00Z", "1350", { gross: "1500", discount: "150" }),
  order("e2", "ann", "2026-05-01T00:00:00Z", "90", { gross: "100", discount: "10" }), // at the end: outside
];
const RANGE = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const ROSTER = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "cy", teamId: "north" },
];

const show = (ratio: Ratio<string>): string => (ratio.value === null ? `null:${ratio.reason}` : ratio.value.toString());

describe("discounts (indicator 18)", () => {
  it("sums the discounts per month and divides them by the gross amount of all the orders", () => {
    // March: discounts 100 + 50 - 20 = 130 (d5 returns 20); gross 1000 + 500 + 3700 + 1500 - 200 =
    // 6500; rate 130 / 6500 = 0.02. Discounted: d1, d2, d5 (3), of which d2 without a gross amount.
    // April: 150 / 1500 = 0.1. Range: 280 / 8000 = 0.035.
    const result = discounts(ORDERS, { range: RANGE });
    expect([result.unit, result.currency]).toEqual(["money", "EUR"]);
    expect(
      result.buckets.map((b) => [
        b.label,
        b.discounts.toString(),
        b.grossAmount.toString(),
        show(b.discountRate),
        b.orders,
        b.discountedOrders,
        b.discountedWithoutGross,
      ]),
    ).toEqual([
      ["2026-03", "130", "6500", "0.02", 5, 3, 1],
      ["2026-04", "150", "1500", "0.1", 1, 1, 0],
    ]);
    expect([result.totals.discounts.toString(), result.totals.grossAmount.toString()]).toEqual(["280", "8000"]);
    expect(show(result.totals.discountRate)).toBe("0.035");
  });

  it("is null with no-gross-amount on an empty period and when the gross amounts cancel out", () => {
    const empty = discounts([], { range: RANGE });
    expect([empty.totals.discounts.toString(), show(empty.totals.discountRate), empty.currency]).toEqual([
      "0",
      "null:no-gross-amount",
      null,
    ]);
    // An order of 1000 and its full credit note: gross 0, no rate.
    const cancelled = discounts(
      [order("c1", "ann", "2026-03-02T09:00:00Z", "1000"), order("c2", "ann", "2026-03-03T09:00:00Z", "-1000")],
      { range: RANGE },
    );
    expect([cancelled.totals.orders, show(cancelled.totals.discountRate)]).toEqual([2, "null:no-gross-amount"]);
  });

  it("refuses to sum two currencies, and converts them at each order's date with exchange rates", () => {
    const mixed = [
      ...ORDERS,
      order("u1", "cy", "2026-04-10T09:00:00Z", "450", { gross: "500", discount: "50", currency: "USD" }),
    ];
    expect(() => discounts(mixed, { range: RANGE })).toThrow(MixedCurrencyError);
    // At 0.9 EUR per USD, u1 adds a discount of 45 and a gross amount of 450: April 195 / 1950 = 0.1.
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.9", validFrom: new Date("2026-01-01T00:00:00Z") }],
    });
    const converted = discounts(mixed, { range: RANGE, exchangeRates });
    expect(converted.currency).toBe("EUR");
    expect(converted.buckets[1]?.discounts.toString()).toBe("195");
    expect(converted.buckets[1]?.grossAmount.toString()).toBe("1950");
    expect(show(converted.buckets[1]!.discountRate)).toBe("0.1");
    // Range: (280 + 45) / (8000 + 450).
    expect([converted.totals.discounts.toString(), converted.totals.grossAmount.toString()]).toEqual(["325", "8450"]);
  });

  it("stops at asOf: an order dated at asOf is not counted", () => {
    // asOf = d3's instant: d1 and d2, 150 / 1500 = 0.1.
    const result = discounts(ORDERS, { range: RANGE, asOf: new Date("2026-03-10T09:00:00Z") });
    expect([result.totals.discounts.toString(), show(result.totals.discountRate)]).toEqual(["150", "0.1"]);
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
  });

  it("scopes to one seller and to one team, and groups", () => {
    // ann: d1 and d4, 100 / 2500 = 0.04. bob: d2, d5, e1: (50 - 20 + 150) / (500 - 200 + 1500) = 180 / 1800.
    const ann = discounts(ORDERS, { range: RANGE, scope: { level: "seller", sellerId: "ann" } });
    expect(show(ann.totals.discountRate)).toBe("0.04");
    // Team north = ann + cy: 100 over 1000 + 1500 + 3700 = 6200.
    const north = discounts(ORDERS, { range: RANGE, scope: { level: "team", teamId: "north" }, sellers: ROSTER });
    expect([north.totals.discountRate.numerator.toString(), north.totals.discountRate.denominator.toString()]).toEqual([
      "100",
      "6200",
    ]);
    const grouped = discountsGrouped(ORDERS, { range: RANGE, groupBy: "seller" });
    expect(grouped.groups.map((g) => [g.key, show(g.result.totals.discountRate)])).toEqual([
      ["ann", "0.04"],
      ["bob", "0.1"],
      ["cy", "0"],
    ]);
    const byTeam = discountsGrouped(ORDERS, { range: RANGE, groupBy: "team", sellers: ROSTER });
    expect(byTeam.groups.map((g) => [g.key, g.result.totals.discounts.toString()])).toEqual([
      ["north", "100"],
      ["south", "180"],
    ]);
  });

  it("places an order by the local day of the reporting zone", () => {
    // 31 March 22:30Z is 1 April 00:30 in Paris (CEST): March in UTC, April in Paris.
    const late = [order("z1", "ann", "2026-03-31T22:30:00Z", "90", { gross: "100", discount: "10" })];
    expect(discounts(late, { range: RANGE }).buckets.map((b) => b.discounts.toString())).toEqual(["10", "0"]);
    const paris = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-04-30T22:00:00Z") };
    expect(
      discounts(late, { range: paris, timeZone: "Europe/Paris" }).buckets.map((b) => [b.label, b.discounts.toString()]),
    ).toEqual([
      ["2026-03", "0"],
      ["2026-04", "10"],
    ]);
  });

  it("explains with the ids of the discounted orders, from a table too, and reads back from JSON", () => {
    const options = { range: RANGE, explain: true };
    const result = discounts(ORDERS, options);
    expect(result.explain?.buckets).toEqual([
      { label: "2026-03", orderIds: ["d1", "d2", "d5"] },
      { label: "2026-04", orderIds: ["e1"] },
    ]);
    expect(discounts(orderTable(ORDERS), options)).toEqual(result);
    expect(resultFromJSON(DiscountsResultSchema, JSON.stringify(result))).toEqual(result);
  });
});
