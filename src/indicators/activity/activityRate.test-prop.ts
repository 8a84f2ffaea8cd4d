import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Activity, ActivityTarget, Seller } from "../../model/types.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { Dec } from "../../money/dec.js";
import { isZero } from "../../money/rational.js";
import { daysBetween } from "../../period/dayCount.js";
import { toDecimal } from "../../money/decimal.js";
import type { Scope } from "../types.js";
import { activityRate, type ActivityRateOptions } from "./activityRate.js";
import { activityRateGrouped } from "./activityRateGrouped.js";
import { activityRateSettings } from "./_activityRateCore.js";
import { activityRateGroupsOf, activityRateOf, activityRateSeriesOf } from "./_activityRateFigures.js";
import { checkActivityWindow } from "./_window.js";
import { splitRange } from "../../period/splitRange.js";
import { activityColumnsOf } from "../../table/_columns.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";

const PERIOD = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const FROM = Date.parse("2026-02-10T00:00:00Z");
const TO = Date.parse("2026-04-20T00:00:00Z");
const OWNERS = ["ann", "bob", "cid", "dan", "__proto__", "constructor"];
const TYPES = ["call", "email", "demo", "visit", "__proto__", "custom"];
const ROSTER: Seller[] = [
  { id: "ann", name: "Ann", teamId: "north" },
  { id: "bob", name: "Bob", teamId: "north" },
  { id: "__proto__", name: "Proto", teamId: "south" },
  { id: "eve", name: "Eve", teamId: "south" },
];

const instant = fc.integer({ min: FROM, max: TO }).map((t) => new Date(t));

const activityArb = fc.record({
  ownerId: fc.constantFrom(...OWNERS),
  type: fc.constantFrom(...TYPES),
  date: instant,
  status: fc.constantFrom("done" as const, "done" as const, "planned" as const, "cancelled" as const),
});

const activitiesArb = fc
  .array(activityArb, { maxLength: 40 })
  .map((list): Activity[] => list.map((activity, index) => ({ id: `a${index}`, ...activity })));

const targetArb = fc
  .record({
    level: fc.constantFrom("company" as const, "seller" as const, "team" as const),
    seller: fc.constantFrom(...OWNERS),
    team: fc.constantFrom("north", "south"),
    type: fc.constantFrom(...TYPES),
    a: fc.integer({ min: FROM, max: TO }),
    b: fc.integer({ min: FROM, max: TO }),
    count: fc.integer({ min: 0, max: 60 }),
  })
  .filter((t) => t.a !== t.b)
  .map((t) => ({
    level: t.level,
    ...(t.level === "company" ? {} : { scopeId: t.level === "seller" ? t.seller : t.team }),
    type: t.type,
    start: new Date(Math.min(t.a, t.b)),
    end: new Date(Math.max(t.a, t.b)),
    count: toDecimal(t.count),
  }));

const targetsArb = fc
  .array(targetArb, { maxLength: 8 })
  .map((list): ActivityTarget[] => list.map((target, index) => ({ id: `t${index}`, ...target })));

const scopeArb: fc.Arbitrary<Scope> = fc.constantFrom<Scope>(
  { level: "company" },
  { level: "team", teamId: "north" },
  { level: "team", teamId: "south" },
  { level: "seller", sellerId: "ann" },
  { level: "seller", sellerId: "__proto__" },
);

const asOfArb = fc.option(instant, { nil: undefined });

function options(
  targets: readonly ActivityTarget[],
  scope: Scope,
  asOf: Date | undefined,
  extra: Partial<ActivityRateOptions> = {},
): ActivityRateOptions {
  return { period: PERIOD, targets, scope, sellers: ROSTER, ...(asOf === undefined ? {} : { asOf }), ...extra };
}

test.prop([activitiesArb, targetsArb, scopeArb, asOfArb], { numRuns: 100 })(
  "per-seller done counts add up to the scope's counts, per type and in total",
  (activities, targets, scope, asOf) => {
    const result = activityRate(activities, options(targets, scope, asOf));
    result.byType.forEach((entry, index) => {
      const sum = result.bySeller.reduce((acc, seller) => acc + (seller.byType[index]?.done ?? 0), 0);
      expect(sum).toBe(entry.done);
    });
    expect(result.bySeller.reduce((acc, seller) => acc + seller.done, 0)).toBe(result.totalDone);
    expect(result.byType.reduce((acc, entry) => acc + entry.done, 0)).toBe(result.totalDone);
  },
);

