import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import type { Activity, ActivityTarget } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { activityRate } from "./activityRate.js";
import { activityRateSeries, ActivityRateSeriesResultSchema } from "./activityRateSeries.js";

const act = (
  id: string,
  ownerId: string,
  type: string,
  date: string,
  status: Activity["status"] = "done",
): Activity => ({
  id,
  ownerId,
  type,
  date: new Date(date),
  status,
});

// March 2026: Monday 2 March starts ISO week 10; weeks 10 and 11 end on Monday 16 March.
const range = { start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-03-16T00:00:00Z") };
const activities: Activity[] = [
  act("a1", "ana", "call", "2026-03-02T09:00:00Z"),
  act("a2", "ana", "call", "2026-03-10T09:00:00Z"),
  act("a3", "ben", "visit", "2026-03-11T09:00:00Z"),
  act("a4", "ben", "visit", "2026-03-12T09:00:00Z", "planned"),
  act("a5", "ana", "call", "2026-03-16T00:00:00Z"), // first instant after the range
  act("a6", "ana", "call", "2026-03-01T23:59:59Z"), // last instant before it
];
const targets: ActivityTarget[] = [
  // 14 calls over the two weeks: 7 a week after proration (7 of 14 days each).
  { id: "t1", level: "company", type: "call", start: range.start, end: range.end, count: new Dec(14) },
];

describe("activityRateSeries", () => {
  const series = activityRateSeries(activities, { targets, range });

  it("splits the range into ISO weeks and counts done activities in each (worked by hand)", () => {
    expect(series.grain).toBe("week");
    expect(series.buckets.map((bucket) => [bucket.label, bucket.totalDone])).toEqual([
      ["2026-W10", 1],
      ["2026-W11", 2],
    ]);
    expect(series.buckets[1]?.bySeller).toEqual([
      {
        sellerId: "ana",
        done: 1,
        byType: [
          { type: "call", done: 1 },
          { type: "visit", done: 0 },
        ],
      },
      {
        sellerId: "ben",
        done: 1,
        byType: [
          { type: "call", done: 0 },
          { type: "visit", done: 1 },
        ],
      },
    ]);
  });

  it("prorates targets per bucket: 1 call of 7 in week 10 is a rate of 1/7", () => {
    const calls = series.buckets[0]?.byType.find((type) => type.type === "call");
    expect(calls?.target.toString()).toBe("7");
    expect(calls?.rate.value?.equals(new Dec(1).div(7))).toBe(true);
    expect(series.buckets[0]?.warnings.map((w) => w.code)).toEqual(["short-window"]);
  });

  it("gives each bucket exactly what activityRate gives over that bucket, and the total over the range", () => {
    for (const bucket of series.buckets) {
      const { label: _label, ...figures } = bucket;
      expect(figures).toStrictEqual(activityRate(activities, { targets, period: bucket.period }));
    }
    expect(series.total).toStrictEqual(activityRate(activities, { targets, period: range }));
    expect(series.total.totalDone).toBe(3);
  });

  it("honours asOf: activities at or after it are not counted", () => {
    const clipped = activityRateSeries(activities, { targets, range, asOf: new Date("2026-03-10T09:00:00Z") });
    expect(clipped.buckets.map((bucket) => bucket.totalDone)).toEqual([1, 0]);
    expect(clipped.asOf?.toISOString()).toBe("2026-03-10T09:00:00.000Z");
  });

  it("works by month and with a seller scope", () => {
    const monthly = activityRateSeries(activities, {
      targets: [],
      range,
      grain: "month",
      scope: { level: "seller", sellerId: "ben" },
    });
    expect(monthly.buckets.map((bucket) => [bucket.label, bucket.totalDone])).toEqual([["2026-03", 1]]);
  });

  it("survives a JSON round trip", () => {
    const back = resultFromJSON(ActivityRateSeriesResultSchema, JSON.stringify(series));
    // Same JSON value (the schema may order keys differently).
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(series)));
  });

  it("rejects a bad range or grain with a typed error", () => {
    expect(() => activityRateSeries(activities, { targets, range: { start: range.end, end: range.start } })).toThrow(
      /range|period/,
    );
    expect(() => activityRateSeries(activities, { targets, range, grain: "fortnight" as "week" })).toThrow(/grain/);
  });
});
