import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Decimal } from "decimal.js";
import { Dec, ZERO } from "../../money/dec.js";
import { DAY_MS } from "../../period/zone.js";
import { splitRange } from "../../period/splitRange.js";
import { resolveCalendar } from "../../period/calendar.js";
import type { Grain, Period } from "../../period/types.js";
import type { Deal, Order, RevenueTarget } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { dealColumnsOf, orderColumnsOf } from "../../table/_columns.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { pipeline, type PipelineAmounts } from "./pipeline.js";
import { pipelineGrouped, PipelineGroupedResultSchema } from "./pipelineGrouped.js";
import { pipelineSeries, PipelineSeriesResultSchema } from "./pipelineSeries.js";
import { pipelineSeriesOf } from "./_pipelineSeries.js";
import { pipelineGroupsOf } from "./_pipelineGroups.js";
import { checkPipelineOptions } from "./_pipelineOptions.js";

// Properties of the series (each bucket is pipeline's forecast over it) and of the customer
// grouping (groups, rest and deals without a customer add up to the company), each also run on
// the kernel and on the record-by-record reference executor.

const ZONES = ["UTC", "Europe/Paris", "America/New_York", "Australia/Sydney"] as const;
const OWNERS = ["s1", "s2", "__proto__"] as const;
const CUSTOMERS = ["c1", "c2", "c3", "__proto__", "constructor", undefined] as const;
const STAGES: ReadonlyMap<string, string> = new Map([
  ["lead", "0.1"],
  ["proposal", "0.5"],
  ["__proto__", "0.35"],
]);
const ANCHOR = Date.UTC(2026, 5, 15);
const HOUR = 3_600_000;

/** An instant near the anchor: often a midnight somewhere, plus or minus 1 ms. */
const instantArb: fc.Arbitrary<Date> = fc
  .record({
    day: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -400, max: 400 })),
    time: fc.oneof(
      fc.constantFrom(0, 4 * HOUR, 5 * HOUR, 13 * HOUR, 14 * HOUR, 22 * HOUR, 23 * HOUR),
      fc.integer({ min: 0, max: DAY_MS - 1 }),
    ),
    jitter: fc.constantFrom(0, 0, 0, -1, 1),
  })
  .map(({ day, time, jitter }) => new Date(ANCHOR + day * DAY_MS + time + jitter));

const amountArb = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((cents) => new Dec(cents).div(100));

const dealArb = fc.record({
  ownerId: fc.constantFrom(...OWNERS),
  customerId: fc.constantFrom(...CUSTOMERS),
  amount: amountArb,
  stage: fc.constantFrom(...STAGES.keys()),
  probability: fc.option(
    fc.integer({ min: 0, max: 100 }).map((p) => new Dec(p).div(100)),
    { nil: undefined },
  ),
  createdAt: instantArb,
  closedAt: fc.option(instantArb, { nil: undefined }),
  close: fc.option(instantArb, { nil: undefined }),
});

const orderArb = fc.record({
  sellerId: fc.constantFrom(...OWNERS),
  customerId: fc.constantFrom("c1", "c2", "c4", "__proto__"),
  date: instantArb,
  amount: amountArb,
});
const targetArb = fc.record({
  start: instantArb,
  days: fc.integer({ min: 1, max: 500 }),
  amount: amountArb,
  level: fc.constantFrom<RevenueTarget["level"]>("company", "seller"),
});

interface Case {
  readonly deals: Deal[];
  readonly orders: Order[];
  readonly targets: RevenueTarget[];
  readonly asOf: Date;
  readonly timeZone: string;
  readonly fiscalYearStartMonth: number;
  readonly range: Period;
  readonly grain: Grain;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    deals: fc.array(dealArb, { maxLength: 25 }),
    orders: fc.array(orderArb, { maxLength: 12 }),
    targets: fc.array(targetArb, { maxLength: 3 }),
    asOf: instantArb,
    timeZone: fc.constantFrom(...ZONES),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    rangeStart: instantArb,
    rangeDays: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 400 })),
    grain: fc.constantFrom<Grain>("day", "week", "month", "quarter", "semester", "year"),
  })
  .filter((c) => (c.grain !== "day" || c.rangeDays <= 14) && (c.grain !== "week" || c.rangeDays <= 120))
  .map((c) => ({
    deals: c.deals.map((s, i): Deal => {
      const closedAt = s.closedAt !== undefined && s.closedAt < s.createdAt ? s.createdAt : s.closedAt;
      return {
        id: `d${i}`,
        ownerId: s.ownerId,
        ...(s.customerId === undefined ? {} : { customerId: s.customerId }),
        amount: s.amount,
        currency: "EUR",
        stage: s.stage,
        ...(s.probability === undefined ? {} : { probability: s.probability }),
        createdAt: s.createdAt,
        ...(s.close === undefined ? {} : { expectedCloseDate: s.close }),
        status: closedAt === undefined ? "open" : "won",
        ...(closedAt === undefined ? {} : { closedAt }),
      };
    }),
    orders: c.orders.map((o, i): Order => ({
      id: `o${i}`,
      date: o.date,
      amount: o.amount,
      currency: "EUR",
      sellerId: o.sellerId,
      customerId: o.customerId,
    })),
    targets: c.targets.map((t, i): RevenueTarget => ({
      id: `t${i}`,
      level: t.level,
      ...(t.level === "seller" ? { scopeId: "__proto__" } : {}),
      start: t.start,
      end: new Date(t.start.getTime() + t.days * DAY_MS),
      amount: t.amount,
      currency: "EUR",
    })),
    asOf: c.asOf,
    timeZone: c.timeZone,
    fiscalYearStartMonth: c.fiscalYearStartMonth,
    range: { start: c.rangeStart, end: new Date(c.rangeStart.getTime() + c.rangeDays * DAY_MS) },
    grain: c.grain,
  }));

