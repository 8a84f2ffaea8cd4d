import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import { InvalidArgumentError, ProrationForbiddenError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Activity, ActivityStatus, ActivityTarget, Seller, TargetLevel } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { activityRate, ActivityRateResultSchema, type ActivityRateResult } from "./activityRate.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

function act(id: string, ownerId: string, type: string, date: string, status: ActivityStatus = "done"): Activity {
  return { id, ownerId, type, date: new Date(date), status };
}

function tgt(
  id: string,
  level: TargetLevel,
  scopeId: string | undefined,
  type: string,
  start: string,
  end: string,
  count: string | number,
): ActivityTarget {
  return {
    id,
    level,
    ...(scopeId === undefined ? {} : { scopeId }),
    type,
    start: new Date(start),
    end: new Date(end),
    count: toDecimal(count),
  };
}

const MARCH = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const ROSTER: Seller[] = [
  { id: "ann", name: "Ann", teamId: "north" },
  { id: "bob", name: "Bob", teamId: "north" },
  { id: "cid", name: "Cid", teamId: "south" },
];

function typeOf(result: ActivityRateResult, type: string) {
  const found = result.byType.find((entry) => entry.type === type);
  if (found === undefined) throw new Error(`type ${type} not listed`);
  return found;
}

describe("activityRate: counting", () => {
  const activities = [
    act("a1", "ann", "call", "2026-03-02T09:00:00Z"),
    act("a2", "ann", "call", "2026-03-10T09:00:00Z"),
    act("a3", "ann", "call", "2026-03-11T09:00:00Z", "planned"),
    act("a4", "ann", "call", "2026-03-12T09:00:00Z", "cancelled"),
    act("a5", "bob", "call", "2026-03-31T23:59:59.999Z"),
    act("a6", "bob", "call", "2026-04-01T00:00:00Z"),
    act("a7", "bob", "meeting", "2026-03-01T00:00:00Z"),
    act("a8", "bob", "meeting", "2026-02-28T23:59:00Z"),
  ];
  // Quarterly call target 90 over [Jan 1, Apr 1) = 90 days; March holds 31 of them: 90 x 31 / 90 = 31.
  // March meeting target 2, fully inside.
  const targets = [
    tgt("tq", "company", undefined, "call", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 90),
    tgt("tm", "company", undefined, "meeting", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 2),
  ];
  const result = activityRate(activities, { targets, period: MARCH });

  it("counts done activities in [start, end) only: planned, cancelled and out-of-period ones are left out", () => {
    // calls: a1, a2 (ann), a5 (bob, last ms of March) = 3; a3 planned, a4 cancelled, a6 at end: no.
    // meetings: a7 at the first instant = 1; a8 in February: no.
    expect(typeOf(result, "call").done).toBe(3);
    expect(typeOf(result, "meeting").done).toBe(1);
    expect(result.totalDone).toBe(4);
  });

  it("prorates targets over the period and divides", () => {
    const call = typeOf(result, "call");
    expect(call.target.toString()).toBe("31");
    expect(call.rate.numerator.toString()).toBe("3");
    expect(call.rate.denominator.toString()).toBe("31");
    expect(call.rate.value?.equals(new Dec(3).div(31))).toBe(true);
    expect(call.rate.reason).toBeNull();
    const meeting = typeOf(result, "meeting");
    expect(meeting.rate.value?.toString()).toBe("0.5"); // 1 / 2
  });

  it("overall = sum of done over targeted types / sum of their targets", () => {
    // (3 + 1) / (31 + 2) = 4 / 33
    expect(result.overall.numerator.toString()).toBe("4");
    expect(result.overall.denominator.toString()).toBe("33");
    expect(result.overall.value?.equals(new Dec(4).div(33))).toBe(true);
    expect(result.status).toBe("alert"); // 0.12 < 0.8
    expect(result.statusReason).toBeNull();
  });

  it("reports per seller per type", () => {
    expect(result.bySeller).toEqual([
      {
        sellerId: "ann",
        done: 2,
        byType: [
          { type: "call", done: 2 },
          { type: "meeting", done: 0 },
        ],
      },
      {
        sellerId: "bob",
        done: 2,
        byType: [
          { type: "call", done: 1 },
          { type: "meeting", done: 1 },
        ],
      },
    ]);
  });

  it("carries the result's identity fields", () => {
    expect(result.indicator).toBe("activity-rate");
    expect(result.unit).toBe("ratio");
    expect(result.period).toEqual({ ...MARCH, timeZone: "UTC" });
    expect(result.asOf).toBeNull();
    expect(result.scope).toEqual({ level: "company" });
    expect(result.thresholds.good.toString()).toBe("1");
    expect(result.thresholds.watch.toString()).toBe("0.8");
    expect(result.warnings).toEqual([]);
    expect("explain" in result).toBe(false);
  });
});

