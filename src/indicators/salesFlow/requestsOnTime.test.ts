import { describe, expect, it } from "vitest";
import { requestsOnTime, requestsOnTimeGrouped } from "./requestsOnTime.js";
import { at, MARCH, request } from "./_testRecords.js";

// Worked by hand, asOf 20 March: received in March with a deadline:
// a answered 4 March before its 5 March deadline: on time; b answered exactly at its deadline: on time;
// c answered 6 March after its 5 March deadline: late; d processed (no respondedAt) 8 March before
// its 9 March deadline: on time (the processing is the answer); e unanswered, due 10 March: open
// overdue; f unanswered, due 25 March: not due yet; g answered 22 March (after asOf), due 15 March:
// open overdue at asOf; h declined without answer: closed; i without deadline; j received in
// February: out. Share: 3 / (3 + 1 + 2) = 0.5.
const requests = [
  request("a", "request", "2026-03-02T09:00:00Z", {
    respondedAt: "2026-03-04T10:00:00Z",
    dueAt: "2026-03-05T00:00:00Z",
  }),
  request("b", "request", "2026-03-02T09:00:00Z", {
    respondedAt: "2026-03-05T00:00:00Z",
    dueAt: "2026-03-05T00:00:00Z",
  }),
  request("c", "tender", "2026-03-02T09:00:00Z", {
    respondedAt: "2026-03-06T10:00:00Z",
    dueAt: "2026-03-05T00:00:00Z",
    ownerId: "bob",
  }),
  request("d", "request", "2026-03-02T09:00:00Z", {
    processedAt: "2026-03-08T10:00:00Z",
    dueAt: "2026-03-09T00:00:00Z",
  }),
  request("e", "request", "2026-03-03T09:00:00Z", { dueAt: "2026-03-10T00:00:00Z" }),
  request("f", "request", "2026-03-03T09:00:00Z", { dueAt: "2026-03-25T00:00:00Z" }),
  request("g", "specification", "2026-03-04T09:00:00Z", {
    respondedAt: "2026-03-22T10:00:00Z",
    dueAt: "2026-03-15T00:00:00Z",
  }),
  request("h", "request", "2026-03-04T09:00:00Z", { status: "declined", dueAt: "2026-03-06T00:00:00Z" }),
  request("i", "request", "2026-03-05T09:00:00Z", { respondedAt: "2026-03-06T10:00:00Z" }),
  request("j", "request", "2026-02-25T09:00:00Z", {
    respondedAt: "2026-03-06T10:00:00Z",
    dueAt: "2026-03-01T00:00:00Z",
  }),
];

describe("requestsOnTime (indicator 21)", () => {
  it("gives the share answered by the deadline, open overdue ones counted late", () => {
    const r = requestsOnTime(requests, { period: MARCH, asOf: at("2026-03-20T00:00:00Z"), explain: true });
    expect(r.share.value?.toString()).toBe("0.5");
    expect([
      r.received,
      r.onTime,
      r.late,
      r.openOverdue,
      r.openNotDue,
      r.closedWithoutAnswer,
      r.withoutDeadline,
    ]).toEqual([9, 3, 1, 2, 1, 1, 1]);
    expect(r.explain).toEqual({ onTimeIds: ["a", "b", "d"], lateIds: ["c"], openOverdueIds: ["e", "g"] });
  });

  it("without asOf, every answer counts and open ones are judged at the period's end", () => {
    // g is now late (answered after its deadline); e and f are both overdue on 1 April: 3 / (3 + 2 + 2).
    const r = requestsOnTime(requests, { period: MARCH });
    expect([r.onTime, r.late, r.openOverdue, r.openNotDue]).toEqual([3, 2, 2, 0]);
    expect(r.share.value?.toString()).toBe("0.428571428571428571428571428571428571428571428571428571428571");
  });

  it("reads only the kinds asked for, and is null when nothing is due", () => {
    expect(requestsOnTime(requests, { period: MARCH, kinds: ["tender"] }).share.value?.toString()).toBe("0");
    expect(requestsOnTime([requests[8]!], { period: MARCH }).share).toMatchObject({
      value: null,
      reason: "nothing-due",
    });
  });

  it("splits by team", () => {
    const grouped = requestsOnTimeGrouped(requests, {
      period: MARCH,
      groupBy: "team",
      sellers: [
        { id: "ann", teamId: "north" },
        { id: "bob", teamId: "south" },
      ],
    });
    expect(grouped.groups.map((g) => [g.key, g.result.onTime, g.result.late])).toEqual([
      ["north", 3, 1],
      ["south", 0, 1],
    ]);
  });
});
