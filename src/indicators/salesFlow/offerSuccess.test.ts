import { describe, expect, it } from "vitest";
import { MixedCurrencyError } from "../../errors/index.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { prospectTable } from "../../table/prospectTable.js";
import { offerSuccess, offerSuccessGrouped } from "./offerSuccess.js";
import { at, MARCH, offer, prospect } from "./_testRecords.js";

// Worked by hand: offers issued in March: q1 accepted 8,000 (decided 20 March), q2 rejected 2,000,
// q3 expired 1,000, q4 accepted 4,000 decided 5 April, q5 pending 5,000; q0 (February) is out.
// Without asOf: accepted q1 + q4 = 2 of 5 (0.4), value 12,000 / 20,000 = 0.6.
// At asOf 1 April: q4 is not accepted yet: 1 of 5 (0.2), value 8,000 / 20,000 = 0.4, pending 2.
const offers = [
  offer("q0", "2026-02-10T10:00:00Z", "9000", "accepted", "2026-03-05T10:00:00Z"),
  offer("q1", "2026-03-02T10:00:00Z", "8000", "accepted", "2026-03-20T10:00:00Z"),
  offer("q2", "2026-03-03T10:00:00Z", "2000", "rejected", "2026-03-10T10:00:00Z"),
  offer("q3", "2026-03-04T10:00:00Z", "1000", "expired", "2026-03-30T10:00:00Z"),
  offer("q4", "2026-03-05T10:00:00Z", "4000", "accepted", "2026-04-05T10:00:00Z"),
  offer("q5", "2026-03-06T10:00:00Z", "5000"),
];
// Prospects created in March: p1 converted, p2 lost, p3 converted in April, p4 open: 2 of 4 without asOf.
const prospects = [
  prospect("p0", "2026-02-01T10:00:00Z", { convertedAt: "2026-03-01T10:00:00Z" }),
  prospect("p1", "2026-03-02T10:00:00Z", { convertedAt: "2026-03-15T10:00:00Z" }),
  prospect("p2", "2026-03-03T10:00:00Z", { lostAt: "2026-03-16T10:00:00Z" }),
  prospect("p3", "2026-03-04T10:00:00Z", { convertedAt: "2026-04-15T10:00:00Z" }),
  prospect("p4", "2026-03-05T10:00:00Z"),
];

describe("offerSuccess (indicator 5)", () => {
  it("gives the offers' success by count and value, and the prospects' conversion", () => {
    const r = offerSuccess({ offers, prospects }, { period: MARCH });
    expect([r.offers.issued, r.offers.accepted, r.offers.notAccepted, r.offers.pending]).toEqual([5, 2, 2, 1]);
    expect([r.offers.rateByCount.value?.toString(), r.offers.rateByValue.value?.toString()]).toEqual(["0.4", "0.6"]);
    expect([r.offers.issuedAmount.toString(), r.offers.acceptedAmount.toString(), r.currency]).toEqual([
      "20000",
      "12000",
      "EUR",
    ]);
    expect(r.prospects).toMatchObject({ created: 4, converted: 2, lost: 1, open: 1 });
    expect(r.prospects?.rate.value?.toString()).toBe("0.5");
  });

  it("at asOf, decisions and conversions after it are still pending", () => {
    const r = offerSuccess(
      { offers, prospects: prospectTable(prospects) },
      { period: MARCH, asOf: at("2026-04-01T00:00:00Z"), explain: true },
    );
    expect([
      r.offers.accepted,
      r.offers.pending,
      r.offers.rateByCount.value?.toString(),
      r.offers.rateByValue.value?.toString(),
    ]).toEqual([1, 2, "0.2", "0.4"]);
    expect(r.prospects).toMatchObject({ converted: 1, open: 2 });
    expect(r.explain).toEqual({
      issuedIds: ["q1", "q2", "q3", "q4", "q5"],
      acceptedIds: ["q1"],
      prospectIds: ["p1", "p2", "p3", "p4"],
      convertedIds: ["p1"],
    });
    expect(r.warnings).toEqual([]);
  });

  it("without prospects, says so with null; with no offers, null with a reason", () => {
    const r = offerSuccess({ offers: [] }, { period: MARCH });
    expect(r.prospects).toBeNull();
    expect(r.offers.rateByCount).toMatchObject({ value: null, reason: "no-offers" });
    expect(r.offers.rateByValue).toMatchObject({ value: null, reason: "no-offers" });
    // Offers whose amounts cancel out: no value rate.
    const zero = offerSuccess(
      { offers: [offer("a", "2026-03-02T10:00:00Z", "100"), offer("b", "2026-03-02T10:00:00Z", "-100")] },
      { period: MARCH },
    );
    expect(zero.offers.rateByValue).toMatchObject({ value: null, reason: "no-offer-value" });
  });

  it("refuses mixed currencies without rates, converts with them", () => {
    const mixed = [
      offer("a", "2026-03-02T10:00:00Z", "100"),
      { ...offer("b", "2026-03-03T10:00:00Z", "100", "accepted", "2026-03-04T10:00:00Z"), currency: "USD" },
    ];
    expect(() => offerSuccess({ offers: mixed }, { period: MARCH })).toThrow(MixedCurrencyError);
    const rates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.5", validFrom: at("2026-01-01T00:00:00Z") }],
    });
    // Worked by hand: 100 USD at 0.5 = 50 EUR; value rate 50 / 150.
    const r = offerSuccess({ offers: mixed }, { period: MARCH, exchangeRates: rates });
    expect(r.offers.rateByValue.value?.toString()).toBe(
      "0.333333333333333333333333333333333333333333333333333333333333",
    );
  });

  it("splits by seller in one currency", () => {
    const grouped = offerSuccessGrouped(
      { offers: [...offers, offer("b1", "2026-03-09T10:00:00Z", "700", "pending", undefined, "bob")] },
      { period: MARCH, groupBy: "seller" },
    );
    expect(grouped.groups.map((g) => [g.key, g.result.offers.issued, g.result.currency])).toEqual([
      ["ann", 5, "EUR"],
      ["bob", 1, "EUR"],
    ]);
  });
});
