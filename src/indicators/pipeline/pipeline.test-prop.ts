import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Decimal } from "decimal.js";
import { Dec, ZERO } from "../../money/dec.js";
import { DAY_MS, startOfWallDay, wallDayOf } from "../../period/zone.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Order, RevenueTarget } from "../../model/types.js";
import { periodContaining } from "../../period/periodContaining.js";
import {
  pipeline,
  PipelineResultSchema,
  type PipelineAmounts,
  type PipelineForecastOptions,
  type PipelineGrain,
  type PipelineOptions,
  type PipelineResult,
} from "./pipeline.js";
import { pipelineGrouped } from "./pipelineGrouped.js";
import { dealTable } from "../../table/dealTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { dealColumnsOf, orderColumnsOf } from "../../table/_columns.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { pipelineOf } from "./_pipelineCore.js";
import { pipelineGroupsOf } from "./_pipelineGroups.js";
import { checkPipelineOptions } from "./_pipelineOptions.js";

const ZONES = ["UTC", "Europe/Paris", "America/New_York", "Australia/Sydney"] as const;
const OWNERS = ["s1", "s2", "__proto__", "constructor"] as const;
const STAGES: ReadonlyMap<string, string> = new Map([
  ["lead", "0.1"],
  ["proposal", "0.5"],
  ["negotiation", "0.8"],
  ["__proto__", "0.35"],
]);
/** Instants cluster around this one so that same-day, boundary and equality cases are frequent. */
const ANCHOR = Date.UTC(2026, 5, 15, 12, 0, 0);
const HOUR = 3_600_000;

/**
 * An instant: the anchor itself, or a day near it (often within a few days) at a time that is a
 * midnight somewhere (UTC, Paris, New York, Sydney) or anywhere in the day, plus or minus 1 ms.
 */
const instantArb: fc.Arbitrary<Date> = fc.oneof(
  fc.constant(new Date(ANCHOR)),
  fc
    .record({
      day: fc.oneof(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -500, max: 500 })),
      time: fc.oneof(
        fc.constantFrom(0, 4 * HOUR, 5 * HOUR, 13 * HOUR, 14 * HOUR, 22 * HOUR, 23 * HOUR),
        fc.integer({ min: 0, max: DAY_MS - 1 }),
      ),
      jitter: fc.constantFrom(0, 0, 0, -1, 1),
    })
    .map(({ day, time, jitter }) => new Date(Date.UTC(2026, 5, 15) + day * DAY_MS + time + jitter)),
);

/** Money with two decimals, non-negative, built without binary floating point. */
const amountArb = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => new Dec(cents).div(100));
const signedAmountArb = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((cents) => new Dec(cents).div(100));
const probabilityArb = fc.option(
  fc.integer({ min: 0, max: 100 }).map((p) => new Dec(p).div(100)),
  { nil: undefined },
);

interface DealSeed {
  ownerId: string;
  amount: Decimal;
  stage: string;
  probability: Decimal | undefined;
  createdAt: Date;
  closedAt: Date | undefined;
  close: Date | undefined;
}

interface Setting {
  asOf: Date;
  grain: PipelineGrain;
  timeZone: string;
  fiscalYearStartMonth: number;
}

const settingArb: fc.Arbitrary<Setting> = fc.record({
  asOf: instantArb,
  grain: fc.constantFrom<PipelineGrain>("month", "quarter", "year"),
  timeZone: fc.constantFrom(...ZONES),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});

/**
 * Instants that sit on the edges that matter for a setting: asOf itself (and 1 ms around it), the
 * first instants of asOf's local day and of its neighbours (and 1 ms around them), or any instant.
 */
function edgyInstantArb(setting: Setting): fc.Arbitrary<Date> {
  const zone = setting.timeZone;
  const asOf = setting.asOf.getTime();
  const day = wallDayOf(zone, asOf);
  const jitter = fc.constantFrom(0, 0, -1, 1);
  return fc.oneof(
    instantArb,
    jitter.map((j) => new Date(asOf + j)),
    fc.tuple(fc.integer({ min: -1, max: 1 }), jitter).map(([d, j]) => new Date(startOfWallDay(zone, day + d) + j)),
  );
}

