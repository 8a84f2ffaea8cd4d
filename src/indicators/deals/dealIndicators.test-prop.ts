import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../../money/dec.js";
import type { DealCloseDateChange, DealStageChange } from "../../model/dealHistory.js";
import type { Activity, Deal } from "../../model/types.js";
import { activityColumnsOf, dealColumnsOf } from "../../table/_columns.js";
import { recordColumns } from "../../table/recordTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { averageDealSizeOf } from "./_averageDealSizeCore.js";
import { checkDealOptions } from "./_dealsSettings.js";
import { checkPipelineAgeingOptions, pipelineAgeingOf } from "./_pipelineAgeingCore.js";
import { checkSalesCycleOptions, salesCycleLengthOf } from "./_salesCycleCore.js";
import { salesVelocityOf } from "./_salesVelocityCore.js";
import { slippedDealsOf } from "./_slippedDealsCore.js";
import { checkStageConversionOptions, stageConversionOf } from "./_stageConversionCore.js";
import { checkWinRateOptions, winRateOf } from "./_winRateCore.js";
import { checkForecastAccuracyOptions, forecastAccuracyGroupedOf, forecastAccuracyOf } from "./_forecastCores.js";
import type { Decimal } from "decimal.js";
import type { Order } from "../../model/types.js";
import { orderColumnsOf } from "../../table/_columns.js";

// Every deal indicator gives the same result on the fast executor (tableRunner over columns) and on
// the record-by-record reference executor, over random deals and histories (owners named
// __proto__, deals on the period's edges, zones with daylight saving); and win rate agrees with a
// count written out by hand.

const FROM = Date.parse("2025-12-01T00:00:00Z");
const TO = Date.parse("2026-06-30T00:00:00Z");
const PERIOD = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };
const OWNERS = ["ann", "bob", "__proto__", "constructor"];
const STAGES = ["lead", "qualified", "proposal", "won"];
const DAY = 86_400_000;

const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.constantFrom(PERIOD.start.getTime(), PERIOD.end.getTime(), PERIOD.start.getTime() - 1),
);

const rawDeal = fc.record({
  ownerId: fc.constantFrom(...OWNERS),
  status: fc.constantFrom("open" as const, "won" as const, "lost" as const),
  created: instant,
  length: fc.integer({ min: 0, max: 120 * DAY }),
  cents: fc.integer({ min: -10_000, max: 10_000_000 }),
  expected: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  stage: fc.constantFrom(...STAGES, "other"),
});

const dealsArb = fc.array(rawDeal, { maxLength: 25 }).map((raws) =>
  raws.map((raw, i): Deal => ({
    id: `d${i}`,
    ownerId: raw.ownerId,
    amount: new Dec(raw.cents).div(100),
    currency: "EUR",
    stage: raw.stage,
    status: raw.status,
    createdAt: new Date(raw.created),
    ...(raw.status === "open" ? {} : { closedAt: new Date(raw.created + raw.length) }),
    ...(raw.expected === undefined ? {} : { expectedCloseDate: new Date(FROM + raw.expected * DAY) }),
  })),
);

const stageChangesArb = fc
  .array(fc.record({ deal: fc.nat({ max: 30 }), stage: fc.constantFrom(...STAGES, "other"), at: instant }), {
    maxLength: 30,
  })
  .map((raws) =>
    raws.map((raw, i): DealStageChange => ({
      id: `s${i}`,
      dealId: `d${raw.deal}`,
      stage: raw.stage,
      enteredAt: new Date(raw.at),
    })),
  );

const closeChangesArb = fc
  .array(fc.record({ deal: fc.nat({ max: 30 }), day: fc.integer({ min: 0, max: 300 }), at: instant }), {
    maxLength: 30,
  })
  .map((raws) =>
    raws.map((raw, i): DealCloseDateChange => ({
      id: `c${i}`,
      dealId: `d${raw.deal}`,
      expectedCloseDate: new Date(FROM + raw.day * DAY),
      changedAt: new Date(raw.at),
    })),
  );

