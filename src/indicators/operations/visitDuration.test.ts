import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Activity } from "../../model/types.js";
import { activityTable } from "../../table/activityTable.js";
import type { Figure } from "../types.js";
import { visitDuration, visitDurationGrouped, VisitDurationResultSchema } from "./visitDuration.js";

// Worked by hand. No vendor publishes a worked example of the mean time per visit; the rule that
// items without a duration are left out of the mean is the one Google's Contact Center AI
// documents for its `averageDuration` ("calculated using only conversations that have a time
// duration"). Minutes are chosen so that every hour figure is exact (a multiple of 0.25 h).

const visit = (
  id: string,
  ownerId: string,
  date: string,
  durationMinutes: number | undefined,
  more: Partial<Activity> = {},
): Activity => ({
  id,
  ownerId,
  type: "visit",
  status: "done",
  date: new Date(date),
  ...(durationMinutes === undefined ? {} : { durationMinutes }),
  ...more,
});

const ACTIVITIES: Activity[] = [
  visit("a1", "ann", "2026-03-02T09:00:00Z", 60),
  visit("a2", "bob", "2026-03-05T09:00:00Z", 90),
  visit("a3", "ann", "2026-03-10T09:00:00Z", 180),
  visit("a4", "cy", "2026-03-20T09:00:00Z", 120),
  visit("a5", "bob", "2026-03-25T09:00:00Z", undefined), // done, no duration: counted, excluded
  visit("a6", "ann", "2026-03-26T09:00:00Z", 45, { status: "cancelled" }), // not time spent
  visit("a7", "ann", "2026-03-27T09:00:00Z", 30, { status: "planned" }), // not yet spent
  visit("a8", "bob", "2026-03-28T09:00:00Z", 30, { type: "meeting" }), // not a visit
  visit("a9", "bob", "2026-04-14T09:00:00Z", 45),
  visit("a10", "ann", "2026-05-01T00:00:00Z", 600), // at the range's end: outside (half-open)
  visit("a0", "ann", "2026-02-28T23:59:59Z", 600), // before the range
];
const RANGE = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const ROSTER = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "cy", teamId: "north" },
];

const show = (figure: Figure<string>): string =>
  figure.value === null ? `null:${figure.reason}` : figure.value.toString();