test.prop([activitiesArb, targetsArb, asOfArb], { numRuns: 100 })(
  "seller groups add up to the company's done counts",
  (activities, targets, asOf) => {
    const company = activityRate(activities, options(targets, { level: "company" }, asOf));
    const grouped = activityRateGrouped(activities, {
      period: PERIOD,
      targets,
      sellers: ROSTER,
      groupBy: "seller",
      ...(asOf === undefined ? {} : { asOf }),
    });
    expect(grouped.groups.reduce((acc, group) => acc + group.result.totalDone, 0)).toBe(company.totalDone);
  },
);

test.prop([activitiesArb, targetsArb, scopeArb, asOfArb, fc.boolean()], { numRuns: 100 })(
  "input order changes nothing",
  (activities, targets, scope, asOf, explain) => {
    const result = activityRate(activities, options(targets, scope, asOf, { explain }));
    const reversed = activityRate([...activities].reverse(), options([...targets].reverse(), scope, asOf, { explain }));
    const rotated = activityRate(
      [...activities.slice(3), ...activities.slice(0, 3)],
      options([...targets.slice(1), ...targets.slice(0, 1)], scope, asOf, { explain }),
    );
    expect(reversed).toEqual(result);
    expect(rotated).toEqual(result);
  },
);

test.prop([activitiesArb, targetsArb, scopeArb, asOfArb, activitiesArb], { numRuns: 100 })(
  "records outside the window (dated out of [start, min(end, asOf)), not done, or not in scope) change nothing",
  (activities, targets, scope, asOf, extra) => {
    const result = activityRate(activities, options(targets, scope, asOf));
    const windowEnd = Math.min(PERIOD.end.getTime(), asOf?.getTime() ?? Number.POSITIVE_INFINITY);
    const outside = extra
      .map((activity, index) => ({ ...activity, id: `x${index}` }))
      .filter((activity) => {
        const time = activity.date.getTime();
        const inWindow = time >= PERIOD.start.getTime() && time < windowEnd;
        const inScope =
          scope.level === "company" ||
          (scope.level === "seller"
            ? activity.ownerId === scope.sellerId
            : ROSTER.some((s) => s.id === activity.ownerId && s.teamId === scope.teamId));
        return !inWindow || activity.status !== "done" || !inScope;
      });
    const nonOverlapping: ActivityTarget[] = [
      {
        id: "late",
        level: "company",
        type: "call",
        start: PERIOD.end,
        end: new Date("2026-05-01T00:00:00Z"),
        count: toDecimal(9),
      },
      {
        id: "early",
        level: "company",
        type: "email",
        start: new Date("2026-02-01T00:00:00Z"),
        end: PERIOD.start,
        count: toDecimal(9),
      },
    ];
    const withOutside = activityRate(
      [...outside, ...activities],
      options([...nonOverlapping, ...targets], scope, asOf),
    );
    expect(withOutside).toEqual(result);
  },
);

test.prop([activitiesArb, targetsArb, scopeArb, asOfArb], { numRuns: 100 })(
  "each rate is done / prorated target, and the overall rate lies between the smallest and largest type rate",
  (activities, targets, scope, asOf) => {
    const result = activityRate(activities, options(targets, scope, asOf));
    const rates = result.byType.flatMap((entry) => (entry.rate.value === null ? [] : [entry.rate.value]));
    for (const entry of result.byType) {
      expect(entry.rate.numerator.toNumber()).toBe(entry.done);
      expect(entry.rate.denominator.equals(entry.target)).toBe(true);
      expect(entry.rate.value === null).toBe(entry.target.isZero());
    }
    if (rates.length === 0) {
      expect(result.overall.value).toBeNull();
      return;
    }
    const overall = result.overall.value;
    expect(overall).not.toBeNull();
    const min = rates.reduce((a, b) => (a.lessThan(b) ? a : b));
    const max = rates.reduce((a, b) => (a.greaterThan(b) ? a : b));
    // allow the last rounded digit of the divisions
    const slack = new Dec("1e-50");
    expect(overall?.greaterThanOrEqualTo(min.minus(slack))).toBe(true);
    expect(overall?.lessThanOrEqualTo(max.plus(slack))).toBe(true);
  },
);

