/**
 * Invariants over whole generated datasets (issue "Reliability", part 5), beyond the per-indicator
 * properties beside each module:
 * 1. merging halves: where a figure is a sum or a count, computing it over two halves of the input
 *    and adding equals computing it over the whole;
 * 2. converting at rate 1: records relabelled to another currency, with an exchange rate of 1 into
 *    the reporting currency, give exactly the figures of the all-one-currency computation;
 * 3. two reporting zones: over a range that covers all the data, totals are the same in UTC and in
 *    another zone (only bucket boundaries move with the zone, never what the range holds);
 * 4. JSON round trip: every indicator's result, written with `JSON.stringify` and read back with its
 *    result schema, is the same result (decimals by value, instants by time, same keys).
 *
 * Datasets and options come from `./datasets.ts`; each property runs `RUNS.numRuns` times (100 by
 * default, `INVARIANT_RUNS` to change it).
 */
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect } from "vitest";
import type * as z from "zod";
import {
  activityRate,
  activityRateGrouped,
  ActivityRateGroupedResultSchema,
  ActivityRateResultSchema,
  createExchangeRates,
  lostDeals,
  lostDealsGrouped,
  LostDealsGroupedResultSchema,
  LostDealsResultSchema,
  pipeline,
  pipelineGrouped,
  PipelineGroupedResultSchema,
  PipelineResultSchema,
  resultFromJSON,
  revenuePerSeller,
  RevenuePerSellerResultSchema,
  revenueVsTarget,
  revenueVsTargetGrouped,
  RevenueVsTargetGroupedResultSchema,
  RevenueVsTargetResultSchema,
  revenueVsTargetSeries,
  RevenueVsTargetSeriesResultSchema,
  toDecimal,
  type ActivityRateResult,
  type ExchangeRates,
  type Grain,
  type LostDealsFigures,
  type LostDealsResult,
  type Period,
  type PipelineAmounts,
  type PipelineResult,
  type RevenuePerSellerResult,
} from "../../src/index.js";
import {
  caseArb,
  coveringRange,
  CURRENCY,
  datasetArb,
  maskArb,
  REASON_CATEGORIES,
  relabel,
  RUNS,
  scopeArb,
  splitDataset,
  STAGE_PROBABILITIES,
  instantArb,
  type Dataset,
  type Scenario,
} from "./datasets.js";

const ZERO = toDecimal(0);

/**
 * The first difference between two values, or `null` when they are the same: decimals compare by
 * value (`equals`), dates by time, arrays element by element, objects by their own keys (the same
 * set on both sides) and values, anything else with `Object.is`.
 */