/** The result of `run`, or the error it throws (class and message). */
function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

function onBoth(c: Case, deals: readonly Deal[], compute: (run: PlanRunner) => unknown): [unknown, unknown] {
  return [
    outcome(() =>
      compute(tableRunner({ deals: dealColumnsOf(deals, "deals"), orders: orderColumnsOf(c.orders, "orders") })),
    ),
    outcome(() => compute(referenceRunner({ deals, orders: c.orders }))),
  ];
}

function plain(a: PipelineAmounts): [number, string, string] {
  return [a.dealCount, a.unweighted.toString(), a.weighted.toString()];
}

function sum(list: readonly PipelineAmounts[]): [number, string, string] {
  let count = 0;
  let unweighted: Decimal = ZERO;
  let weighted: Decimal = ZERO;
  for (const a of list) {
    count += a.dealCount;
    unweighted = unweighted.plus(a.unweighted);
    weighted = weighted.plus(a.weighted);
  }
  return [count, unweighted.toString(), weighted.toString()];
}

describe("pipelineSeries properties", () => {
  test.prop([caseArb, fc.boolean(), fc.constantFrom<"company" | "seller">("company", "seller")], { numRuns: 100 })(
    "each bucket has the figures of pipeline's forecast over it, the total those over the range",
    (c, explain, level) => {
      const common = {
        asOf: c.asOf,
        stageProbabilities: STAGES,
        timeZone: c.timeZone,
        fiscalYearStartMonth: c.fiscalYearStartMonth,
        explain,
        scope:
          level === "company" ? ({ level: "company" } as const) : ({ level: "seller", sellerId: "__proto__" } as const),
      };
      const series = pipelineSeries(c.deals, {
        ...common,
        range: c.range,
        grain: c.grain,
        orders: c.orders,
        targets: c.targets,
      });
      const periods = splitRange(c.range, c.grain, resolveCalendar(c));
      expect(series.buckets.map((b) => b.label)).toEqual(periods.map((p) => p.label));
      series.buckets.forEach((bucket, b) => {
        const period = periods[b] as Period;
        const single = pipeline(c.deals, {
          ...common,
          forecast: { period: { start: period.start, end: period.end }, orders: c.orders, targets: c.targets },
        });
        const { label, ...forecast } = bucket;
        expect(forecast).toEqual(single.forecast);
        // one currency check covers the series: a bucket alone may have met no amount
        if (single.currency !== null) expect(single.currency).toBe(series.currency);
        expect(plain(single.totals)).toEqual(plain(series.totals));
        // counts and ids agree
        if (explain) {
          expect(bucket.explain?.dealIds).toHaveLength(bucket.dealCountInWindow);
          expect(bucket.explain?.orderIds).toHaveLength(bucket.orderCount);
        }
      });
      const whole = pipeline(c.deals, {
        ...common,
        forecast: { period: c.range, orders: c.orders, targets: c.targets },
      });
      expect(series.total).toEqual(whole.forecast);
      expect(series.currency).toBe(whole.currency);
      // the total's realized and window sums are the buckets' added up
      expect(series.total.orderCount).toBe(series.buckets.reduce((n, b) => n + b.orderCount, 0));
      expect(series.total.dealCountInWindow).toBe(series.buckets.reduce((n, b) => n + b.dealCountInWindow, 0));
      expect(
        series.buckets.reduce((s, b) => s.plus(b.weightedInWindow), ZERO).equals(series.total.weightedInWindow),
      ).toBe(true);
      expect(resultFromJSON(PipelineSeriesResultSchema, JSON.stringify(series))).toEqual(series);
    },
  );

  test.prop([caseArb, fc.boolean(), fc.constantFrom("plain", "unknown-stage", "usd-deal", "usd-target")], {
    numRuns: 100,
  })("the kernel and the reference executor give the same series (or the same error)", (c, explain, twist) => {
    let deals = c.deals;
    let stageProbabilities: ReadonlyMap<string, string> = STAGES;
    let targets = c.targets;
    if (twist === "unknown-stage") stageProbabilities = new Map([...STAGES].filter(([stage]) => stage !== "lead"));
    if (twist === "usd-deal" && deals.length > 1)
      deals = deals.map((d, i) => (i === 0 ? { ...d, currency: "USD" } : d));
    if (twist === "usd-target") targets = targets.map((t, i) => (i === 0 ? { ...t, currency: "USD" } : t));
    const options = {
      asOf: c.asOf,
      stageProbabilities,
      timeZone: c.timeZone,
      fiscalYearStartMonth: c.fiscalYearStartMonth,
      explain,
      forecast: { period: c.range, orders: c.orders, targets },
    };
    const [kernel, reference] = onBoth(c, deals, (run) => {
      const { settings } = checkPipelineOptions(options, false);
      return pipelineSeriesOf(run, settings, splitRange(c.range, c.grain, settings.calendar));
    });
    expect(kernel).toEqual(reference);
  });
});

