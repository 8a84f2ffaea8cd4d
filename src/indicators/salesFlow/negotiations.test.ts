import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { dealTable } from "../../table/dealTable.js";
import { offerTable } from "../../table/offerTable.js";
import { requestTable } from "../../table/requestTable.js";
import { negotiations, negotiationsGrouped } from "./negotiations.js";
import { at, deal, MARCH, offer, request } from "./_testRecords.js";

// Worked by hand: March 2026; 4 deals created in March (d0 in February does not count), 6 offers
// issued in March (q0 in February and q7 on 1 April do not count): proposal rate 6 / 4 = 1.5.
// Requests received in March: r1..r5 (r0 in February is out); processed: r1, r2, r4 (r4 after
// asOf 25 March only counts without asOf).
const deals = [
  deal("d0", "2026-02-27T10:00:00Z"),
  deal("d1", "2026-03-01T00:00:00Z"),
  deal("d2", "2026-03-10T10:00:00Z"),
  deal("d3", "2026-03-20T10:00:00Z", "bob"),
  deal("d4", "2026-03-31T23:59:59Z", "bob"),
];
const offers = [
  offer("q0", "2026-02-20T10:00:00Z", "100"),
  ...["q1", "q2", "q3", "q4"].map((id, i) => offer(id, `2026-03-0${i + 2}T10:00:00Z`, "100")),
  offer("q5", "2026-03-24T10:00:00Z", "100", "pending", undefined, "bob"),
  offer("q6", "2026-03-26T10:00:00Z", "100", "pending", undefined, "bob"),
  offer("q7", "2026-04-01T00:00:00Z", "100"),
];
const requests = [
  request("r0", "request", "2026-02-25T10:00:00Z", { processedAt: "2026-03-02T10:00:00Z" }),
  request("r1", "request", "2026-03-02T10:00:00Z", { processedAt: "2026-03-03T10:00:00Z" }),
  request("r2", "tender", "2026-03-05T10:00:00Z", { processedAt: "2026-03-20T10:00:00Z" }),
  request("r3", "tender", "2026-03-06T10:00:00Z", { status: "declined" }),
  request("r4", "specification", "2026-03-09T10:00:00Z", { processedAt: "2026-03-28T10:00:00Z", ownerId: "bob" }),
  request("r5", "request", "2026-03-12T10:00:00Z"),
];

describe("negotiations (indicator 4)", () => {
  it("gives the proposal and processing rates of the period", () => {
    const r = negotiations({ deals, offers, requests }, { period: MARCH });
    expect([r.offersIssued, r.dealsCreated, r.proposalRate.value?.toString()]).toEqual([6, 4, "1.5"]);
    expect([r.received, r.processed, r.processingRate.value?.toString()]).toEqual([5, 3, "0.6"]);
    expect(r.warnings).toEqual([]);
  });

  it("cuts at asOf: later offers, deals and requests are not counted, later processings not yet done", () => {
    // asOf 25 March: deals d1, d2, d3 (3); offers q1..q5 (5); requests r1..r5 (5), processed r1, r2 (2).
    const r = negotiations(
      { deals, offers, requests },
      { period: MARCH, asOf: at("2026-03-25T00:00:00Z"), explain: true },
    );
    expect([r.proposalRate.numerator.toString(), r.proposalRate.denominator.toString()]).toEqual(["5", "3"]);
    expect([r.offersIssued, r.dealsCreated, r.received, r.processed]).toEqual([5, 3, 5, 2]);
    expect(r.explain?.processedIds).toEqual(["r1", "r2"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["partial-period"]);
  });

  it("counts only the kinds asked for, and reads tables as arrays", () => {
    const r = negotiations(
      { deals: dealTable(deals), offers: offerTable(offers), requests: requestTable(requests) },
      { period: MARCH, kinds: ["tender", "specification"] },
    );
    // r2, r3, r4 received; r2 and r4 processed.
    expect([r.received, r.processed, r.processingRate.value?.toString()]).toEqual([
      3,
      2,
      "0.666666666666666666666666666666666666666666666666666666666667",
    ]);
  });

  it("is null with a reason when nothing was created or received", () => {
    const r = negotiations({ deals: [], offers, requests: [] }, { period: MARCH });
    expect(r.proposalRate).toMatchObject({ value: null, reason: "no-deals" });
    expect(r.processingRate).toMatchObject({ value: null, reason: "no-requests" });
  });

  it("splits by seller, roster first, owners after", () => {
    const grouped = negotiationsGrouped(
      { deals, offers, requests },
      { period: MARCH, groupBy: "seller", sellers: [{ id: "cid" }, { id: "ann" }] },
    );
    expect(grouped.groups.map((g) => [g.key, g.result.offersIssued, g.result.dealsCreated, g.result.received])).toEqual(
      [
        ["cid", 0, 0, 0],
        ["ann", 4, 2, 4],
        ["bob", 2, 2, 1],
      ],
    );
    expect(grouped.groups[2]?.result.scope).toEqual({ level: "seller", sellerId: "bob" });
  });

  it("rejects bad options and bad records", () => {
    expect(() => negotiations({ deals, offers, requests }, { period: MARCH, kinds: ["rfp" as never] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => negotiations({ deals, offers } as never, { period: MARCH })).toThrow("the records need requests");
    expect(() => negotiations({ deals, offers, requests: "x" as never }, { period: MARCH })).toThrow(
      InvalidArgumentError,
    );
    expect(() => negotiationsGrouped({ deals, offers, requests }, { period: MARCH, groupBy: "team" })).toThrow(
      "sellers roster",
    );
  });
});