function dealSeedArb(amount: fc.Arbitrary<Decimal>, instant: fc.Arbitrary<Date>): fc.Arbitrary<DealSeed> {
  return fc.record({
    ownerId: fc.constantFrom(...OWNERS),
    amount,
    stage: fc.constantFrom(...STAGES.keys()),
    probability: probabilityArb,
    createdAt: instant,
    closedAt: fc.option(instant, { nil: undefined }),
    close: fc.option(instant, { nil: undefined }),
  });
}

function toDeals(seeds: readonly DealSeed[]): Deal[] {
  return seeds.map((s, i) => {
    const closedAt =
      s.closedAt !== undefined && s.closedAt.getTime() < s.createdAt.getTime() ? s.createdAt : s.closedAt;
    return {
      id: `d${i}`,
      ownerId: s.ownerId,
      amount: s.amount,
      currency: "EUR",
      stage: s.stage,
      ...(s.probability === undefined ? {} : { probability: s.probability }),
      createdAt: s.createdAt,
      ...(s.close === undefined ? {} : { expectedCloseDate: s.close }),
      status: closedAt === undefined ? "open" : "won",
      ...(closedAt === undefined ? {} : { closedAt }),
    };
  });
}

interface ForecastSeed {
  start: Date;
  days: number;
  orders: { sellerId: string; date: Date; amount: Decimal }[];
  targets: { start: Date; end: Date; amount: Decimal }[];
}

function forecastArb(instant: fc.Arbitrary<Date>): fc.Arbitrary<ForecastSeed> {
  return fc.record({
    start: instant,
    days: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 200 })),
    orders: fc.array(fc.record({ sellerId: fc.constantFrom(...OWNERS), date: instant, amount: signedAmountArb }), {
      maxLength: 12,
    }),
    targets: fc.array(
      fc
        .record({ start: instant, days: fc.integer({ min: 1, max: 400 }), amount: amountArb })
        .map(({ start, days, amount }) => ({ start, end: new Date(start.getTime() + days * DAY_MS), amount })),
      { maxLength: 3 },
    ),
  });
}

interface Scenario {
  setting: Setting;
  seeds: DealSeed[];
  forecast: ForecastSeed;
}

/** A setting, deals and forecast inputs whose dates cluster on the setting's edges. */
function scenarioArb(amount: fc.Arbitrary<Decimal>, maxDeals = 30): fc.Arbitrary<Scenario> {
  return settingArb.chain((setting) => {
    const instant = edgyInstantArb(setting);
    return fc.record({
      setting: fc.constant(setting),
      seeds: fc.array(dealSeedArb(amount, instant), { maxLength: maxDeals }),
      forecast: forecastArb(instant),
    });
  });
}

function toForecast(
  seed: ForecastSeed,
  k: Decimal = new Dec(1),
): PipelineForecastOptions & { readonly orders: readonly Order[] } {
  const orders: Order[] = seed.orders.map((o, i) => ({
    id: `o${i}`,
    sellerId: o.sellerId,
    date: o.date,
    amount: o.amount.times(k),
    currency: "EUR",
    customerId: "c",
  }));
  const targets: RevenueTarget[] = seed.targets.map((t, i) => ({
    id: `t${i}`,
    level: "company",
    start: t.start,
    end: t.end,
    amount: t.amount.times(k),
    currency: "EUR",
  }));
  return { period: { start: seed.start, end: new Date(seed.start.getTime() + seed.days * DAY_MS) }, orders, targets };
}

function optionsOf(setting: Setting, extra: Partial<PipelineOptions> = {}): PipelineOptions {
  return { ...setting, stageProbabilities: STAGES, ...extra };
}

function parts(result: PipelineResult): PipelineAmounts[] {
  return [...result.buckets, result.overdue, result.undated];
}

function sum(list: readonly PipelineAmounts[]): { dealCount: number; unweighted: Decimal; weighted: Decimal } {
  return list.reduce(
    (acc, a) => ({
      dealCount: acc.dealCount + a.dealCount,
      unweighted: acc.unweighted.plus(a.unweighted),
      weighted: acc.weighted.plus(a.weighted),
    }),
    { dealCount: 0, unweighted: ZERO, weighted: ZERO },
  );
}