function differenceOf(actual: unknown, expected: unknown, path = "result"): string | null {
  if (Decimal.isDecimal(actual) || Decimal.isDecimal(expected)) {
    if (!Decimal.isDecimal(actual) || !Decimal.isDecimal(expected))
      return `${path}: ${String(actual)} vs ${String(expected)} (one is not a Decimal)`;
    return actual.equals(expected) ? null : `${path}: ${String(actual)} vs ${String(expected)}`;
  }
  if (actual instanceof Date || expected instanceof Date) {
    if (!(actual instanceof Date) || !(expected instanceof Date))
      return `${path}: ${String(actual)} vs ${String(expected)} (one is not a Date)`;
    return actual.getTime() === expected.getTime()
      ? null
      : `${path}: ${actual.toISOString()} vs ${expected.toISOString()}`;
  }
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected)) return `${path}: one is not an array`;
    if (actual.length !== expected.length) return `${path}: length ${actual.length} vs ${expected.length}`;
    for (let i = 0; i < actual.length; i++) {
      const found = differenceOf(actual[i], expected[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) {
    const keysA = Object.keys(actual).sort();
    const keysE = Object.keys(expected).sort();
    if (keysA.join("\u0000") !== keysE.join("\u0000"))
      return `${path}: keys [${keysA.join(", ")}] vs [${keysE.join(", ")}]`;
    for (const key of keysE) {
      const found = differenceOf(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found !== null) return found;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
}

const expectSame = (actual: unknown, expected: unknown, path?: string): void => {
  expect(differenceOf(actual, expected, path)).toBeNull();
};

const add = (a: Decimal | undefined, b: Decimal | undefined): Decimal => (a ?? ZERO).plus(b ?? ZERO);

/** Values of `b` keyed by `key`, merged into the sum of `a`'s: what two halves add up to. */
function mergeByKey<T, V>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  value: (item: T) => V,
  plus: (x: V, y: V) => V,
): Map<string, V> {
  const merged = new Map<string, V>();
  for (const item of [...a, ...b]) {
    const k = key(item);
    const v = value(item);
    const seen = merged.get(k);
    merged.set(k, seen === undefined ? v : plus(seen, v));
  }
  return merged;
}

/** Checks that the whole's keyed values equal the merged halves' (missing keys count as zero on the whole's side only when their value is zero). */
function expectMerged<V>(whole: Map<string, V>, merged: Map<string, V>, isZero: (v: V) => boolean, path: string): void {
  for (const [k, v] of merged) {
    const w = whole.get(k);
    if (w === undefined) expect(isZero(v), `${path}: ${k} is in a half but not in the whole`).toBe(true);
    else expectSame(w, v, `${path}[${k}]`);
  }
  for (const [k, w] of whole)
    if (!merged.has(k)) expect(isZero(w), `${path}: ${k} is in the whole but in no half`).toBe(true);
}

const common = (s: Scenario, d: Dataset) => ({
  timeZone: s.timeZone,
  fiscalYearStartMonth: s.fiscalYearStartMonth,
  sellers: d.sellers,
  scope: s.scope,
  explain: s.explain,
  currency: CURRENCY,
});
const asOfOption = (s: Scenario): { asOf?: Date } => (s.asOf === undefined ? {} : { asOf: s.asOf });

// ---------------------------------------------------------------------------------------------
// Indicator runs over a dataset and a scenario (the same calls serve every invariant).

const runRevenueVsTarget = (d: Dataset, s: Scenario, period: Period = s.period, extra: object = {}) =>
  revenueVsTarget(d.orders, {
    targets: d.revenueTargets,
    ...common(s, d),
    ...asOfOption(s),
    dayCount: s.dayCount,
    period,
    ...extra,
  });

const runSeries = (d: Dataset, s: Scenario, range: Period = s.range, grain: Grain = s.grain, extra: object = {}) =>
  revenueVsTargetSeries(d.orders, {
    targets: d.revenueTargets,
    ...common(s, d),
    ...asOfOption(s),
    dayCount: s.dayCount,
    range,
    grain,
    ...extra,
  });

const runGroupedRevenue = (d: Dataset, s: Scenario, extra: object = {}) =>
  revenueVsTargetGrouped(d.orders, {
    targets: d.revenueTargets,
    ...common(s, d),
    ...asOfOption(s),
    dayCount: s.dayCount,
    period: s.period,
    groupBy: "seller",
    ...extra,
  });

const runPerSeller = (
  d: Dataset,
  s: Scenario,
  range: Period = s.range,
  grain: Grain = s.grain,
  extra: object = {},
): RevenuePerSellerResult =>
  revenuePerSeller(d.orders, {
    ...common(s, d),
    ...asOfOption(s),
    dayCount: s.dayCount,
    range,
    grain,
    targets: d.revenueTargets,
    activities: d.activities,
    ...extra,
  });

const runPipeline = (d: Dataset, s: Scenario, forecastPeriod: Period = s.period, extra: object = {}): PipelineResult =>
  pipeline(d.deals, {
    ...common(s, d),
    dayCount: s.dayCount,
    asOf: s.asOf ?? s.pipelineAsOf,
    grain: s.pipelineGrain,
    stageProbabilities: STAGE_PROBABILITIES,
    forecast: { period: forecastPeriod, orders: d.orders, targets: d.revenueTargets },
    ...extra,
  });

const runActivity = (d: Dataset, s: Scenario, period: Period = s.period): ActivityRateResult => {
  const { currency: _currency, ...options } = common(s, d);
  return activityRate(d.activities, {
    targets: d.activityTargets,
    ...options,
    ...asOfOption(s),
    dayCount: s.dayCount,
    period,
  });
};

const runLost = (d: Dataset, s: Scenario, range: Period = s.range, grain: Grain = s.grain, extra: object = {}) =>
  lostDeals(d.deals, { ...common(s, d), range, grain, reasonCategories: REASON_CATEGORIES, ...extra });

/** A split of a generated case: the whole and its two halves. */
const splitCaseArb = fc.tuple(caseArb, maskArb);

// ---------------------------------------------------------------------------------------------

describe("merging the results of two halves equals the result over the whole (sums and counts)", () => {
  test.prop([splitCaseArb], RUNS)(
    "revenueVsTarget, its series and its per-seller groups: realized",
    ([{ dataset, scenario }, mask]) => {
      const [a, b] = splitDataset(dataset, mask);
      expectSame(
        runRevenueVsTarget(dataset, scenario).realized,
        add(runRevenueVsTarget(a, scenario).realized, runRevenueVsTarget(b, scenario).realized),
        "realized",
      );

      const [whole, left, right] = [dataset, a, b].map((d) => runSeries(d, scenario));
      expectSame(whole?.total.realized, add(left?.total.realized, right?.total.realized), "series total");
      whole?.buckets.forEach((bucket, i) => {
        expect(left?.buckets[i]?.label).toBe(bucket.label);
        expectSame(
          bucket.realized,
          add(left?.buckets[i]?.realized, right?.buckets[i]?.realized),
          `bucket ${bucket.label}`,
        );
      });

      const [gw, ga, gb] = [dataset, a, b].map((d) => runGroupedRevenue(d, scenario).groups);
      const byKey = (groups: typeof gw) => new Map((groups ?? []).map((g) => [g.key, g.result.realized]));
      const merged = mergeByKey(
        [...(ga ?? []), ...(gb ?? [])],
        [],
        (g) => g.key,
        (g) => g.result.realized,
        (x, y) => x.plus(y),
      );
      expectMerged(byKey(gw), merged, (v) => v.isZero(), "groups");
    },
  );

  test.prop([splitCaseArb], RUNS)(
    "revenuePerSeller: realized per seller and bucket, totals, done activity counts",
    ([{ dataset, scenario }, mask]) => {
      const [a, b] = splitDataset(dataset, mask);
      const [whole, left, right] = [dataset, a, b].map((d) => runPerSeller(d, scenario)) as [
        RevenuePerSellerResult,
        RevenuePerSellerResult,
        RevenuePerSellerResult,
      ];
      expect(left.buckets.map((x) => x.label)).toEqual(whole.buckets.map((x) => x.label));
      const points = (r: RevenuePerSellerResult) =>
        r.sellers.flatMap((s) => s.points.map((p, i) => ({ key: `${s.sellerId}\u0000${i}`, realized: p.realized })));
      const merged = mergeByKey(
        points(left),
        points(right),
        (p) => p.key,
        (p) => p.realized,
        (x, y) => x.plus(y),
      );
      expectMerged(new Map(points(whole).map((p) => [p.key, p.realized])), merged, (v) => v.isZero(), "points");
      const totals = mergeByKey(
        left.sellers,
        right.sellers,
        (s) => s.sellerId,
        (s) => s.total,
        (x, y) => x.plus(y),
      );
      expectMerged(new Map(whole.sellers.map((s) => [s.sellerId, s.total])), totals, (v) => v.isZero(), "totals");
      const effort = mergeByKey(
        left.effortVsResult,
        right.effortVsResult,
        (l) => l.sellerId,
        (l) => l.activityCount ?? -1,
        (x, y) => x + y,
      );
      expectMerged(
        new Map(whole.effortVsResult.map((l) => [l.sellerId, l.activityCount ?? -1])),
        effort,
        (v) => v === 0,
        "activity counts",
      );
    },
  );

  test.prop([splitCaseArb], RUNS)(
    "pipeline: totals, overdue, undated, buckets, and the forecast's sums",
    ([{ dataset, scenario }, mask]) => {
      const [a, b] = splitDataset(dataset, mask);
      const [whole, left, right] = [dataset, a, b].map((d) => runPipeline(d, scenario)) as [
        PipelineResult,
        PipelineResult,
        PipelineResult,
      ];
      const plain = (x: PipelineAmounts) => ({
        dealCount: x.dealCount,
        unweighted: x.unweighted,
        weighted: x.weighted,
      });
      const sum = (x: PipelineAmounts, y: PipelineAmounts) => ({
        dealCount: x.dealCount + y.dealCount,
        unweighted: x.unweighted.plus(y.unweighted),
        weighted: x.weighted.plus(y.weighted),
      });
      expectSame(plain(whole.totals), sum(left.totals, right.totals), "totals");
      expectSame(plain(whole.overdue), sum(left.overdue, right.overdue), "overdue");
      expectSame(plain(whole.undated), sum(left.undated, right.undated), "undated");
      const merged = mergeByKey(left.buckets, right.buckets, (x) => x.label, plain, sum);
      expectMerged(new Map(whole.buckets.map((x) => [x.label, plain(x)])), merged, (v) => v.dealCount === 0, "buckets");
      const f = (r: PipelineResult) => r.forecast;
      expect(f(whole)).not.toBeNull();
      expectSame(f(whole)?.realized, add(f(left)?.realized, f(right)?.realized), "forecast realized");
      expect(f(whole)?.dealCountInWindow).toBe((f(left)?.dealCountInWindow ?? 0) + (f(right)?.dealCountInWindow ?? 0));
      expectSame(
        f(whole)?.unweightedInWindow,
        add(f(left)?.unweightedInWindow, f(right)?.unweightedInWindow),
        "unweighted in window",
      );
      expectSame(
        f(whole)?.weightedInWindow,
        add(f(left)?.weightedInWindow, f(right)?.weightedInWindow),
        "weighted in window",
      );
    },
  );

  test.prop([splitCaseArb], RUNS)(
    "activityRate: done counts in total, per type, per seller and per seller and type",
    ([{ dataset, scenario }, mask]) => {
      const [a, b] = splitDataset(dataset, mask);
      const [whole, left, right] = [dataset, a, b].map((d) => runActivity(d, scenario)) as [
        ActivityRateResult,
        ActivityRateResult,
        ActivityRateResult,
      ];
      expect(whole.totalDone).toBe(left.totalDone + right.totalDone);
      const plus = (x: number, y: number) => x + y;
      const zero = (v: number) => v === 0;
      expectMerged(
        new Map(whole.byType.map((t) => [t.type, t.done])),
        mergeByKey(
          left.byType,
          right.byType,
          (t) => t.type,
          (t) => t.done,
          plus,
        ),
        zero,
        "byType",
      );
      expectMerged(
        new Map(whole.bySeller.map((s) => [s.sellerId, s.done])),
        mergeByKey(
          left.bySeller,
          right.bySeller,
          (s) => s.sellerId,
          (s) => s.done,
          plus,
        ),
        zero,
        "bySeller",
      );
      const cells = (r: ActivityRateResult) =>
        r.bySeller.flatMap((s) => s.byType.map((t) => ({ key: `${s.sellerId}\u0000${t.type}`, done: t.done })));
      expectMerged(
        new Map(cells(whole).map((c) => [c.key, c.done])),
        mergeByKey(
          cells(left),
          cells(right),
          (c) => c.key,
          (c) => c.done,
          plus,
        ),
        zero,
        "cells",
      );
    },
  );

  test.prop([splitCaseArb], RUNS)(
    "lostDeals: lost and won counts and amounts per bucket, in total and per reason, category and competitor",
    ([{ dataset, scenario }, mask]) => {
      const [a, b] = splitDataset(dataset, mask);
      const [whole, left, right] = [dataset, a, b].map((d) => runLost(d, scenario)) as [
        LostDealsResult,
        LostDealsResult,
        LostDealsResult,
      ];
      const sums = (x: LostDealsFigures) => ({
        lostCount: x.lostCount,
        lostAmount: x.lostAmount,
        wonCount: x.wonCount,
        wonAmount: x.wonAmount,
      });
      const sumOf = (x: LostDealsFigures | undefined, y: LostDealsFigures | undefined) => ({
        lostCount: (x?.lostCount ?? 0) + (y?.lostCount ?? 0),
        lostAmount: add(x?.lostAmount, y?.lostAmount),
        wonCount: (x?.wonCount ?? 0) + (y?.wonCount ?? 0),
        wonAmount: add(x?.wonAmount, y?.wonAmount),
      });
      const breakdowns = (w: LostDealsFigures, l: LostDealsFigures, r: LostDealsFigures, path: string): void => {
        expectSame(sums(w), sumOf(l, r), path);
        type Cell = { count: number; amount: Decimal };
        const cell = (x: { count: number; amount: Decimal }): Cell => ({ count: x.count, amount: x.amount });
        const plus = (x: Cell, y: Cell): Cell => ({ count: x.count + y.count, amount: x.amount.plus(y.amount) });
        const zero = (v: Cell) => v.count === 0;
        const reason = (x: { reason: string | null }) => (x.reason === null ? "\u0000null" : x.reason);
        expectMerged(
          new Map(w.byReason.map((x) => [reason(x), cell(x)])),
          mergeByKey(l.byReason, r.byReason, reason, cell, plus),
          zero,
          `${path} byReason`,
        );
        expectMerged(
          new Map(w.byCategory.map((x) => [x.category, cell(x)])),
          mergeByKey(l.byCategory, r.byCategory, (x) => x.category, cell, plus),
          zero,
          `${path} byCategory`,
        );
        expectMerged(
          new Map(w.byCompetitor.map((x) => [x.competitor, cell(x)])),
          mergeByKey(l.byCompetitor, r.byCompetitor, (x) => x.competitor, cell, plus),
          zero,
          `${path} byCompetitor`,
        );
      };
      breakdowns(whole.totals, left.totals, right.totals, "totals");
      whole.buckets.forEach((bucket, i) => {
        const l = left.buckets[i];
        const r = right.buckets[i];
        expect(l?.label).toBe(bucket.label);
        if (l !== undefined && r !== undefined) breakdowns(bucket, l, r, `bucket ${bucket.label}`);
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------

/** USD into EUR at exactly 1, in force long before any generated date. */
const RATE_ONE: ExchangeRates = createExchangeRates({
  reportingCurrency: CURRENCY,
  rates: [{ currency: "USD", rate: "1", validFrom: new Date(Date.UTC(1900, 0, 1)) }],
});

describe("converting at rate 1 changes nothing", () => {
  test.prop([caseArb, maskArb], RUNS)(
    "records relabelled to USD at rate 1 give every figure of the all-EUR computation",
    ({ dataset, scenario }, mask) => {
      const usd = relabel(dataset, "USD", mask);
      const rates = { exchangeRates: RATE_ONE };
      expectSame(
        runRevenueVsTarget(usd, scenario, scenario.period, rates),
        runRevenueVsTarget(dataset, scenario),
        "revenueVsTarget",
      );
      expectSame(
        runSeries(usd, scenario, scenario.range, scenario.grain, rates),
        runSeries(dataset, scenario),
        "revenueVsTargetSeries",
      );
      expectSame(
        runGroupedRevenue(usd, scenario, rates),
        runGroupedRevenue(dataset, scenario),
        "revenueVsTargetGrouped",
      );
      expectSame(
        runPerSeller(usd, scenario, scenario.range, scenario.grain, rates),
        runPerSeller(dataset, scenario),
        "revenuePerSeller",
      );
      expectSame(runPipeline(usd, scenario, scenario.period, rates), runPipeline(dataset, scenario), "pipeline");
      expectSame(
        runLost(usd, scenario, scenario.range, scenario.grain, rates),
        runLost(dataset, scenario),
        "lostDeals",
      );
    },
  );
});

// ---------------------------------------------------------------------------------------------

const OTHER_ZONES = [
  "Pacific/Chatham",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Europe/Paris",
] as const;

const twoZoneCaseArb = datasetArb.chain((dataset) =>
  fc.record({
    dataset: fc.constant(dataset),
    zone: fc.constantFrom(...OTHER_ZONES),
    grain: fc.constantFrom<Grain>("month", "quarter", "semester", "year"),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    dayCount: fc.constantFrom("calendar" as const, "business" as const),
    asOf: fc.option(
      instantArb.map((t) => new Date(t)),
      { nil: undefined, freq: 2 },
    ),
    pipelineAsOf: instantArb.map((t) => new Date(t)),
    scope: scopeArb(dataset.sellers),
  }),
);

describe("the same data in two reporting zones gives the same totals over a range that covers it all", () => {
  test.prop([twoZoneCaseArb], RUNS)(
    "realized, targets, pipeline totals, lost and won counts, done counts: UTC and another zone",
    (c) => {
      const range = coveringRange(c.dataset);
      const scenarioIn = (timeZone: Scenario["timeZone"]): Scenario => ({
        timeZone,
        fiscalYearStartMonth: c.fiscalYearStartMonth,
        dayCount: c.dayCount,
        period: range,
        range,
        grain: c.grain,
        pipelineGrain: "month",
        asOf: c.asOf,
        pipelineAsOf: c.pipelineAsOf,
        scope: c.scope,
        explain: false,
      });
      const utc = scenarioIn("UTC");
      const other = scenarioIn(c.zone);
      const d = c.dataset;

      // revenueVsTarget: every target lies inside the range, so each counts whole in both zones.
      const [r1, r2] = [utc, other].map((s) => runRevenueVsTarget(d, s));
      expectSame(
        [r2?.realized, r2?.target, r2?.attainment, r2?.remaining],
        [r1?.realized, r1?.target, r1?.attainment, r1?.remaining],
        "revenueVsTarget",
      );

      const [s1, s2] = [utc, other].map((s) => runSeries(d, s));
      const bucketSum = (r: typeof s1) => (r?.buckets ?? []).reduce((acc, b) => acc.plus(b.realized), ZERO);
      expectSame([s2?.total.realized, bucketSum(s2)], [s1?.total.realized, bucketSum(s1)], "series");
      expectSame(bucketSum(s1), s1?.total.realized, "series bucket sum");

      const [p1, p2] = [utc, other].map((s) => runPerSeller(d, s));
      const perSeller = (r: RevenuePerSellerResult | undefined) =>
        (r?.effortVsResult ?? []).map((l) => ({
          sellerId: l.sellerId,
          realized: l.realized,
          target: l.target,
          activityCount: l.activityCount,
        }));
      expectSame(perSeller(p2), perSeller(p1), "revenuePerSeller");
      expectSame(
        p2?.sellers.map((s) => s.total),
        p1?.sellers.map((s) => s.total),
        "revenuePerSeller totals",
      );

      const [q1, q2] = [utc, other].map((s) => runPipeline(d, s));
      const plain = (x: PipelineAmounts | undefined) => ({
        dealCount: x?.dealCount,
        unweighted: x?.unweighted,
        weighted: x?.weighted,
      });
      expectSame(plain(q2?.totals), plain(q1?.totals), "pipeline totals");
      expectSame(
        [q2?.forecast?.realized, q2?.forecast?.target],
        [q1?.forecast?.realized, q1?.forecast?.target],
        "pipeline forecast",
      );

      const [l1, l2] = [utc, other].map((s) => runLost(d, s));
      expectSame(l2?.totals, l1?.totals, "lostDeals totals");
      expect(l2?.buckets.reduce((n, b) => n + b.lostCount, 0)).toBe(l1?.totals.lostCount);

      const [a1, a2] = [utc, other].map((s) => runActivity(d, s));
      const activity = (r: ActivityRateResult | undefined) => ({
        totalDone: r?.totalDone,
        bySeller: r?.bySeller,
        byType: r?.byType.map((t) => ({ type: t.type, done: t.done, target: t.target, rate: t.rate })),
        overall: r?.overall,
      });
      expectSame(activity(a2), activity(a1), "activityRate");
    },
  );
});

// ---------------------------------------------------------------------------------------------

/**
 * Writes a result as JSON, reads it back with its schema, and checks both ways of comparing: the two
 * JSON texts hold the same JSON value (key order aside: a schema may list a key elsewhere), and the
 * read-back result equals the original with decimals by value and instants by time.
 */
function expectRoundTrip<T>(schema: z.ZodType<T>, result: T, name: string): void {
  const text = JSON.stringify(result);
  const back = resultFromJSON(schema, text);
  expect(JSON.parse(JSON.stringify(back)), name).toEqual(JSON.parse(text));
  expectSame(back, result, name);
}

/** Team groups when wanted and the scope can hold teams (a seller scope cannot), else seller groups. */
const teamOrSeller = (s: Scenario, wanted: boolean): "seller" | "team" =>
  wanted && s.scope.level !== "seller" ? "team" : "seller";

describe("every result survives a JSON round trip unchanged", () => {
  test.prop([caseArb], RUNS)(
    "revenueVsTarget, its series, its groups and revenuePerSeller read back equal",
    ({ dataset: d, scenario: s }) => {
      expectRoundTrip(RevenueVsTargetResultSchema, runRevenueVsTarget(d, s), "revenueVsTarget");
      expectRoundTrip(RevenueVsTargetSeriesResultSchema, runSeries(d, s), "revenueVsTargetSeries");
      expectRoundTrip(
        RevenueVsTargetGroupedResultSchema,
        runGroupedRevenue(d, s, { groupBy: teamOrSeller(s, s.explain) }),
        "revenueVsTargetGrouped",
      );
      expectRoundTrip(RevenuePerSellerResultSchema, runPerSeller(d, s), "revenuePerSeller");
    },
  );

  test.prop([caseArb, fc.boolean()], RUNS)(
    "pipeline, activityRate and lostDeals, plain and grouped, read back equal",
    ({ dataset: d, scenario: s }, withForecast) => {
      const byTeam = (wanted: boolean) => teamOrSeller(s, wanted);
      const pipelineResult = withForecast ? runPipeline(d, s) : runPipeline(d, s, s.period, { forecast: undefined });
      expectRoundTrip(PipelineResultSchema, pipelineResult, "pipeline");
      const { scope: _scope, ...grouped } = common(s, d);
      expectRoundTrip(
        PipelineGroupedResultSchema,
        pipelineGrouped(d.deals, {
          ...grouped,
          asOf: s.asOf ?? s.pipelineAsOf,
          grain: s.pipelineGrain,
          stageProbabilities: STAGE_PROBABILITIES,
          groupBy: byTeam(!withForecast),
          ...(withForecast ? { forecast: { period: s.period, orders: d.orders, targets: d.revenueTargets } } : {}),
        }),
        "pipelineGrouped",
      );
      expectRoundTrip(ActivityRateResultSchema, runActivity(d, s), "activityRate");
      const { currency: _currency, ...activityOptions } = grouped;
      expectRoundTrip(
        ActivityRateGroupedResultSchema,
        activityRateGrouped(d.activities, {
          targets: d.activityTargets,
          ...activityOptions,
          ...asOfOption(s),
          period: s.period,
          groupBy: byTeam(withForecast),
        }),
        "activityRateGrouped",
      );
      expectRoundTrip(LostDealsResultSchema, runLost(d, s), "lostDeals");
      expectRoundTrip(
        LostDealsGroupedResultSchema,
        lostDealsGrouped(d.deals, {
          ...grouped,
          range: s.range,
          grain: s.grain,
          reasonCategories: REASON_CATEGORIES,
          groupBy: byTeam(!s.explain),
        }),
        "lostDealsGrouped",
      );
    },
  );
});