const activitiesArb = fc
  .array(
    fc.record({
      deal: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
      at: instant,
      status: fc.constantFrom("done" as const, "planned" as const),
    }),
    { maxLength: 20 },
  )
  .map((raws) =>
    raws.map((raw, i): Activity => ({
      id: `a${i}`,
      ownerId: "bob",
      type: "call",
      date: new Date(raw.at),
      status: raw.status,
      ...(raw.deal === undefined ? {} : { dealId: `d${raw.deal}` }),
    })),
  );

const optionsArb = fc.record({
  asOf: fc.option(
    instant.map((t) => new Date(t)),
    { nil: undefined },
  ),
  timeZone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
  seller: fc.option(fc.constantFrom(...OWNERS), { nil: undefined }),
  explain: fc.boolean(),
});

type Options = { asOf: Date | undefined; timeZone: string; seller: string | undefined; explain: boolean };

function common(o: Options): Record<string, unknown> {
  return {
    period: PERIOD,
    timeZone: o.timeZone,
    explain: o.explain,
    ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
    ...(o.seller === undefined ? {} : { scope: { level: "seller", sellerId: o.seller } }),
  };
}

/** Runs `compute` on both executors and expects the same JSON (errors included). */
function same(compute: (run: PlanRunner) => unknown, fast: PlanRunner, reference: PlanRunner): void {
  const attempt = (run: PlanRunner): string => {
    try {
      return JSON.stringify(compute(run));
    } catch (error) {
      return `threw ${(error as Error).name}: ${(error as Error).message}`;
    }
  };
  expect(attempt(fast)).toBe(attempt(reference));
}

test.prop([dealsArb, stageChangesArb, closeChangesArb, activitiesArb, optionsArb, fc.integer({ min: 1, max: 60 })], {
  numRuns: 60,
})(
  "each deal indicator is the same on tableRunner and on referenceRunner",
  (deals, stageChanges, closeDateChanges, activities, o, staleDays) => {
    const fast = tableRunner({
      deals: dealColumnsOf(deals, "deals"),
      activities: activityColumnsOf(activities, "activities"),
      stageChanges: recordColumns("stageChanges", stageChanges),
      closeDateChanges: recordColumns("closeDateChanges", closeDateChanges),
    });
    const reference = referenceRunner({ deals, stageChanges, closeDateChanges, activities });
    const options = common(o) as never;
    same((run) => winRateOf(run, checkWinRateOptions(options)), fast, reference);
    same(
      (run) =>
        winRateOf(
          run,
          checkWinRateOptions({ ...(options as object), staleAsLostAfterDays: staleDays, activities } as never),
        ),
      fast,
      reference,
    );
    same((run) => averageDealSizeOf(run, checkDealOptions(options)), fast, reference);
    same(
      (run) => salesCycleLengthOf(run, checkSalesCycleOptions({ ...(options as object), minSample: 2 } as never)),
      fast,
      reference,
    );
    same(
      (run) => salesVelocityOf(run, checkSalesCycleOptions({ ...(options as object), minSample: 1 } as never)),
      fast,
      reference,
    );
    same((run) => slippedDealsOf(run, checkDealOptions(options), true), fast, reference);
    same((run) => slippedDealsOf(run, checkDealOptions(options), false), fast, reference);
    same(
      (run) => stageConversionOf(run, checkStageConversionOptions({ ...(options as object), stages: STAGES }, true)),
      fast,
      reference,
    );
    if (o.asOf !== undefined)
      same(
        (run) =>
          pipelineAgeingOf(
            run,
            checkPipelineAgeingOptions({
              ...(options as object),
              bandLimits: [10, 40],
              staleAfterDays: staleDays,
              activities,
            } as never),
          ),
        fast,
        reference,
      );
  },
);

