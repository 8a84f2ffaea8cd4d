import { describe, expect, it } from "vitest";
import { orderTable } from "../../table/orderTable.js";
import { ordersPerOffer, ordersPerOfferGrouped } from "./ordersPerOffer.js";
import { at, MARCH, offer, order } from "./_testRecords.js";

// Worked by hand: March orders o1 3,000, o2 1,500, o3 -500 (a credit note, counted as in revenue),
// o4 6,000 (bob); o0 in February is out. March offers q1 10,000, q2 5,000 (ann), q3 5,000 (bob).
// Count: 4 / 3; value: 10,000 / 20,000 = 0.5.
const orders = [
  order("o0", "2026-02-27T10:00:00Z", "9999"),
  order("o1", "2026-03-02T10:00:00Z", "3000"),
  order("o2", "2026-03-10T10:00:00Z", "1500"),
  order("o3", "2026-03-11T10:00:00Z", "-500"),
  order("o4", "2026-03-20T10:00:00Z", "6000", "bob"),
];
const offers = [
  offer("q1", "2026-03-01T10:00:00Z", "10000"),
  offer("q2", "2026-03-05T10:00:00Z", "5000"),
  offer("q3", "2026-03-15T10:00:00Z", "5000", "pending", undefined, "bob"),
];

describe("ordersPerOffer (indicator 12)", () => {
  it("compares the orders of the period with its offers, by count and by value", () => {
    const r = ordersPerOffer({ orders, offers }, { period: MARCH });
    expect([r.orders, r.offers, r.ratioByCount.numerator.toString(), r.ratioByCount.denominator.toString()]).toEqual([
      4,
      3,
      "4",
      "3",
    ]);
    expect([r.orderAmount.toString(), r.offerAmount.toString(), r.ratioByValue.value?.toString()]).toEqual([
      "10000",
      "20000",
      "0.5",
    ]);
  });

  it("cuts at asOf and lists the ids", () => {
    // Before 12 March: orders o1, o2, o3 (4,000), offers q1, q2 (15,000).
    const r = ordersPerOffer(
      { orders: orderTable(orders), offers },
      { period: MARCH, asOf: at("2026-03-12T00:00:00Z"), explain: true },
    );
    expect([r.ratioByCount.value?.toString(), r.ratioByValue.value?.toString()]).toEqual([
      "1.5",
      "0.266666666666666666666666666666666666666666666666666666666667",
    ]);
    expect(r.explain).toEqual({ orderIds: ["o1", "o2", "o3"], offerIds: ["q1", "q2"] });
  });

  it("is null with no-offers without offers, no-offer-value when they sum to zero", () => {
    expect(ordersPerOffer({ orders, offers: [] }, { period: MARCH }).ratioByCount).toMatchObject({
      value: null,
      reason: "no-offers",
    });
    const zero = [offer("a", "2026-03-02T10:00:00Z", "0")];
    expect(ordersPerOffer({ orders, offers: zero }, { period: MARCH }).ratioByValue).toMatchObject({
      value: null,
      reason: "no-offer-value",
    });
  });

  it("splits by seller (order sellers and offer owners)", () => {
    const grouped = ordersPerOfferGrouped(
      { orders, offers },
      { period: MARCH, groupBy: "seller", sellers: [{ id: "bob" }] },
    );
    expect(
      grouped.groups.map((g) => [g.key, g.result.orders, g.result.offers, g.result.ratioByValue.value?.toString()]),
    ).toEqual([
      ["bob", 1, 1, "1.2"],
      ["ann", 3, 2, "0.266666666666666666666666666666666666666666666666666666666667"],
    ]);
  });
});