describe("activityRate: status", () => {
  const activities = [
    ...Array.from({ length: 10 }, (_, i) => act(`c${i}`, "ann", "call", "2026-03-05T10:00:00Z")),
    ...Array.from({ length: 8 }, (_, i) => act(`m${i}`, "ann", "meeting", "2026-03-06T10:00:00Z")),
    ...Array.from({ length: 7 }, (_, i) => act(`d${i}`, "ann", "demo", "2026-03-07T10:00:00Z")),
  ];
  const targets = ["call", "meeting", "demo"].map((type) =>
    tgt(`t-${type}`, "company", undefined, type, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 10),
  );

  it("judges each type's rate and the overall rate: good >= 1, watch >= 0.8, alert below", () => {
    const result = activityRate(activities, { targets, period: MARCH });
    expect(typeOf(result, "call").status).toBe("good"); // 10 / 10 = 1
    expect(typeOf(result, "meeting").status).toBe("watch"); // 8 / 10 = 0.8 exactly
    expect(typeOf(result, "demo").status).toBe("alert"); // 7 / 10 = 0.7
    // overall (10 + 8 + 7) / 30 = 25 / 30 = 0.8333...
    expect(result.overall.value?.equals(new Dec(25).div(30))).toBe(true);
    expect(result.status).toBe("watch");
  });

  it("uses the caller's thresholds and reports them", () => {
    const result = activityRate(activities, { targets, period: MARCH, thresholds: { good: "0.75", watch: "0.7" } });
    expect(typeOf(result, "meeting").status).toBe("good"); // 0.8 >= 0.75
    expect(typeOf(result, "demo").status).toBe("watch"); // 0.7 >= 0.7
    expect(result.status).toBe("good"); // 0.833 >= 0.75
    expect(result.thresholds.good.toString()).toBe("0.75");
    expect(result.thresholds.watch.toString()).toBe("0.7");
  });

  it("rejects watch above good", () => {
    expect(() =>
      activityRate(activities, { targets, period: MARCH, thresholds: { good: "0.5", watch: "0.9" } }),
    ).toThrow(InvalidArgumentError);
  });
});