test.prop([dealsArb, optionsArb], { numRuns: 60 })(
  "win rate counts the deals closed in [start, min(end, asOf)), by hand",
  (deals, o) => {
    const result = winRateOf(
      tableRunner({ deals: dealColumnsOf(deals, "deals") }),
      checkWinRateOptions(common(o) as never),
    );
    const cut = Math.min(PERIOD.end.getTime(), o.asOf?.getTime() ?? Infinity);
    const counted = deals.filter((deal) => {
      const closed = deal.closedAt?.getTime();
      return (
        closed !== undefined &&
        closed >= PERIOD.start.getTime() &&
        closed < cut &&
        (o.seller === undefined || deal.ownerId === o.seller)
      );
    });
    const won = counted.filter((deal) => deal.status === "won");
    expect([result.wonCount, result.lostCount]).toEqual([won.length, counted.length - won.length]);
    if (counted.length === 0) expect(result.byCount.reason).toBe("no-closed-deals");
    else expect(result.byCount.value?.equals(new Dec(won.length).div(counted.length))).toBe(true);
  },
);

const ordersArb = fc
  .array(
    fc.record({
      sellerId: fc.constantFrom(...OWNERS, "eve"),
      at: instant,
      cents: fc.integer({ min: -50_000, max: 5_000_000 }),
    }),
    {
      maxLength: 20,
    },
  )
  .map((raws) =>
    raws.map((raw, i): Order => ({
      id: `o${i}`,
      sellerId: raw.sellerId,
      customerId: "c",
      date: new Date(raw.at),
      amount: new Dec(raw.cents).div(100),
      currency: "EUR",
    })),
  );

test.prop([dealsArb, ordersArb, instant, instant, fc.constantFrom("seller" as const, "team" as const), fc.boolean()], {
  numRuns: 40,
})(
  "forecastAccuracyGrouped: tables = reference, each group = the single form over its scope, nothing lost",
  (deals, orders, t1, t2, groupBy, withRoster) => {
    const sellers =
      withRoster || groupBy === "team"
        ? [
            { id: "bob", teamId: "t1" },
            { id: "__proto__", teamId: "t1" },
            { id: "ann", teamId: "t2" },
          ]
        : undefined;
    const options = {
      period: PERIOD,
      forecastAsOf: new Date(Math.min(t1, t2)),
      asOf: new Date(Math.max(t1, t2)),
      stageProbabilities: { lead: "0.1", qualified: "0.3", proposal: "0.6", won: "1", other: "0.45" },
      orders,
      ...(sellers === undefined ? {} : { sellers }),
    };
    const fast = tableRunner({ deals: dealColumnsOf(deals, "deals"), orders: orderColumnsOf(orders, "orders") });
    const reference = referenceRunner({ deals, orders });
    same(
      (run) => forecastAccuracyGroupedOf(run, checkForecastAccuracyOptions(options), groupBy, sellers),
      fast,
      reference,
    );
    let grouped;
    try {
      grouped = forecastAccuracyGroupedOf(fast, checkForecastAccuracyOptions(options), groupBy, sellers);
    } catch {
      return; // the same error on both executors, checked above
    }
    for (const group of grouped.groups) {
      const scope =
        groupBy === "seller" ? { level: "seller", sellerId: group.key } : { level: "team", teamId: group.key };
      const single = forecastAccuracyOf(
        fast,
        checkForecastAccuracyOptions({ ...options, scope } as never).settings,
        options.asOf.getTime(),
      );
      expect({ ...group.result, currency: null }).toEqual({ ...single, currency: null });
    }
    if (groupBy === "seller") {
      // Every deal owner and order seller is a group: the groups' forecasts and actuals add up to the company's.
      const company = forecastAccuracyOf(fast, checkForecastAccuracyOptions(options).settings, options.asOf.getTime());
      const sum = (pick: (r: typeof company) => Decimal): string =>
        grouped.groups.reduce((total, g) => total.plus(pick(g.result)), new Dec(0)).toString();
      expect([sum((r) => r.forecast), sum((r) => r.actual)]).toEqual([
        company.forecast.toString(),
        company.actual.toString(),
      ]);
    }
  },
);