describe("visitDuration (indicator 2)", () => {
  it("gives the mean and median of done visits with a duration, per month, in hours", () => {
    // March: a1..a4 have 60 + 90 + 180 + 120 = 450 min = 7.5 h over 4 visits: mean 112.5 min =
    // 1.875 h; sorted 60, 90, 120, 180: an even count, median (90 + 120) / 2 = 105 min = 1.75 h.
    // a5 is a done visit without a duration: 5 visits, 4 with a duration, 1 without.
    // April: a9 alone, 45 min = 0.75 h.
    // Range: 495 min = 8.25 h over 5: mean 99 min = 1.65 h; sorted 45, 60, 90, 120, 180: median 90 min = 1.5 h.
    const result = visitDuration(ACTIVITIES, { range: RANGE });
    expect(result.durationUnit).toBe("hours");
    expect(result.grain).toBe("month");
    expect(
      result.buckets.map((b) => [
        b.label,
        b.visits,
        b.withDuration,
        b.withoutDuration,
        b.total.toString(),
        show(b.mean),
        show(b.median),
      ]),
    ).toEqual([
      ["2026-03", 5, 4, 1, "7.5", "1.875", "1.75"],
      ["2026-04", 1, 1, 0, "0.75", "0.75", "0.75"],
    ]);
    const { totals } = result;
    expect([totals.visits, totals.withDuration, totals.withoutDuration]).toEqual([6, 5, 1]);
    expect([totals.total.toString(), show(totals.mean), show(totals.median)]).toEqual(["8.25", "1.65", "1.5"]);
    expect(result.warnings).toEqual([]);
  });

  it("reports days of 24 hours on request", () => {
    // 720 and 360 minutes: 0.5 and 0.25 day, mean 540 min = 0.375 day, median the same (two values).
    const result = visitDuration(
      [visit("b1", "ann", "2026-03-03T08:00:00Z", 720), visit("b2", "ann", "2026-03-04T08:00:00Z", 360)],
      { range: RANGE, durationUnit: "days" },
    );
    expect(result.durationUnit).toBe("days");
    expect([result.totals.total.toString(), show(result.totals.mean), show(result.totals.median)]).toEqual([
      "0.75",
      "0.375",
      "0.375",
    ]);
  });

  it("is null with no-duration on an empty period and where no visit has a duration", () => {
    const empty = visitDuration([], { range: RANGE });
    expect(empty.totals).toMatchObject({ visits: 0, withDuration: 0, withoutDuration: 0 });
    expect(empty.totals.total.toString()).toBe("0");
    expect([show(empty.totals.mean), show(empty.totals.median)]).toEqual(["null:no-duration", "null:no-duration"]);
    // Only a5 (no duration) in this range: one visit, and still no mean.
    const blind = visitDuration(ACTIVITIES, {
      range: { start: new Date("2026-03-25T00:00:00Z"), end: new Date("2026-03-26T00:00:00Z") },
      grain: "day",
    });
    expect(blind.totals).toMatchObject({ visits: 1, withDuration: 0, withoutDuration: 1 });
    expect(show(blind.totals.mean)).toBe("null:no-duration");
  });

  it("counts a 0-minute visit as a duration like any other", () => {
    // 0 and 90: mean 45 min = 0.75 h, median 0.75 h.
    const result = visitDuration(
      [visit("c1", "ann", "2026-03-03T08:00:00Z", 0), visit("c2", "ann", "2026-03-04T08:00:00Z", 90)],
      { range: RANGE },
    );
    expect([result.totals.withDuration, show(result.totals.mean), show(result.totals.median)]).toEqual([
      2,
      "0.75",
      "0.75",
    ]);
  });

  it("stops at asOf (a visit at asOf is not counted) and says the range is partial", () => {
    // asOf = a3's instant: a1 and a2 only, (60 + 90) / 2 = 75 min = 1.25 h.
    const result = visitDuration(ACTIVITIES, { range: RANGE, asOf: new Date("2026-03-10T09:00:00Z") });
    expect([result.totals.visits, show(result.totals.mean)]).toEqual([2, "1.25"]);
    expect(result.buckets[1]?.visits).toBe(0);
    expect(result.warnings.map((w) => w.code)).toEqual(["partial-range"]);
    const before = visitDuration(ACTIVITIES, { range: RANGE, asOf: new Date("2026-02-01T00:00:00Z") });
    expect(before.totals.visits).toBe(0);
    expect(before.warnings.map((w) => w.code)).toEqual(["range-not-started"]);
    // asOf past the end cuts nothing and warns of nothing.
    const after = visitDuration(ACTIVITIES, { range: RANGE, asOf: new Date("2026-06-01T00:00:00Z") });
    expect([after.totals.visits, after.warnings]).toEqual([6, []]);
  });

  it("scopes to one seller and to one team", () => {
    // bob: a2 (90) and a5 (none) in March, a9 (45) in April: mean (90 + 45) / 2 = 67.5 min = 1.125 h.
    const bob = visitDuration(ACTIVITIES, { range: RANGE, scope: { level: "seller", sellerId: "bob" } });
    expect([bob.totals.visits, bob.totals.withDuration, show(bob.totals.mean)]).toEqual([3, 2, "1.125"]);
    // Team north = ann + cy: a1 (60), a3 (180), a4 (120): mean 360 / 3 = 120 min = 2 h, median 120 min = 2 h.
    const north = visitDuration(ACTIVITIES, {
      range: RANGE,
      scope: { level: "team", teamId: "north" },
      sellers: ROSTER,
    });
    expect([north.totals.visits, show(north.totals.mean), show(north.totals.median)]).toEqual([3, "2", "2"]);
  });

  it("groups by seller and by team, each group on its own visits", () => {
    const bySeller = visitDurationGrouped(ACTIVITIES, { range: RANGE, groupBy: "seller", sellers: [{ id: "dee" }] });
    // The roster's dee first (no visit), then the owners in order of first appearance.
    expect(bySeller.groups.map((g) => [g.key, g.result.totals.visits, show(g.result.totals.mean)])).toEqual([
      ["dee", 0, "null:no-duration"],
      ["ann", 2, "2"], // (60 + 180) / 2 = 120 min
      ["bob", 3, "1.125"],
      ["cy", 1, "2"],
    ]);
    const byTeam = visitDurationGrouped(ACTIVITIES, { range: RANGE, groupBy: "team", sellers: ROSTER });
    expect(byTeam.groups.map((g) => [g.key, g.result.totals.visits])).toEqual([
      ["north", 3],
      ["south", 3],
    ]);
  });

  it("places a visit by the local day of the reporting zone", () => {
    // 31 March 22:30Z is 1 April 00:30 in Paris (CEST, +02:00): March in UTC, April in Paris.
    const late = [visit("d1", "ann", "2026-03-31T22:30:00Z", 60)];
    expect(visitDuration(late, { range: RANGE }).buckets.map((b) => b.visits)).toEqual([1, 0]);
    const paris = {
      start: new Date("2026-02-28T23:00:00Z"), // 1 March 00:00 CET
      end: new Date("2026-04-30T22:00:00Z"), // 1 May 00:00 CEST
    };
    const result = visitDuration(late, { range: paris, timeZone: "Europe/Paris" });
    expect(result.buckets.map((b) => [b.label, b.visits])).toEqual([
      ["2026-03", 0],
      ["2026-04", 1],
    ]);
  });

  it("explains with the visits' ids, reads the same from a table, and reads back from JSON", () => {
    const options = { range: RANGE, explain: true };
    const result = visitDuration(ACTIVITIES, options);
    expect(result.explain?.buckets).toEqual([
      { label: "2026-03", activityIds: ["a1", "a2", "a3", "a4", "a5"] },
      { label: "2026-04", activityIds: ["a9"] },
    ]);
    expect(visitDuration(activityTable(ACTIVITIES), options)).toEqual(result);
    expect(resultFromJSON(VisitDurationResultSchema, JSON.stringify(result))).toEqual(result);
    expect("explain" in visitDuration(ACTIVITIES, { range: RANGE })).toBe(false);
  });

  it("rejects an unknown duration unit, prototype member names and objects included", () => {
    // Found by the fuzzing (test/reliability/operationsFuzz.ts): an object without a string form
    // threw a TypeError, and "toString" passed the check.
    const units: unknown[] = ["minutes", "toString", "__proto__", "constructor", Object.create(null), {}, 60];
    for (const durationUnit of units)
      expect(() => visitDuration([], { range: RANGE, durationUnit: durationUnit as never })).toThrow(
        InvalidArgumentError,
      );
  });
});
