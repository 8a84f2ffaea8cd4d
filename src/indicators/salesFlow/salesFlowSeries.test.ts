import { describe, expect, it } from "vitest";
import { offerTable } from "../../table/offerTable.js";
import { at, deal, offer, order, request } from "./_testRecords.js";
import { negotiationsSeries } from "./negotiationsSeries.js";
import { offerSuccessSeries } from "./offerSuccessSeries.js";
import { ordersPerOfferSeries } from "./ordersPerOfferSeries.js";
import { requestsOnTimeSeries } from "./requestsOnTimeSeries.js";
import { tenderResponseTimeSeries } from "./tenderResponseTimeSeries.js";

const Q1 = { start: at("2026-01-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") };

describe("sales-flow series", () => {
  it("orders per offer by month, cut by asOf on 15 February, with each bucket's ids", () => {
    // Worked by hand: January o1 (2000) against q1 (4000) and q2 (4000): 1/2 by count, 2000/8000
    // by value; February before asOf: o2 (500) against q3 (1000): 1 and 0.5; o3 and q4 dated
    // after asOf are not counted; March has started after asOf: nothing, no-offers.
    const series = ordersPerOfferSeries(
      {
        orders: [
          order("o1", "2026-01-20T00:00:00Z", "2000"),
          order("o2", "2026-02-03T00:00:00Z", "500"),
          order("o3", "2026-02-20T00:00:00Z", "900"),
        ],
        offers: [
          offer("q1", "2026-01-05T00:00:00Z", "4000"),
          offer("q2", "2026-01-06T00:00:00Z", "4000"),
          offer("q3", "2026-02-10T00:00:00Z", "1000"),
          offer("q4", "2026-02-16T00:00:00Z", "1000"),
        ],
      },
      { range: Q1, asOf: at("2026-02-15T00:00:00Z"), explain: true },
    );
    expect(
      series.buckets.map((b) => [
        b.label,
        b.ratioByCount.value?.toString() ?? b.ratioByCount.reason,
        b.ratioByValue.value?.toString() ?? b.ratioByValue.reason,
        b.explain,
      ]),
    ).toEqual([
      ["2026-01", "0.5", "0.25", { orderIds: ["o1"], offerIds: ["q1", "q2"] }],
      ["2026-02", "1", "0.5", { orderIds: ["o2"], offerIds: ["q3"] }],
      ["2026-03", "no-offers", "no-offers", { orderIds: [], offerIds: [] }],
    ]);
    expect(series.buckets.map((b) => b.warnings.map((w) => w.code))).toEqual([
      [],
      ["partial-period"],
      ["period-not-started"],
    ]);
    expect(series.buckets.map((b) => b.currency)).toEqual(["EUR", "EUR", "EUR"]);
    expect([series.total.orders, series.total.offers, series.grain]).toEqual([2, 3, "month"]);
  });

  it("offer success by quarter from a table equals the arrays, and an offer stays in the bucket it was issued in", () => {
    // Worked by hand: q1 issued in January and accepted in April counts as accepted in Q1's
    // bucket (a cohort of issue); Q2 has q2 rejected: 0 of 1.
    const offers = [
      offer("q1", "2026-01-10T00:00:00Z", "100", "accepted", "2026-04-02T00:00:00Z"),
      offer("q2", "2026-05-10T00:00:00Z", "300", "rejected", "2026-05-20T00:00:00Z"),
    ];
    const range = { start: Q1.start, end: at("2026-07-01T00:00:00Z") };
    const series = offerSuccessSeries({ offers }, { range, grain: "quarter" });
    expect(series.buckets.map((b) => [b.label, b.offers.accepted, b.offers.rateByCount.value?.toString()])).toEqual([
      ["2026-Q1", 1, "1"],
      ["2026-Q2", 0, "0"],
    ]);
    expect(offerSuccessSeries({ offers: offerTable(offers) }, { range, grain: "quarter" })).toEqual(series);
  });

  it("negotiations by month: requests processed after their month count in the month received", () => {
    // Worked by hand: January: 2 offers over 1 deal = 2; r1 received in January, processed in
    // February: 1 of 1 processed. February: 0 offers over 1 deal = 0; r2 open: 0 of 1.
    const series = negotiationsSeries(
      {
        offers: [offer("q1", "2026-01-05T00:00:00Z", "1"), offer("q2", "2026-01-09T00:00:00Z", "1")],
        deals: [deal("d1", "2026-01-02T00:00:00Z"), deal("d2", "2026-02-02T00:00:00Z")],
        requests: [
          request("r1", "request", "2026-01-28T00:00:00Z", { processedAt: "2026-02-03T00:00:00Z" }),
          request("r2", "request", "2026-02-10T00:00:00Z"),
        ],
      },
      { range: { start: Q1.start, end: at("2026-03-01T00:00:00Z") } },
    );
    expect(
      series.buckets.map((b) => [b.label, b.proposalRate.value?.toString(), b.processingRate.value?.toString()]),
    ).toEqual([
      ["2026-01", "2", "1"],
      ["2026-02", "0", "0"],
    ]);
  });

  it("tender response time without asOf ages each bucket's open tenders at the bucket's end", () => {
    // Worked by hand: t1 received 20 January, never answered: 11 days old at 31 January's end
    // in January's bucket; t2 received 25 February, answered 2 March: 5 days, in February.
    const series = tenderResponseTimeSeries(
      [
        request("t1", "tender", "2026-01-21T00:00:00Z"),
        request("t2", "tender", "2026-02-25T00:00:00Z", { respondedAt: "2026-03-02T00:00:00Z" }),
      ],
      { range: { start: Q1.start, end: at("2026-03-01T00:00:00Z") } },
    );
    expect(
      series.buckets.map((b) => [b.label, b.open.mean.value?.toString(), b.responded.mean.value?.toString()]),
    ).toEqual([
      ["2026-01", "11", undefined],
      ["2026-02", undefined, "5"],
    ]);
    // Over the whole range t1 is aged at the range's end: 39 days.
    expect(series.total.open.mean.value?.toString()).toBe("39");
  });

  it("requests on time by week, and errors that name the range, the grain and the kinds", () => {
    const requests = [request("r1", "request", "2026-03-02T09:00:00Z", { dueAt: "2026-03-04T00:00:00Z" })];
    // Worked by hand: r1 unanswered, due 4 March: already overdue at the end of its week (9 March).
    const series = requestsOnTimeSeries(requests, {
      range: { start: at("2026-03-02T00:00:00Z"), end: at("2026-03-16T00:00:00Z") },
      grain: "week",
    });
    expect(series.buckets.map((b) => [b.label, b.openOverdue, b.share.value?.toString() ?? b.share.reason])).toEqual([
      ["2026-W10", 1, "0"],
      ["2026-W11", 0, "nothing-due"],
    ]);
    expect(() => requestsOnTimeSeries(requests, { range: { start: Q1.end, end: Q1.start } })).toThrow(/range/);
    expect(() => requestsOnTimeSeries(requests, { range: Q1, grain: "fortnight" as "week" })).toThrow(/grain/);
    expect(() => requestsOnTimeSeries(requests, { range: Q1, kinds: ["phone" as "request"] })).toThrow(/kinds/);
  });
});