test.prop([activitiesArb, targetsArb, scopeArb, asOfArb, fc.constantFrom("calendar" as const, "business" as const)], {
  numRuns: 100,
})(
  "pace = rate / elapsed fraction; a closed period is judged on the rate, a running one on the pace",
  (activities, targets, scope, asOf, dayCount) => {
    let result: ReturnType<typeof activityRate>;
    try {
      result = activityRate(activities, options(targets, scope, asOf, { dayCount }));
    } catch (error) {
      // Prorating in business days over a target that holds none is refused (period/overlap.ts):
      // only that error, only then.
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toMatch(/has no business day to prorate over/);
      expect(dayCount).toBe("business");
      expect(
        targets.some((target) => isZero(daysBetween("UTC", target.start.getTime(), target.end.getTime(), "business"))),
      ).toBe(true);
      return;
    }
    const closed = asOf === undefined || asOf.getTime() >= PERIOD.end.getTime();
    expect(result.closed).toBe(closed);
    expect(result.statusBasis).toBe(closed ? "attainment" : "pace");
    if (closed) expect(result.elapsedFraction.toString()).toBe("1");
    const slack = new Dec("1e-45");
    for (const figure of [
      ...result.byType.map((entry) => ({
        rate: entry.rate,
        pace: entry.pace,
        status: entry.status,
        statusReason: entry.statusReason,
      })),
      { ...result, rate: result.overall },
    ]) {
      if (result.elapsedFraction.isZero()) {
        expect(figure.pace.reason).toBe("not-started");
      } else if (figure.rate.value === null) {
        expect(figure.pace.reason).toBe("no-target");
      } else {
        expect(
          figure.pace.value?.times(result.elapsedFraction).minus(figure.rate.value).abs().lessThanOrEqualTo(slack),
        ).toBe(true);
      }
      const basis = closed ? figure.rate : figure.pace;
      expect(figure.statusReason).toBe(basis.reason);
      if (basis.value === null) expect(figure.status).toBeNull();
      else
        expect(figure.status).toBe(
          basis.value.greaterThanOrEqualTo(1) ? "good" : basis.value.greaterThanOrEqualTo("0.8") ? "watch" : "alert",
        );
    }
  },
);

/** The result of `run`, or the error it throws (to compare two calls that may both throw). */
function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    return { error };
  }
}

const groupByArb = fc.constantFrom("seller" as const, "team" as const);
const maybeBadArb = fc.constantFrom<Partial<ActivityRateOptions>>(
  {},
  {},
  {},
  { minWindowDays: -1 },
  { types: ["call", "custom", "call"] },
  { thresholds: { good: "0.5", watch: "0.9" } },
  { proration: false },
  { dayCount: "business" },
  { thresholds: { good: "1.2", watch: "0.5" } },
  { targets: null as never },
);

test.prop([activitiesArb, targetsArb, scopeArb, asOfArb, fc.boolean(), maybeBadArb, groupByArb], { numRuns: 150 })(
  "the columnar executor and the reference executor give the same result (or the same error), for the rate, the series and the groups",
  (activities, targets, scope, asOf, explain, extra, groupBy) => {
    const runners = [
      tableRunner({ activities: activityColumnsOf(activities, "activities") }),
      referenceRunner({ activities }),
    ];
    const same = (compute: (run: PlanRunner) => unknown): void => {
      const [onTable, onRecords] = runners.map((run) => outcome(() => compute(run)));
      expect(onTable).toEqual(onRecords);
    };
    const rateOptions = options(targets, scope, asOf, { explain, ...extra });
    same((run) => activityRateOf(run, activityRateSettings(rateOptions), checkActivityWindow(rateOptions)));
    const { period: _period, ...rest } = rateOptions;
    const range = checkActivityWindow({
      period: { start: new Date(FROM), end: new Date(TO) },
      ...(asOf === undefined ? {} : { asOf }),
    });
    const weeks = splitRange(range.period, "week");
    same((run) => activityRateSeriesOf(run, activityRateSettings(rest), range, weeks));
    const { scope: _scope, ...unscoped } = rateOptions;
    same((run) => activityRateGroupsOf(run, unscoped, groupBy, checkActivityWindow(rateOptions)));
  },
);
