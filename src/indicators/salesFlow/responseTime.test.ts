import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { requestTable } from "../../table/requestTable.js";
import { firstResponseTime, firstResponseTimeGrouped } from "./firstResponseTime.js";
import { tenderResponseTime, tenderResponseTimeGrouped } from "./tenderResponseTime.js";
import { at, MARCH, request } from "./_testRecords.js";

// Worked by hand (UTC unless said): tenders and specifications received in March:
// t1 Mon 2 March 09:00 -> Fri 6 March 09:00: 4 days (4 business days);
// t2 Tue 3 March 09:00 -> Fri 13 March 21:00: 10.5 days (8.5 business days: the weekend of 7-8 March);
// s1 Wed 4 March 12:00 -> Mon 9 March 12:00: 5 days (3 business days);
// t3 Fri 20 March 00:00, no answer: open; t4 declined without answer: closed; r1 is a request (not read).
// Mean 19.5 / 3 = 6.5 days, median 5; business mean 15.5 / 3, median 4.
const requests = [
  request("t1", "tender", "2026-03-02T09:00:00Z", { respondedAt: "2026-03-06T09:00:00Z" }),
  request("t2", "tender", "2026-03-03T09:00:00Z", {
    firstResponseAt: "2026-03-03T10:00:00Z",
    respondedAt: "2026-03-13T21:00:00Z",
  }),
  request("s1", "specification", "2026-03-04T12:00:00Z", {
    respondedAt: "2026-03-09T12:00:00Z",
    processedAt: "2026-03-10T12:00:00Z",
    ownerId: "bob",
  }),
  request("t3", "tender", "2026-03-20T00:00:00Z"),
  request("t4", "tender", "2026-03-21T00:00:00Z", { status: "declined" }),
  request("r1", "request", "2026-03-02T09:00:00Z", { firstResponseAt: "2026-03-02T13:30:00Z" }),
];