describe("activityRate: no target (settled detail 13)", () => {
  const activities = [
    ...Array.from({ length: 4 }, (_, i) => act(`c${i}`, "ann", "call", "2026-03-05T10:00:00Z")),
    ...Array.from({ length: 5 }, (_, i) => act(`e${i}`, "ann", "email", "2026-03-05T10:00:00Z")),
    act("v1", "ann", "visit", "2026-03-05T10:00:00Z"),
  ];
  const targets = [
    tgt("t-call", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 8),
    tgt("t-email", "company", undefined, "email", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 0),
    tgt("t-feb", "company", undefined, "demo", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", 20),
  ];
  const result = activityRate(activities, { targets, period: MARCH, explain: true });

  it("a prorated target of 0 is 'no target': rate null, reason no-target, no status", () => {
    const email = typeOf(result, "email");
    expect(email.done).toBe(5);
    expect(email.target.toString()).toBe("0");
    expect(email.rate).toEqual({ value: null, reason: "no-target", numerator: new Dec(5), denominator: new Dec(0) });
    expect(email.status).toBeNull();
    expect(email.statusReason).toBe("no-target");
  });

  it("types with no target at all are counted and reported without a rate", () => {
    const visit = typeOf(result, "visit");
    expect(visit.done).toBe(1);
    expect(visit.rate.value).toBeNull();
    expect(visit.rate.reason).toBe("no-target");
    expect(result.totalDone).toBe(10); // 4 calls + 5 emails + 1 visit
  });

  it("the overall rate leaves untargeted types out", () => {
    // only call has a target: 4 / 8 = 0.5 (the 5 emails and the visit are left out)
    expect(result.overall.numerator.toString()).toBe("4");
    expect(result.overall.denominator.toString()).toBe("8");
    expect(result.overall.value?.toString()).toBe("0.5");
  });

  it("a target that does not overlap the period lists nothing", () => {
    expect(result.byType.map((entry) => entry.type)).toEqual(["call", "email", "visit"]);
    expect(result.explain?.byType.find((entry) => entry.type === "email")?.targetIds).toEqual(["t-email"]);
  });

  it("overall is null with reason no-target when no type has a target", () => {
    const none = activityRate(activities, { targets: [], period: MARCH });
    expect(none.overall).toEqual({ value: null, reason: "no-target", numerator: new Dec(0), denominator: new Dec(0) });
    expect(none.status).toBeNull();
    expect(none.statusReason).toBe("no-target");
  });
});

describe("activityRate: types", () => {
  it("lists the caller's types first (zeros included), then known types in library order, then custom types by name", () => {
    const activities = [
      act("1", "ann", "zeta-custom", "2026-03-03T10:00:00Z"),
      act("2", "ann", "visit", "2026-03-03T10:00:00Z"),
      act("3", "ann", "alpha-custom", "2026-03-03T10:00:00Z"),
      act("4", "ann", "call", "2026-03-03T10:00:00Z"),
      act("5", "ann", "webinar", "2026-03-03T10:00:00Z", "planned"),
    ];
    const result = activityRate(activities, { targets: [], period: MARCH, types: ["demo", "webinar", "demo"] });
    expect(result.byType.map((entry) => [entry.type, entry.done])).toEqual([
      ["demo", 0],
      ["webinar", 0], // only a planned webinar: listed because asked, with 0
      ["call", 1],
      ["visit", 1],
      ["alpha-custom", 1],
      ["zeta-custom", 1],
    ]);
  });

  it("rates a custom type against a custom target", () => {
    const activities = [
      act("1", "ann", "trade-show", "2026-03-03T10:00:00Z"),
      act("2", "ann", "trade-show", "2026-03-04T10:00:00Z"),
    ];
    const targets = [tgt("t", "company", undefined, "trade-show", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 4)];
    expect(typeOf(activityRate(activities, { targets, period: MARCH }), "trade-show").rate.value?.toString()).toBe(
      "0.5",
    ); // 2 / 4
  });

  it("rejects types that are not an array of strings", () => {
    expect(() => activityRate([], { targets: [], period: MARCH, types: "call" as unknown as string[] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => activityRate([], { targets: [], period: MARCH, types: [1] as unknown as string[] })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("activityRate: asOf (settled details 3 and 5)", () => {
  const activities = [
    act("b", "ann", "call", "2026-03-16T11:59:59.999Z"),
    act("at", "ann", "call", "2026-03-16T12:00:00Z"),
    act("after", "ann", "call", "2026-03-20T09:00:00Z"),
    act("early", "ann", "call", "2026-03-02T09:00:00Z"),
  ];
  const targets = [tgt("t", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 31)];

  it("counts activities before asOf only, and divides by the whole period's target", () => {
    const result = activityRate(activities, { targets, period: MARCH, asOf: new Date("2026-03-16T12:00:00Z") });
    // "early" and "b" count; "at" is exactly at asOf (half-open) and "after" is later: 2 / 31.
    const call = typeOf(result, "call");
    expect(call.done).toBe(2);
    expect(call.target.toString()).toBe("31");
    expect(call.rate.value?.equals(new Dec(2).div(31))).toBe(true);
    expect(result.asOf?.toISOString()).toBe("2026-03-16T12:00:00.000Z");
  });

  it("does not raise short-window because asOf clips the count: the whole period is judged", () => {
    const result = activityRate(activities, { targets, period: MARCH, asOf: new Date("2026-03-03T00:00:00Z") });
    expect(typeOf(result, "call").done).toBe(1); // "early" only
    expect(result.warnings).toEqual([]);
  });

  it("counts nothing when asOf is at or before the start; all of the period when after the end", () => {
    expect(
      typeOf(activityRate(activities, { targets, period: MARCH, asOf: MARCH.start }), "call").rate.value?.toString(),
    ).toBe("0");
    expect(
      typeOf(activityRate(activities, { targets, period: MARCH, asOf: new Date("2026-05-01T00:00:00Z") }), "call").done,
    ).toBe(4);
  });

  it("rejects an invalid asOf", () => {
    expect(() => activityRate(activities, { targets, period: MARCH, asOf: new Date("nope") })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("activityRate: short-window (settled detail 13)", () => {
  it("is not raised for exactly 28 days, raised for 27 days or 1 ms less than 28", () => {
    const feb = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") }; // 28 days
    expect(activityRate([], { targets: [], period: feb }).warnings).toEqual([]);
    const days27 = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-02-28T00:00:00Z") };
    expect(activityRate([], { targets: [], period: days27 }).warnings.map((w) => w.code)).toEqual(["short-window"]);
    const almost = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-02-28T23:59:59.999Z") };
    expect(activityRate([], { targets: [], period: almost }).warnings.map((w) => w.code)).toEqual(["short-window"]);
  });

  it("counts calendar days of the reporting zone: 28 Paris days across the spring change are 28 days", () => {
    // [2026-03-01 00:00 CET, 2026-03-29 00:00 CEST) lasts 27 days 23 hours but spans 28 calendar days.
    const period = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-03-28T23:00:00Z") };
    expect(activityRate([], { targets: [], period, timeZone: "Europe/Paris" }).warnings).toEqual([]);
    // The same instants read in UTC are 28 days too (Feb 28 23:00 to Mar 28 23:00): also no warning.
    expect(activityRate([], { targets: [], period }).warnings).toEqual([]);
    // One Paris day shorter: 27 days.
    const shorter = { start: new Date("2026-02-28T23:00:00Z"), end: new Date("2026-03-27T23:00:00Z") };
    expect(
      activityRate([], { targets: [], period: shorter, timeZone: "Europe/Paris" }).warnings.map((w) => w.code),
    ).toEqual(["short-window"]);
  });

  it("counts calendar days even with dayCount business", () => {
    const feb = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") }; // 20 business days
    expect(activityRate([], { targets: [], period: feb, dayCount: "business" }).warnings).toEqual([]);
  });

  it("follows minWindowDays", () => {
    const week = { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-09T00:00:00Z") };
    expect(activityRate([], { targets: [], period: week }).warnings.map((w) => w.code)).toEqual(["short-window"]);
    expect(activityRate([], { targets: [], period: week, minWindowDays: 7 }).warnings).toEqual([]);
    expect(activityRate([], { targets: [], period: week, minWindowDays: 8 }).warnings.map((w) => w.code)).toEqual([
      "short-window",
    ]);
    expect(activityRate([], { targets: [], period: week, minWindowDays: 0 }).warnings).toEqual([]);
    expect(() => activityRate([], { targets: [], period: week, minWindowDays: -1 })).toThrow(InvalidArgumentError);
    expect(() => activityRate([], { targets: [], period: week, minWindowDays: Number.NaN })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("activityRate: targets and scopes (settled details 1 and 2)", () => {
  const activities = [
    act("1", "ann", "call", "2026-03-03T10:00:00Z"),
    act("2", "ann", "call", "2026-03-04T10:00:00Z"),
    act("3", "bob", "call", "2026-03-05T10:00:00Z"),
    act("4", "cid", "call", "2026-03-05T10:00:00Z"),
  ];
  const sellerTargets = [
    tgt("t-ann", "seller", "ann", "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 4),
    tgt("t-bob", "seller", "bob", "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 4),
  ];

  it("a team's figure does not roll up its sellers' targets", () => {
    const result = activityRate(activities, {
      targets: sellerTargets,
      period: MARCH,
      scope: { level: "team", teamId: "north" },
      sellers: ROSTER,
    });
    const call = typeOf(result, "call");
    expect(call.done).toBe(3); // ann 2 + bob 1; cid is in team south
    expect(call.rate.value).toBeNull();
    expect(call.rate.reason).toBe("no-target");
  });

  it("a team uses its own target", () => {
    const targets = [
      ...sellerTargets,
      tgt("t-north", "team", "north", "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 6),
    ];
    const result = activityRate(activities, {
      targets,
      period: MARCH,
      scope: { level: "team", teamId: "north" },
      sellers: ROSTER,
      explain: true,
    });
    expect(typeOf(result, "call").rate.value?.toString()).toBe("0.5"); // 3 / 6
    expect(result.explain?.byType[0]?.targetIds).toEqual(["t-north"]);
  });

  it("the company's figure does not use sellers' targets either", () => {
    expect(typeOf(activityRate(activities, { targets: sellerTargets, period: MARCH }), "call").rate.reason).toBe(
      "no-target",
    );
  });

  it("a seller's figure uses the seller's own targets and activities only", () => {
    const targets = [
      ...sellerTargets,
      tgt("t-co", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 100),
    ];
    const result = activityRate(activities, { targets, period: MARCH, scope: { level: "seller", sellerId: "ann" } });
    expect(typeOf(result, "call").rate.value?.toString()).toBe("0.5"); // 2 / 4
    expect(result.bySeller.map((seller) => seller.sellerId)).toEqual(["ann"]);
  });

  it("overlapping targets of one scope add up", () => {
    const targets = [
      tgt("t1", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 6),
      tgt("t2", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 2),
    ];
    expect(typeOf(activityRate(activities, { targets, period: MARCH }), "call").target.toString()).toBe("8"); // 6 + 2; rate 4 / 8
  });

  it("prorates an annual target in calendar days, or in business days on request", () => {
    const annual = [tgt("y", "company", undefined, "call", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 365)];
    // 365 x 31 / 365 = 31
    expect(typeOf(activityRate(activities, { targets: annual, period: MARCH }), "call").target.toString()).toBe("31");
    // 2026 has 261 business days (52 weeks x 5 + Thursday Jan 1); March 2026 has 22 (2-6, 9-13, 16-20, 23-27, 30-31).
    const businessAnnual = [
      tgt("y", "company", undefined, "call", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 261),
    ];
    expect(
      typeOf(
        activityRate(activities, { targets: businessAnnual, period: MARCH, dayCount: "business" }),
        "call",
      ).target.toString(),
    ).toBe("22");
  });

  it("refuses a partly overlapping target when proration is forbidden", () => {
    const quarter = [tgt("q", "company", undefined, "call", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 90)];
    expect(() => activityRate(activities, { targets: quarter, period: MARCH, proration: false })).toThrow(
      ProrationForbiddenError,
    );
    const inside = [tgt("m", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 8)];
    expect(
      typeOf(activityRate(activities, { targets: inside, period: MARCH, proration: false }), "call").target.toString(),
    ).toBe("8");
  });

  it("needs the roster for a team scope", () => {
    expect(() =>
      activityRate(activities, { targets: [], period: MARCH, scope: { level: "team", teamId: "north" } }),
    ).toThrow(InvalidArgumentError);
  });
});

describe("activityRate: sellers", () => {
  it("lists roster sellers in scope with zeros, then other owners by id; never drops an owner", () => {
    const activities = [
      act("1", "zoe", "call", "2026-03-03T10:00:00Z"),
      act("2", "amy", "call", "2026-03-03T10:00:00Z"),
      act("3", "bob", "call", "2026-03-03T10:00:00Z"),
    ];
    const result = activityRate(activities, { targets: [], period: MARCH, sellers: ROSTER });
    expect(result.bySeller.map((seller) => [seller.sellerId, seller.done])).toEqual([
      ["ann", 0],
      ["bob", 1],
      ["cid", 0],
      ["amy", 1],
      ["zoe", 1],
    ]);
    const team = activityRate(activities, {
      targets: [],
      period: MARCH,
      sellers: ROSTER,
      scope: { level: "team", teamId: "north" },
    });
    expect(team.bySeller.map((seller) => seller.sellerId)).toEqual(["ann", "bob"]); // amy and zoe have no team
  });

  it("lists a seller scope's seller even without activity", () => {
    const result = activityRate([], { targets: [], period: MARCH, scope: { level: "seller", sellerId: "ann" } });
    expect(result.bySeller).toEqual([{ sellerId: "ann", done: 0, byType: [] }]);
  });
});

describe("activityRate: ids that look like Object.prototype members", () => {
  it("works with __proto__ and constructor as seller ids and types", () => {
    const activities = [
      act("1", "__proto__", "constructor", "2026-03-03T10:00:00Z"),
      act("2", "__proto__", "__proto__", "2026-03-03T10:00:00Z"),
      act("3", "constructor", "constructor", "2026-03-03T10:00:00Z"),
      act("4", "constructor", "toString", "2026-03-03T10:00:00Z"),
    ];
    const targets = [
      tgt("t1", "seller", "__proto__", "constructor", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 2),
      tgt("t2", "company", undefined, "constructor", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 4),
    ];
    const company = activityRate(activities, {
      targets,
      period: MARCH,
      sellers: [{ id: "hasOwnProperty", name: "H" }],
    });
    expect(company.byType.map((entry) => [entry.type, entry.done])).toEqual([
      ["__proto__", 1],
      ["constructor", 2],
      ["toString", 1],
    ]);
    expect(typeOf(company, "constructor").rate.value?.toString()).toBe("0.5"); // 2 / 4
    expect(company.bySeller.map((seller) => [seller.sellerId, seller.done])).toEqual([
      ["hasOwnProperty", 0],
      ["__proto__", 2],
      ["constructor", 2],
    ]);
    const proto = activityRate(activities, {
      targets,
      period: MARCH,
      scope: { level: "seller", sellerId: "__proto__" },
    });
    expect(typeOf(proto, "constructor").rate.value?.toString()).toBe("0.5"); // 1 / 2
    expect(resultFromJSON(ActivityRateResultSchema, JSON.stringify(company))).toEqual(company);
  });
});

describe("activityRate: explain", () => {
  it("lists activity ids per type by date then id, and the targets used", () => {
    const activities = [
      act("z", "ann", "call", "2026-03-03T10:00:00Z"),
      act("b", "ann", "call", "2026-03-02T10:00:00Z"),
      act("a", "bob", "call", "2026-03-03T10:00:00Z"),
      act("p", "bob", "call", "2026-03-03T10:00:00Z", "planned"),
    ];
    const targets = [tgt("t", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 3)];
    const result = activityRate(activities, { targets, period: MARCH, explain: true, types: ["demo"] });
    expect(result.explain).toEqual({
      byType: [
        { type: "demo", activityIds: [], targetIds: [] },
        { type: "call", activityIds: ["b", "a", "z"], targetIds: ["t"] },
      ],
    });
  });
});

describe("activityRate: options", () => {
  it("rejects an invalid period, zone or day count", () => {
    expect(() => activityRate([], { targets: [], period: { start: MARCH.end, end: MARCH.start } })).toThrow(
      InvalidArgumentError,
    );
    expect(() => activityRate([], { targets: [], period: MARCH, timeZone: "Mars/Olympus" })).toThrow(
      InvalidArgumentError,
    );
    expect(() => activityRate([], { targets: [], period: MARCH, dayCount: "lunar" as "calendar" })).toThrow(
      InvalidArgumentError,
    );
    expect(() => activityRate([], undefined as unknown as { period: typeof MARCH; targets: [] })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("activityRate: JSON", () => {
  it("round-trips through JSON with resultFromJSON", () => {
    const activities = [
      act("1", "ann", "call", "2026-03-03T10:00:00Z"),
      act("2", "bob", "email", "2026-03-03T10:00:00Z"),
      act("3", "bob", "demo", "2026-03-20T10:00:00Z"),
    ];
    const targets = [
      tgt("t1", "company", undefined, "call", "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", 7),
      tgt("t2", "company", undefined, "email", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 0),
    ];
    for (const explain of [false, true]) {
      const result = activityRate(activities, {
        targets,
        period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-03-15T00:00:00Z") },
        asOf: new Date("2026-03-10T00:00:00Z"),
        sellers: ROSTER,
        explain,
      });
      const back = resultFromJSON(ActivityRateResultSchema, JSON.stringify(result));
      expect(back).toEqual(result);
      expect("explain" in back).toBe(explain);
      // 14 days < 28; call target 7 x 14 / 90 (a non-terminating decimal) survives the trip digit for digit
      expect(back.warnings.map((w) => w.code)).toEqual(["short-window"]);
      expect(back.byType[0]?.target.toString()).toBe(result.byType[0]?.target.toString());
      expect(back.byType[0]?.target.equals(new Dec(98).div(90))).toBe(true);
    }
  });
});