function expectSameAmounts(a: { dealCount: number; unweighted: Decimal; weighted: Decimal }, b: PipelineAmounts): void {
  expect(a.dealCount).toBe(b.dealCount);
  expect(a.unweighted.equals(b.unweighted)).toBe(true);
  expect(a.weighted.equals(b.weighted)).toBe(true);
}

/** Strips the explain ids so that results computed from shuffled inputs can be compared. */
function withoutExplain(result: PipelineResult): unknown {
  return JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === "explain" ? undefined : value)));
}

function close(a: Decimal, b: Decimal): boolean {
  const scale = Dec.max(new Dec(1), a.abs(), b.abs());
  return a.minus(b).abs().lessThanOrEqualTo(scale.times("1e-40"));
}

describe("pipeline properties", () => {
  test.prop([scenarioArb(amountArb)], { numRuns: 100 })(
    "0 <= weighted <= unweighted for non-negative amounts, in every part",
    ({ seeds, setting }) => {
      const result = pipeline(toDeals(seeds), optionsOf(setting));
      for (const part of [result.totals, ...parts(result)]) {
        expect(part.weighted.isNegative() && !part.weighted.isZero()).toBe(false);
        expect(part.weighted.lessThanOrEqualTo(part.unweighted)).toBe(true);
      }
    },
  );

  test.prop([scenarioArb(signedAmountArb)], { numRuns: 100 })(
    "buckets + overdue + undated = totals, nothing dropped",
    ({ seeds, setting }) => {
      const result = pipeline(toDeals(seeds), optionsOf(setting, { explain: true }));
      expectSameAmounts(sum(parts(result)), result.totals);
      const ids = parts(result).flatMap((p) => p.explain?.dealIds ?? []);
      expect([...ids].sort()).toEqual([...(result.totals.explain?.dealIds ?? [])].sort());
    },
  );

  test.prop([scenarioArb(signedAmountArb)], { numRuns: 100 })(
    "matches a per-deal reference (openness, local days, unit labels)",
    ({ seeds, setting }) => {
      const deals = toDeals(seeds);
      const result = pipeline(deals, optionsOf(setting, { explain: true }));
      const zone = setting.timeZone;
      const asOf = setting.asOf.getTime();
      const asOfDay = wallDayOf(zone, asOf);
      const expectedOverdue: string[] = [];
      const expectedUndated: string[] = [];
      const byLabel = new Map<string, string[]>();
      for (const d of deals) {
        const open = d.createdAt.getTime() <= asOf && (d.closedAt === undefined || d.closedAt.getTime() > asOf);
        if (!open) continue;
        if (d.expectedCloseDate === undefined) expectedUndated.push(d.id);
        else if (wallDayOf(zone, d.expectedCloseDate.getTime()) < asOfDay) expectedOverdue.push(d.id);
        else {
          const label = periodContaining(d.expectedCloseDate, setting.grain, setting).label;
          byLabel.set(label, [...(byLabel.get(label) ?? []), d.id]);
        }
      }
      expect(result.overdue.explain?.dealIds).toEqual(expectedOverdue);
      expect(result.undated.explain?.dealIds).toEqual(expectedUndated);
      const nonEmpty = result.buckets.filter((b) => b.dealCount > 0).map((b) => [b.label, b.explain?.dealIds]);
      expect(new Map(nonEmpty as [string, string[]][])).toEqual(byLabel);
      // contiguous whole units from asOf's unit to the last unit with a deal
      if (result.buckets.length > 0) {
        const first = result.buckets[0];
        const last = result.buckets[result.buckets.length - 1];
        expect(first?.label).toBe(periodContaining(setting.asOf, setting.grain, setting).label);
        expect(last?.dealCount).toBeGreaterThan(0);
        for (let i = 1; i < result.buckets.length; i++) {
          expect(result.buckets[i]?.start.getTime()).toBe(result.buckets[i - 1]?.end.getTime());
        }
      } else {
        expect(byLabel.size).toBe(0);
      }
    },
  );

  test.prop([scenarioArb(signedAmountArb, 25)], { numRuns: 100 })(
    "forecast window matches a per-deal reference",
    ({ seeds, setting, forecast: seed }) => {
      const deals = toDeals(seeds);
      const forecast = toForecast(seed);
      const result = pipeline(deals, optionsOf(setting, { forecast, explain: true }));
      const zone = setting.timeZone;
      const asOf = setting.asOf.getTime();
      const start = forecast.period.start.getTime();
      const end = forecast.period.end.getTime();
      const expectedDeals = deals
        .filter((d) => d.createdAt.getTime() <= asOf && (d.closedAt === undefined || d.closedAt.getTime() > asOf))
        .filter((d) => {
          if (d.expectedCloseDate === undefined) return false;
          const day = wallDayOf(zone, d.expectedCloseDate.getTime());
          const dayStart = startOfWallDay(zone, day);
          return day >= wallDayOf(zone, asOf) && dayStart >= start && dayStart < end;
        })
        .map((d) => d.id);
      const expectedOrders = forecast.orders
        .filter((o) => o.date.getTime() >= start && o.date.getTime() < Math.min(end, asOf))
        .map((o) => o.id);
      expect(result.forecast?.explain?.dealIds).toEqual(expectedDeals);
      expect(result.forecast?.explain?.orderIds).toEqual(expectedOrders);
      const f = result.forecast;
      if (f === null) throw new Error("forecast expected");
      expect(f.forecast.equals(f.realized.plus(f.weightedInWindow))).toBe(true);
      expect(f.remainingTarget.isNegative() && !f.remainingTarget.isZero()).toBe(false);
      if (f.target.isZero()) expect(f.coverage.reason).toBe("no-target");
      else if (f.remainingTarget.isZero()) expect(f.coverage.reason).toBe("no-remaining-target");
      else expect(f.coverage.value?.equals(f.unweightedInWindow.div(f.remainingTarget))).toBe(true);
      expect(resultFromJSON(PipelineResultSchema, JSON.stringify(result))).toEqual(result);
    },
  );

  test.prop(
    [
      scenarioArb(signedAmountArb, 25).chain((scenario) =>
        fc.tuple(
          fc.constant(scenario),
          fc.shuffledSubarray(scenario.seeds, { minLength: scenario.seeds.length, maxLength: scenario.seeds.length }),
          fc.shuffledSubarray(scenario.forecast.orders, {
            minLength: scenario.forecast.orders.length,
            maxLength: scenario.forecast.orders.length,
          }),
          fc.shuffledSubarray(scenario.forecast.targets, {
            minLength: scenario.forecast.targets.length,
            maxLength: scenario.forecast.targets.length,
          }),
        ),
      ),
    ],
    { numRuns: 100 },
  )(
    "input order changes nothing",
    ([{ seeds, setting, forecast: seed }, shuffledSeeds, shuffledOrders, shuffledTargets]) => {
      // ids follow the seeds, so that a shuffled deal keeps its id
      const deals = toDeals(seeds);
      const idOf = new Map(seeds.map((s, i) => [s, deals[i] as Deal]));
      const shuffled = shuffledSeeds.map((s) => idOf.get(s) as Deal);
      // orders and targets keep their ids too
      const forecast = toForecast(seed);
      const orderOf = new Map(seed.orders.map((o, i) => [o, forecast.orders[i] as Order]));
      const targetOf = new Map(seed.targets.map((t, i) => [t, forecast.targets[i] as RevenueTarget]));
      const reordered = {
        ...forecast,
        orders: shuffledOrders.map((o) => orderOf.get(o) as Order),
        targets: shuffledTargets.map((t) => targetOf.get(t) as RevenueTarget),
      };
      const a = pipeline(deals, optionsOf(setting, { forecast, explain: true }));
      const b = pipeline(shuffled, optionsOf(setting, { forecast: reordered, explain: true }));
      expect(withoutExplain(b)).toEqual(withoutExplain(a));
      const idsA = [a.totals, ...parts(a)].map((p) => [...(p.explain?.dealIds ?? [])].sort());
      const idsB = [b.totals, ...parts(b)].map((p) => [...(p.explain?.dealIds ?? [])].sort());
      expect(idsB).toEqual(idsA);
      expect([...(b.forecast?.explain?.orderIds ?? [])].sort()).toEqual(
        [...(a.forecast?.explain?.orderIds ?? [])].sort(),
      );
    },
  );

  test.prop([scenarioArb(signedAmountArb, 25), fc.constantFrom("2", "3", "0.5", "1.25", "7.3")], { numRuns: 100 })(
    "scaling amounts by k scales money and leaves forecastAttainment unchanged",
    ({ seeds, setting, forecast: seed }, kText) => {
      const k = new Dec(kText);
      const deals = toDeals(seeds);
      const scaledDeals = deals.map((d) => ({ ...d, amount: d.amount.times(k) }));
      const a = pipeline(deals, optionsOf(setting, { forecast: toForecast(seed) }));
      const b = pipeline(scaledDeals, optionsOf(setting, { forecast: toForecast(seed, k) }));
      const pa = [a.totals, ...parts(a)];
      const pb = [b.totals, ...parts(b)];
      pa.forEach((part, i) => {
        const other = pb[i] as PipelineAmounts;
        expect(other.dealCount).toBe(part.dealCount);
        expect(other.unweighted.equals(part.unweighted.times(k))).toBe(true);
        expect(other.weighted.equals(part.weighted.times(k))).toBe(true);
      });
      const fa = a.forecast;
      const fb = b.forecast;
      if (fa === null || fb === null) throw new Error("forecast expected");
      expect(fb.realized.equals(fa.realized.times(k))).toBe(true);
      expect(fb.forecast.equals(fa.forecast.times(k))).toBe(true);
      expect(fb.unweightedInWindow.equals(fa.unweightedInWindow.times(k))).toBe(true);
      // the prorated target involves one division, rounded at the 60th digit: equal up to that rounding
      expect(close(fb.target, fa.target.times(k))).toBe(true);
      expect(fb.forecastAttainment.reason).toBe(fa.forecastAttainment.reason);
      if (fa.forecastAttainment.value !== null && fb.forecastAttainment.value !== null) {
        expect(close(fb.forecastAttainment.value, fa.forecastAttainment.value)).toBe(true);
      }
    },
  );

  test.prop([scenarioArb(signedAmountArb)], { numRuns: 100 })(
    "per-seller totals sum to the company total",
    ({ seeds, setting, forecast: seed }) => {
      const deals = toDeals(seeds);
      const forecast = toForecast(seed);
      const company = pipeline(deals, optionsOf(setting, { forecast, currency: "EUR" }));
      const grouped = pipelineGrouped(deals, {
        ...optionsOf(setting, { forecast, currency: "EUR" }),
        groupBy: "seller",
        sellers: [{ id: "roster-only", name: "Nobody" }],
      });
      expectSameAmounts(sum(grouped.groups.map((g) => g.result.totals)), company.totals);
      expectSameAmounts(sum(grouped.groups.map((g) => g.result.overdue)), company.overdue);
      expectSameAmounts(sum(grouped.groups.map((g) => g.result.undated)), company.undated);
      const realized = grouped.groups.reduce((acc, g) => acc.plus(g.result.forecast?.realized ?? ZERO), ZERO);
      const weighted = grouped.groups.reduce((acc, g) => acc.plus(g.result.forecast?.weightedInWindow ?? ZERO), ZERO);
      expect(realized.equals(company.forecast?.realized ?? ZERO)).toBe(true);
      expect(weighted.equals(company.forecast?.weightedInWindow ?? ZERO)).toBe(true);
      expect(grouped.groups.some((g) => g.key === "roster-only")).toBe(true);
    },
  );
  /** The result of `run`, or the error it throws (class and message). */
  function outcome(run: () => unknown): unknown {
    try {
      return { result: run() };
    } catch (error) {
      return { error: (error as Error).constructor.name, message: (error as Error).message };
    }
  }

  test.prop(
    [
      scenarioArb(signedAmountArb, 25),
      fc.boolean(),
      fc.boolean(),
      // a stage map without "negotiation" (UnknownStageError), a probability with more than four decimals, a USD deal or order (MixedCurrencyError)
      fc.constantFrom("plain", "unknown-stage", "long-probability", "usd-deal", "usd-order"),
      fc.constantFrom<"none" | "seller" | "team">("none", "seller", "team"),
    ],
    { numRuns: 150 },
  )(
    "the kernel and the reference executor give the same result (or the same error)",
    ({ seeds, setting, forecast: seed }, explain, withForecast, twist, grouped) => {
      let deals = toDeals(seeds);
      let forecast = toForecast(seed);
      let stageProbabilities: ReadonlyMap<string, string> = STAGES;
      if (twist === "unknown-stage")
        stageProbabilities = new Map([...STAGES].filter(([stage]) => stage !== "negotiation"));
      if (twist === "long-probability") stageProbabilities = new Map([...STAGES, ["proposal", "0.123456"]]);
      if (twist === "usd-deal" && deals.length > 1)
        deals = deals.map((d, i) => (i === deals.length - 1 ? { ...d, currency: "USD" } : d));
      if (twist === "usd-order")
        forecast = { ...forecast, orders: forecast.orders.map((o, i) => (i === 0 ? { ...o, currency: "USD" } : o)) };
      const sellers = [
        { id: "s2", name: "Bo", teamId: "north" },
        { id: "roster-only", name: "Nobody", teamId: "north" },
        { id: "__proto__", name: "Proto", teamId: "south" },
        { id: "s1", name: "Ana", teamId: "north" },
      ];
      const options = optionsOf(setting, {
        explain,
        stageProbabilities,
        sellers,
        ...(withForecast ? { forecast } : {}),
      });
      const onBoth = (compute: (run: PlanRunner) => unknown): [unknown, unknown] => [
        outcome(() =>
          compute(
            tableRunner({ deals: dealColumnsOf(deals, "deals"), orders: orderColumnsOf(forecast.orders, "orders") }),
          ),
        ),
        outcome(() => compute(referenceRunner({ deals, orders: forecast.orders }))),
      ];
      const [kernel, reference] =
        grouped === "none"
          ? onBoth((run) =>
              pipelineOf(
                run,
                checkPipelineOptions({ ...options, scope: { level: "team", teamId: "north" } }, false).settings,
              ),
            )
          : onBoth((run) => pipelineGroupsOf(run, options, grouped));
      expect(kernel).toEqual(reference);
      if (grouped === "none") {
        const [company, companyReference] = onBoth((run) =>
          pipelineOf(run, checkPipelineOptions(options, false).settings),
        );
        expect(company).toEqual(companyReference);
      }
    },
  );
});

