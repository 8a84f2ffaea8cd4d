import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Activity, ActivityStatus, ActivityTarget, Seller, TargetLevel } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { activityRateGrouped, ActivityRateGroupedResultSchema } from "./activityRateGrouped.js";

// Worked by hand: the counts and rates are written next to each assertion.

function act(id: string, ownerId: string, type: string, date: string, status: ActivityStatus = "done"): Activity {
  return { id, ownerId, type, date: new Date(date), status };
}

function tgt(id: string, level: TargetLevel, scopeId: string | undefined, type: string, count: number): ActivityTarget {
  return {
    id,
    level,
    ...(scopeId === undefined ? {} : { scopeId }),
    type,
    start: new Date("2026-03-01T00:00:00Z"),
    end: new Date("2026-04-01T00:00:00Z"),
    count: toDecimal(count),
  };
}

const MARCH = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const ROSTER: Seller[] = [
  { id: "ann", name: "Ann", teamId: "north" },
  { id: "bob", name: "Bob", teamId: "north" },
  { id: "cid", name: "Cid", teamId: "south" },
];
const ACTIVITIES = [
  act("1", "ann", "call", "2026-03-03T10:00:00Z"),
  act("2", "ann", "call", "2026-03-04T10:00:00Z"),
  act("3", "bob", "call", "2026-03-05T10:00:00Z"),
  act("4", "dan", "call", "2026-03-05T10:00:00Z"),
  act("5", "eve", "call", "2026-03-05T10:00:00Z", "planned"),
  act("6", "fay", "call", "2026-02-05T10:00:00Z"),
];
const TARGETS = [
  tgt("t-ann", "seller", "ann", "call", 4),
  tgt("t-bob", "seller", "bob", "call", 2),
  tgt("t-north", "team", "north", "call", 12),
];

describe("activityRateGrouped", () => {
  it("by seller: roster sellers with zeros, then owners of counted activities; each with its own targets", () => {
    const grouped = activityRateGrouped(ACTIVITIES, {
      targets: TARGETS,
      period: MARCH,
      groupBy: "seller",
      sellers: ROSTER,
    });
    expect(grouped.indicator).toBe("activity-rate");
    expect(grouped.groupBy).toBe("seller");
    // eve has only a planned call and fay only a February one: no group.
    expect(grouped.groups.map((g) => [g.key, g.result.totalDone])).toEqual([
      ["ann", 2],
      ["bob", 1],
      ["cid", 0],
      ["dan", 1],
    ]);
    const [ann, bob, cid, dan] = grouped.groups;
    expect(ann?.result.scope).toEqual({ level: "seller", sellerId: "ann" });
    expect(ann?.result.overall.value?.toString()).toBe("0.5"); // 2 / 4
    expect(bob?.result.overall.value?.toString()).toBe("0.5"); // 1 / 2
    expect(cid?.result.overall.reason).toBe("no-target");
    expect(dan?.result.overall.reason).toBe("no-target");
  });

  it("by team: the team's own target, never the sum of its sellers' targets", () => {
    const grouped = activityRateGrouped(ACTIVITIES, {
      targets: TARGETS,
      period: MARCH,
      groupBy: "team",
      sellers: ROSTER,
    });
    expect(grouped.groups.map((g) => [g.key, g.result.totalDone])).toEqual([
      ["north", 3], // ann 2 + bob 1; dan has no team
      ["south", 0],
    ]);
    // north: 3 / 12 = 0.25 (not 3 / (4 + 2))
    expect(grouped.groups[0]?.result.overall.value?.toString()).toBe("0.25");
    expect(grouped.groups[0]?.result.bySeller.map((s) => s.sellerId)).toEqual(["ann", "bob"]);
  });

  it("checks groupBy and the roster", () => {
    expect(() => activityRateGrouped(ACTIVITIES, { targets: TARGETS, period: MARCH, groupBy: "team" })).toThrow(
      InvalidArgumentError,
    );
    expect(() =>
      activityRateGrouped(ACTIVITIES, {
        targets: TARGETS,
        period: MARCH,
        groupBy: "region" as "team",
        sellers: ROSTER,
      }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      activityRateGrouped(ACTIVITIES, {
        targets: TARGETS,
        period: { start: MARCH.end, end: MARCH.start },
        groupBy: "seller",
      }),
    ).toThrow(InvalidArgumentError);
  });

  it("round-trips through JSON", () => {
    const grouped = activityRateGrouped(ACTIVITIES, {
      targets: TARGETS,
      period: MARCH,
      groupBy: "seller",
      sellers: ROSTER,
      explain: true,
    });
    expect(resultFromJSON(ActivityRateGroupedResultSchema, JSON.stringify(grouped))).toEqual(grouped);
  });
});