describe("pipelineGrouped by customer properties", () => {
  test.prop([caseArb, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), fc.boolean(), fc.boolean()], {
    numRuns: 100,
  })(
    "groups, rest and the deals without a customer add up to the company; groups ranked by weighted pipeline",
    (c, top, withForecast, explain) => {
      const forecast = { period: c.range, orders: c.orders, targets: c.targets };
      const options = {
        asOf: c.asOf,
        stageProbabilities: STAGES,
        timeZone: c.timeZone,
        explain,
        ...(withForecast ? { forecast } : {}),
      };
      const company = pipeline(c.deals, options);
      const grouped = pipelineGrouped(c.deals, {
        ...options,
        groupBy: "customer",
        ...(top === undefined ? {} : { top }),
      });
      const parts = [
        ...grouped.groups.map((g) => g.result.totals),
        ...(grouped.rest === null ? [] : [grouped.rest.result.totals]),
        grouped.withoutCustomer as PipelineAmounts,
      ];
      expect(sum(parts)).toEqual(plain(company.totals));
      for (let g = 1; g < grouped.groups.length; g++) {
        const [a, b] = [grouped.groups[g - 1], grouped.groups[g]];
        expect(a?.result.totals.weighted.greaterThanOrEqualTo(b?.result.totals.weighted ?? ZERO)).toBe(true);
      }
      if (top !== undefined) expect(grouped.groups.length).toBeLessThanOrEqual(top);
      if (grouped.rest !== null) expect(grouped.rest.groupCount).toBeGreaterThan(0);
      if (withForecast) {
        const realized = [
          ...grouped.groups.map((g) => g.result.forecast?.realized ?? ZERO),
          grouped.rest?.result.forecast?.realized ?? ZERO,
        ].reduce((a, b) => a.plus(b), ZERO);
        expect(realized.equals(company.forecast?.realized ?? ZERO)).toBe(true);
        expect(grouped.groups.every((g) => g.result.forecast?.target.isZero() === true)).toBe(true);
      }
      if (explain) {
        for (const g of grouped.groups)
          expect(g.result.totals.explain?.dealIds).toHaveLength(g.result.totals.dealCount);
        expect(grouped.withoutCustomer?.explain?.dealIds).toHaveLength(grouped.withoutCustomer?.dealCount ?? -1);
      }
      expect(resultFromJSON(PipelineGroupedResultSchema, JSON.stringify(grouped))).toEqual(grouped);
    },
  );

  test.prop(
    [
      caseArb,
      fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom("plain", "unknown-stage", "usd-deal"),
    ],
    { numRuns: 100 },
  )(
    "the kernel and the reference executor give the same customer groups (or the same error)",
    (c, top, withForecast, explain, twist) => {
      let deals = c.deals;
      let stageProbabilities: ReadonlyMap<string, string> = STAGES;
      if (twist === "unknown-stage")
        stageProbabilities = new Map([...STAGES].filter(([stage]) => stage !== "proposal"));
      if (twist === "usd-deal" && deals.length > 1)
        deals = deals.map((d, i) => (i === deals.length - 1 ? { ...d, currency: "USD" } : d));
      const options = {
        asOf: c.asOf,
        stageProbabilities,
        timeZone: c.timeZone,
        fiscalYearStartMonth: c.fiscalYearStartMonth,
        explain,
        ...(withForecast ? { forecast: { period: c.range, orders: c.orders, targets: c.targets } } : {}),
      };
      const [kernel, reference] = onBoth(c, deals, (run) => pipelineGroupsOf(run, options, "customer", top));
      expect(kernel).toEqual(reference);
    },
  );
});