describe("the weighted sums against plain Decimal arithmetic", () => {
  // The pipeline adds amounts as scaled integers per probability and multiplies each probability
  // once; the reference multiplies and adds every open deal with Decimal. Amounts near and past
  // 2^53 units of 10^-4, negative amounts, amounts and probabilities with more than four decimals.
  const hardAmountArb = fc.oneof(
    signedAmountArb,
    fc
      .constantFrom("900719925474.0991", "900719925474.0992", "-900719925474.0991", "0.00001", "123456789.123456789")
      .map((text) => new Dec(text)),
    fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map((units) => new Dec(units.toString()).div(10_000)),
  );
  const hardProbabilityArb = fc.option(
    fc.oneof(
      probabilityArb.map((p) => p ?? new Dec(0)),
      fc.constantFrom("0.123456", "0.33333", "1", "0").map((text) => new Dec(text)),
    ),
    { nil: undefined },
  );

  test.prop([scenarioArb(hardAmountArb), fc.array(hardProbabilityArb, { maxLength: 30 })])(
    "count, unweighted and weighted totals are those of the open deals, summed one by one",
    ({ setting, seeds }, probabilities) => {
      const deals = toDeals(
        seeds.map((seed, i) => ({
          ...seed,
          probability: i < probabilities.length ? probabilities[i] : seed.probability,
        })),
      );
      const asOf = setting.asOf.getTime();
      const open = deals.filter(
        (deal) => deal.createdAt.getTime() <= asOf && (deal.closedAt === undefined || deal.closedAt.getTime() > asOf),
      );
      let unweighted: Decimal = ZERO;
      let weighted: Decimal = ZERO;
      for (const deal of open) {
        unweighted = unweighted.plus(deal.amount);
        weighted = weighted.plus(
          new Dec(deal.amount).times(deal.probability ?? new Dec(STAGES.get(deal.stage) as string)),
        );
      }
      const result = pipeline(dealTable(deals), optionsOf(setting));
      expect(result.totals.dealCount).toBe(open.length);
      expect(result.totals.unweighted.equals(unweighted)).toBe(true);
      expect(result.totals.weighted.equals(weighted)).toBe(true);
    },
  );
});
