import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Activity, ActivityTarget, Seller, TargetLevel } from "../../model/types.js";
import { rollUpTargets } from "../../model/rollUpTargets.js";
import { toDecimal } from "../../money/decimal.js";
import { activityRate, ActivityRateResultSchema } from "./activityRate.js";
import { activityRateGrouped } from "./activityRateGrouped.js";
import { activityRateSeries } from "./activityRateSeries.js";

// Pace in a running period and the targets-below-scope warning. Every expected value is worked by
// hand; the arithmetic is in the comments.

function calls(ownerId: string, count: number, date: string, prefix = ownerId): Activity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    ownerId,
    type: "call",
    date: new Date(date),
    status: "done" as const,
  }));
}

function tgt(
  id: string,
  level: TargetLevel,
  scopeId: string | undefined,
  type: string,
  start: string,
  end: string,
  count: number,
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

const MAY = { start: new Date("2026-05-01T00:00:00Z"), end: new Date("2026-06-01T00:00:00Z") };
const MAY_11 = new Date("2026-05-11T00:00:00Z"); // 10 of May's 31 days elapsed
const ROSTER: Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "north" },
  { id: "cid", teamId: "south" },
];

describe("activityRate in a running period: judged on pace (the issue's 11 May case)", () => {
  // Each seller has 31 calls to make in May. By 11 May (10/31 of the month) the expected count is
  // 31 x 10/31 = 10. Ann made 10 calls (pace 1: good), Bob 8 (pace 0.8: watch), Cid 5 (pace 0.5:
  // alert). Judged on the rate to date (10/31, 8/31, 5/31) all three would be alert.
  const activities = [
    ...calls("ann", 10, "2026-05-04T09:00:00Z"),
    ...calls("bob", 8, "2026-05-05T09:00:00Z"),
    ...calls("cid", 5, "2026-05-06T09:00:00Z"),
    ...calls("ann", 3, "2026-05-12T09:00:00Z", "late"),
  ];
  const targets = ["ann", "bob", "cid"].map((seller) =>
    tgt(`t-${seller}`, "seller", seller, "call", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 31),
  );

  it("judges each seller on pace, not on the whole period's target", () => {
    const grouped = activityRateGrouped(activities, {
      period: MAY,
      targets,
      asOf: MAY_11,
      groupBy: "seller",
      sellers: ROSTER,
    });
    expect(grouped.groups.map((group) => [group.key, group.result.status])).toEqual([
      ["ann", "good"],
      ["bob", "watch"],
      ["cid", "alert"],
    ]);
    const ann = grouped.groups[0]?.result;
    expect(ann?.statusBasis).toBe("pace");
    expect(ann?.closed).toBe(false);
    expect(ann?.elapsedFraction.equals(new Dec(10).div(31))).toBe(true);
    // The rate stays done to date over the whole target: 10 / 31 (the calls of 12 May are after asOf).
    expect(ann?.overall.value?.equals(new Dec(10).div(31))).toBe(true);
    expect(ann?.expectedToDate.toString()).toBe("10"); // 31 x 10/31
    expect(ann?.pace).toEqual({ value: new Dec(1), reason: null, numerator: new Dec(10), denominator: new Dec(10) });
    const bob = grouped.groups[1]?.result;
    expect(bob?.byType[0]?.pace.value?.toString()).toBe("0.8"); // 8 / 10
    expect(bob?.byType[0]?.status).toBe("watch");
    expect(bob?.byType[0]?.expectedToDate.toString()).toBe("10");
  });

  it("judges a closed period on the rate (statusBasis attainment), with or without asOf", () => {
    for (const asOf of [undefined, MAY.end, new Date("2026-07-01T00:00:00Z")]) {
      const ann = activityRate(activities, {
        period: MAY,
        targets,
        scope: { level: "seller", sellerId: "ann" },
        ...(asOf === undefined ? {} : { asOf }),
      });
      expect(ann.closed).toBe(true);
      expect(ann.statusBasis).toBe("attainment");
      expect(ann.elapsedFraction.toString()).toBe("1");
      // 13 calls of 31: rate 0.419..., alert; the pace equals the rate when closed.
      expect(ann.overall.value?.equals(new Dec(13).div(31))).toBe(true);
      expect(ann.pace.value?.equals(new Dec(13).div(31))).toBe(true);
      expect(ann.status).toBe("alert");
    }
  });

  it("a period not started yet has no pace and no status (reason not-started, which wins over no-target)", () => {
    const early = activityRate(activities, { period: MAY, targets: [], asOf: MAY.start });
    expect(early.elapsedFraction.toString()).toBe("0");
    expect(early.statusBasis).toBe("pace");
    expect(early.pace).toEqual({ value: null, reason: "not-started", numerator: new Dec(0), denominator: new Dec(0) });
    expect(early.status).toBeNull();
    expect(early.statusReason).toBe("not-started");
    // Running, with no target of its own: the company's pace is null with no-target.
    const company = activityRate(activities, { period: MAY, targets, asOf: MAY_11 });
    expect(company.pace.reason).toBe("no-target");
    expect(company.statusReason).toBe("no-target");
    expect(company.byType[0]?.statusReason).toBe("no-target");
  });

  it("counts business days for the elapsed fraction with dayCount business", () => {
    // March 2026 has 22 business days; by Saturday 7 March, 5 have passed (2-6 March): elapsed 5/22.
    // A company target of 22 calls for March: expected 22 x 5/22 = 5; 5 calls done: pace 1, good.
    const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
    const result = activityRate(calls("ann", 5, "2026-03-03T09:00:00Z"), {
      period: march,
      targets: [tgt("t", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 22)],
      asOf: new Date("2026-03-07T00:00:00Z"),
      dayCount: "business",
    });
    expect(result.elapsedFraction.equals(new Dec(5).div(22))).toBe(true);
    expect(result.expectedToDate.toString()).toBe("5");
    expect(result.pace.value?.toString()).toBe("1");
    expect(result.status).toBe("good");
    // The same in calendar days: 6 of 31 days, expected 22 x 6/31 = 4.258..., pace 5 / (132/31) = 155/132.
    const calendar = activityRate(calls("ann", 5, "2026-03-03T09:00:00Z"), {
      period: march,
      targets: [tgt("t", "company", undefined, "call", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 22)],
      asOf: new Date("2026-03-07T00:00:00Z"),
    });
    expect(calendar.pace.value?.equals(new Dec(155).div(132))).toBe(true);
  });

  it("round-trips the pace fields through JSON", () => {
    const result = activityRate(activities, {
      period: MAY,
      targets,
      asOf: MAY_11,
      scope: { level: "seller", sellerId: "bob" },
    });
    expect(resultFromJSON(ActivityRateResultSchema, JSON.stringify(result))).toEqual(result);
  });
});