describe("tenderResponseTime (indicator 15)", () => {
  it("gives mean and median days from reception to answer, and the open ones' age", () => {
    const r = tenderResponseTime(requests, { period: MARCH, asOf: at("2026-03-25T00:00:00Z") });
    expect([
      r.received,
      r.responded.count,
      r.responded.mean.value?.toString(),
      r.responded.median.value?.toString(),
    ]).toEqual([5, 3, "6.5", "5"]);
    // t3 is 5 days old at asOf 25 March.
    expect([
      r.open.count,
      r.open.mean.value?.toString(),
      r.open.median.value?.toString(),
      r.closedWithoutResponse,
    ]).toEqual([1, "5", "5", 1]);
    expect([r.unit, r.durationUnit, r.dayCount]).toEqual(["duration", "days", "calendar"]);
  });

  it("counts business days, and hours on request", () => {
    const business = tenderResponseTime(requests, {
      period: MARCH,
      asOf: at("2026-03-25T00:00:00Z"),
      dayCount: "business",
    });
    expect(business.responded.median.value?.toString()).toBe("4");
    expect(business.responded.mean.value?.toString()).toBe(
      "5.16666666666666666666666666666666666666666666666666666666667",
    );
    // t3, Friday 20 March 00:00 to Wednesday 25 March 00:00: Friday, Monday, Tuesday = 3 business days.
    expect(business.open.mean.value?.toString()).toBe("3");
    const hours = tenderResponseTime(requests, { period: MARCH, asOf: at("2026-03-25T00:00:00Z"), unit: "hours" });
    expect(hours.responded.median.value?.toString()).toBe("120");
  });

  it("without asOf, every answer counts and open ones are aged at the period's end", () => {
    // t3 received 20 March 00:00: 12 days old on 1 April.
    const r = tenderResponseTime(requestTable(requests), { period: MARCH, explain: true });
    expect(r.open.mean.value?.toString()).toBe("12");
    expect(r.explain).toEqual({ respondedIds: ["t1", "t2", "s1"], openIds: ["t3"], closedWithoutResponseIds: ["t4"] });
  });

  it("an answer at or after asOf has not happened yet", () => {
    const r = tenderResponseTime(requests, {
      period: MARCH,
      asOf: at("2026-03-09T12:00:00Z"),
      kinds: ["specification"],
    });
    // s1 answered exactly at asOf: still open, 5 days old.
    expect([r.responded.count, r.open.count, r.open.mean.value?.toString()]).toEqual([0, 1, "5"]);
    expect(r.responded.mean).toEqual({ value: null, reason: "no-responses" });
  });

  it("reads calendar days of the reporting zone across a DST change (Paris, 29 March)", () => {
    // Received Saturday 28 March 12:00 Paris (11:00Z), answered Monday 30 March 12:00 Paris (10:00Z):
    // 2 calendar days of Paris (the 23-hour Sunday is one day), 47 real hours.
    const dst = [request("t", "tender", "2026-03-28T11:00:00Z", { respondedAt: "2026-03-30T10:00:00Z" })];
    const paris = { period: MARCH, timeZone: "Europe/Paris" };
    expect(tenderResponseTime(dst, paris).responded.mean.value?.toString()).toBe("2");
    expect(tenderResponseTime(dst, { ...paris, unit: "hours" }).responded.mean.value?.toString()).toBe("47");
    // Business days: Saturday and Sunday do not count; Monday 00:00 to 12:00 is half a day.
    expect(tenderResponseTime(dst, { ...paris, dayCount: "business" }).responded.mean.value?.toString()).toBe("0.5");
  });

  it("splits by seller and rejects bad options", () => {
    const grouped = tenderResponseTimeGrouped(requests, { period: MARCH, groupBy: "seller" });
    expect(grouped.groups.map((g) => [g.key, g.result.responded.count])).toEqual([
      ["ann", 2],
      ["bob", 1],
    ]);
    expect(() => tenderResponseTime(requests, { period: MARCH, unit: "weeks" as never })).toThrow(InvalidArgumentError);
    expect(() => tenderResponseTime(requests, { period: MARCH, dayCount: "working" as never })).toThrow(
      InvalidArgumentError,
    );
    expect(() => tenderResponseTime(requests, { period: MARCH, kinds: [] })).toThrow(InvalidArgumentError);
  });
});

describe("firstResponseTime (indicator 16)", () => {
  it("gives mean and median hours to the first response of inbound requests", () => {
    const inbound = [
      request("a", "request", "2026-03-02T09:00:00Z", { firstResponseAt: "2026-03-02T13:30:00Z" }),
      // No separate first response: the answer is the first response (25 hours).
      request("b", "request", "2026-03-03T09:00:00Z", { respondedAt: "2026-03-04T10:00:00Z" }),
      request("c", "request", "2026-03-04T09:00:00Z", {
        firstResponseAt: "2026-03-04T10:00:00Z",
        respondedAt: "2026-03-09T09:00:00Z",
      }),
      request("d", "request", "2026-03-30T09:00:00Z"),
      request("e", "request", "2026-03-05T09:00:00Z", { status: "declined" }),
      request("t", "tender", "2026-03-02T09:00:00Z", { firstResponseAt: "2026-03-20T09:00:00Z" }),
    ];
    // Worked by hand: 4.5, 25 and 1 hours: mean 30.5 / 3, median 4.5; d is 15 hours old at 31 March 00:00.
    const r = firstResponseTime(inbound, { period: MARCH, asOf: at("2026-03-31T00:00:00Z") });
    expect([r.received, r.responded.count, r.responded.median.value?.toString()]).toEqual([5, 3, "4.5"]);
    expect(r.responded.mean.value?.toString()).toBe("10.1666666666666666666666666666666666666666666666666666666667");
    expect([r.open.count, r.open.mean.value?.toString(), r.closedWithoutResponse]).toEqual([1, "15", 1]);
    expect(firstResponseTimeGrouped(inbound, { period: MARCH, groupBy: "seller" }).groups.map((g) => g.key)).toEqual([
      "ann",
    ]);
  });
});