describe("activityRateSeries: each bucket judged on its own elapsed fraction", () => {
  it("closed weeks on the rate, the week holding asOf on pace, later weeks not started", () => {
    // Weeks W10 [2 Mar, 9 Mar), W11 [9, 16), W12 [16, 23); asOf Thursday 12 March 00:00: W11 has 3/7 elapsed.
    // Company target of 7 calls a week over the three weeks (21 over [2 Mar, 23 Mar)).
    const activities = [
      ...calls("ann", 7, "2026-03-03T09:00:00Z", "w10"),
      ...calls("ann", 3, "2026-03-10T09:00:00Z", "w11"),
    ];
    const series = activityRateSeries(activities, {
      range: { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-23T00:00:00Z") },
      targets: [tgt("t", "company", undefined, "call", "2026-03-02T00:00:00Z", "2026-03-23T00:00:00Z", 21)],
      asOf: new Date("2026-03-12T00:00:00Z"),
      minWindowDays: 7,
    });
    const [w10, w11, w12] = series.buckets;
    // W10: 7 of 7, closed: rate 1, good.
    expect([w10?.label, w10?.statusBasis, w10?.overall.value?.toString(), w10?.status]).toEqual([
      "2026-W10",
      "attainment",
      "1",
      "good",
    ]);
    // W11: 3 done, expected 7 x 3/7 = 3: pace 1, good (its rate to date, 3/7, would be alert).
    expect([w11?.statusBasis, w11?.expectedToDate.toString(), w11?.pace.value?.toString(), w11?.status]).toEqual([
      "pace",
      "3",
      "1",
      "good",
    ]);
    // W12: starts after asOf: nothing elapsed.
    expect([w12?.statusBasis, w12?.pace.reason, w12?.status, w12?.statusReason]).toEqual([
      "pace",
      "not-started",
      null,
      "not-started",
    ]);
    // Total: 10 done; 10 of 21 days elapsed: expected 21 x 10/21 = 10: pace 1.
    expect([
      series.total.statusBasis,
      series.total.expectedToDate.toString(),
      series.total.pace.value?.toString(),
    ]).toEqual(["pace", "10", "1"]);
  });
});

describe("activityRate: targets-below-scope warning (settled detail 1)", () => {
  const activities = [...calls("ann", 2, "2026-05-04T09:00:00Z"), ...calls("cid", 1, "2026-05-04T09:00:00Z")];
  const sellerCalls = [
    tgt("t-ann", "seller", "ann", "call", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 4),
    tgt("t-bob", "seller", "bob", "call", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 4),
  ];
  const codes = (result: { readonly warnings: readonly { readonly code: string }[] }): string[] =>
    result.warnings.map((warning) => warning.code);

  it("warns a company whose only targets are its sellers', instead of a silent no-target", () => {
    const result = activityRate(activities, { period: MAY, targets: sellerCalls });
    expect(result.overall.reason).toBe("no-target");
    expect(result.warnings).toEqual([
      {
        code: "targets-below-scope",
        message:
          'no activity target is set at this scope\'s own level over the period for type(s) "call"; 2 target(s) set for its sellers or teams overlap it but never roll up (docs/specification.md, settled detail 1): sum them into a target at this level to use them (rollUpTargets)',
      },
    ]);
  });

  it("warns a team for its own sellers' targets only", () => {
    const north = activityRate(activities, {
      period: MAY,
      targets: sellerCalls,
      scope: { level: "team", teamId: "north" },
      sellers: ROSTER,
    });
    expect(codes(north)).toEqual(["targets-below-scope"]);
    expect(north.warnings[0]?.message).toContain("2 target(s)"); // ann's and bob's
    // Team south (cid) has no seller target: nothing to warn about.
    const south = activityRate(activities, {
      period: MAY,
      targets: sellerCalls,
      scope: { level: "team", teamId: "south" },
      sellers: ROSTER,
    });
    expect(codes(south)).toEqual([]);
  });

  it("warns the company for team targets too, and names only the types without a target of its own", () => {
    const targets = [
      ...sellerCalls,
      tgt("t-co", "company", undefined, "call", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 8),
      tgt("t-north-visit", "team", "north", "visit", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 3),
      tgt("t-ann-demo", "seller", "ann", "demo", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", 3),
    ];
    const result = activityRate(activities, { period: MAY, targets });
    expect(result.overall.value?.toString()).toBe("0.375"); // 3 calls / 8
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'no activity target is set at this scope\'s own level over the period for type(s) "demo", "visit"; 2 target(s) set for its sellers or teams overlap it but never roll up (docs/specification.md, settled detail 1): sum them into a target at this level to use them (rollUpTargets)',
    ]);
  });

  it("does not warn a seller, nor for targets that do not overlap the period, nor once rolled up", () => {
    expect(
      codes(
        activityRate(activities, { period: MAY, targets: sellerCalls, scope: { level: "seller", sellerId: "ann" } }),
      ),
    ).toEqual([]);
    const april = [tgt("t-apr", "seller", "ann", "call", "2026-04-01T00:00:00Z", "2026-05-01T00:00:00Z", 4)];
    expect(codes(activityRate(activities, { period: MAY, targets: april }))).toEqual([]);
    const rolled = rollUpTargets(sellerCalls, { to: "company" }).targets;
    const company = activityRate(activities, { period: MAY, targets: [...sellerCalls, ...rolled] });
    expect(codes(company)).toEqual([]);
    expect(company.overall.value?.toString()).toBe("0.375"); // 3 / (4 + 4)
  });

  it("warns a team group of activityRateGrouped, not its seller groups", () => {
    const byTeam = activityRateGrouped(activities, {
      period: MAY,
      targets: sellerCalls,
      groupBy: "team",
      sellers: ROSTER,
    });
    expect(byTeam.groups.map((group) => [group.key, codes(group.result)])).toEqual([
      ["north", ["targets-below-scope"]],
      ["south", []],
    ]);
    const bySeller = activityRateGrouped(activities, {
      period: MAY,
      targets: sellerCalls,
      groupBy: "seller",
      sellers: ROSTER,
    });
    expect(bySeller.groups.every((group) => group.result.warnings.length === 0)).toBe(true);
  });

  it("lists short-window before targets-below-scope", () => {
    const week = { start: new Date("2026-05-04T00:00:00Z"), end: new Date("2026-05-11T00:00:00Z") };
    const result = activityRate(activities, { period: week, targets: sellerCalls });
    expect(result.warnings).toEqual([
      {
        code: "short-window",
        message:
          "the period lasts 7 calendar day(s), shorter than minWindowDays (28): the article warns against judging activity on too short a window; judge on a longer period or a rollingWindow",
      },
      expect.objectContaining({ code: "targets-below-scope" }),
    ]);
  });
});

describe("activityRate: the targets option", () => {
  it("rejects targets that are not an array", () => {
    for (const run of [
      () => activityRate([], { period: MAY, targets: undefined as never }),
      () => activityRateSeries([], { range: MAY, targets: null as never }),
      () => activityRateGrouped([], { period: MAY, targets: "t" as never, groupBy: "seller" }),
    ]) {
      expect(run).toThrow(InvalidArgumentError);
    }
    expect(() => activityRate([], { period: MAY, targets: {} as never })).toThrow(
      "targets must be an array of activity targets (pass [] for none), got object",
    );
  });
});
