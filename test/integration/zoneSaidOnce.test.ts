/**
 * Issue 9, item 1 ("the time zone, said once"): every indicator checks the zone of the period (or
 * range) it is given against its options' `timeZone`, uses the period's zone when the options
 * omit it, and echoes the period's label and the zone used.
 */
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/errors/index.js";
import { activityRate } from "../../src/indicators/activity/activityRate.js";
import { activityRateGrouped } from "../../src/indicators/activity/activityRateGrouped.js";
import { activityRateSeries } from "../../src/indicators/activity/activityRateSeries.js";
import { lostDeals } from "../../src/indicators/lostDeals/lostDeals.js";
import { lostDealsGrouped } from "../../src/indicators/lostDeals/lostDealsGrouped.js";
import { pipeline } from "../../src/indicators/pipeline/pipeline.js";
import { pipelineGrouped } from "../../src/indicators/pipeline/pipelineGrouped.js";
import { revenuePerSeller, RevenuePerSellerResultSchema } from "../../src/indicators/revenue/revenuePerSeller.js";
import { revenueVsTarget, RevenueVsTargetResultSchema } from "../../src/indicators/revenue/revenueVsTarget.js";
import { revenueVsTargetGrouped } from "../../src/indicators/revenue/revenueVsTargetGrouped.js";
import { revenueVsTargetSeries } from "../../src/indicators/revenue/revenueVsTargetSeries.js";
import { resultFromJSON } from "../../src/model/resultJson.js";
import type { Activity, Deal, Order, Period } from "../../src/index.js";
import { toDecimal } from "../../src/money/decimal.js";
import { createPeriod } from "../../src/period/createPeriod.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

const PARIS = "Europe/Paris";
const paris = parsePeriod("2026-Q4", { timeZone: PARIS });
const utc = parsePeriod("2026-Q4", { timeZone: "UTC" });
const asOf = new Date("2026-11-15T12:00:00Z");

const orders: Order[] = [
  {
    id: "o1",
    date: new Date("2026-09-30T22:00:00Z"),
    amount: toDecimal("100"),
    currency: "EUR",
    sellerId: "s1",
    customerId: "c1",
  },
];
const deals: Deal[] = [
  {
    id: "d1",
    ownerId: "s1",
    amount: toDecimal("1000"),
    currency: "EUR",
    stage: "proposal",
    createdAt: new Date("2026-09-01T00:00:00Z"),
    status: "open",
    expectedCloseDate: new Date("2026-12-01T00:00:00Z"),
  },
  {
    id: "d2",
    ownerId: "s1",
    amount: toDecimal("500"),
    currency: "EUR",
    stage: "closed-lost",
    createdAt: new Date("2026-09-01T00:00:00Z"),
    status: "lost",
    closedAt: new Date("2026-10-05T00:00:00Z"),
  },
];
const activities: Activity[] = [
  { id: "a1", ownerId: "s1", type: "call", date: new Date("2026-10-02T08:00:00Z"), status: "done" },
];
const sellers = [{ id: "s1", name: "Ann" }];
const stageProbabilities = { proposal: "0.5" };

/** Every indicator form, run with a period (or range) and options. */
const RUNS: readonly (readonly [
  name: string,
  run: (
    period: Period,
    options: { timeZone?: string },
  ) => { readonly timeZone?: string | undefined; readonly label?: string | undefined } | undefined,
])[] = [
  ["revenueVsTarget", (period, o) => revenueVsTarget(orders, { targets: [], ...o, period }).period],
  ["revenueVsTargetSeries", (period, o) => revenueVsTargetSeries(orders, { targets: [], ...o, range: period }).range],
  [
    "revenueVsTargetGrouped",
    (period, o) => revenueVsTargetGrouped(orders, { targets: [], ...o, period, groupBy: "seller" }).period,
  ],
  ["revenuePerSeller", (period, o) => revenuePerSeller(orders, { ...o, range: period, sellers }).range],
  [
    "pipeline",
    (period, o) =>
      pipeline(deals, { ...o, asOf, stageProbabilities, forecast: { period, orders, targets: [] } }).forecast?.period,
  ],
  [
    "pipelineGrouped",
    (period, o) =>
      pipelineGrouped(deals, {
        ...o,
        asOf,
        stageProbabilities,
        groupBy: "seller",
        forecast: { period, orders, targets: [] },
      }).groups[0]?.result.forecast?.period,
  ],
  ["activityRate", (period, o) => activityRate(activities, { targets: [], ...o, period }).period],
  ["activityRateSeries", (period, o) => activityRateSeries(activities, { targets: [], ...o, range: period }).range],
  [
    "activityRateGrouped",
    (period, o) =>
      activityRateGrouped(activities, { targets: [], ...o, period, groupBy: "seller", sellers }).groups[0]?.result
        .period,
  ],
  ["lostDeals", (period, o) => lostDeals(deals, { ...o, range: period }).range],
  [
    "lostDealsGrouped",
    (period, o) => lostDealsGrouped(deals, { ...o, range: period, groupBy: "seller" }).groups[0]?.result.range,
  ],
];

describe.each(RUNS)("%s and the period's zone", (_name, run) => {
  it("throws InvalidArgumentError naming both zones when the period's zone is not the options'", () => {
    expect(() => run(utc, { timeZone: PARIS })).toThrow(InvalidArgumentError);
    expect(() => run(utc, { timeZone: PARIS })).toThrow(/"UTC".*"Europe\/Paris"/);
    expect(() => run(paris, { timeZone: "UTC" })).toThrow(/"Europe\/Paris".*"UTC"/);
  });

  it("uses the period's zone when the options omit timeZone, and echoes the label and the zone", () => {
    expect(run(paris, {})).toMatchObject({ label: "2026-Q4", timeZone: PARIS, start: paris.start, end: paris.end });
    expect(run(paris, { timeZone: PARIS })).toMatchObject({ label: "2026-Q4", timeZone: PARIS });
  });

  it("echoes the options' zone (or UTC) for a period that carries none", () => {
    const bare = { start: paris.start, end: paris.end };
    expect(run(bare, { timeZone: PARIS })).toEqual({ ...bare, timeZone: PARIS });
    expect(run(bare, {})).toEqual({ ...bare, timeZone: "UTC" });
  });
});

describe("the zone in results", () => {
  it("is the period's zone: a Paris Q4 counts the order of 1 October, Paris time", () => {
    expect(revenueVsTarget(orders, { targets: [], period: paris }).realized.toString()).toBe("100");
    expect(revenueVsTarget(orders, { targets: [], period: utc }).realized.toString()).toBe("0");
  });

  it("the message says what to do", () => {
    expect(() => revenueVsTarget(orders, { targets: [], timeZone: PARIS, period: utc })).toThrow(
      `[crm-kpi] period was built in time zone "UTC" but the options' timeZone is "Europe/Paris": build the period in "Europe/Paris", or leave timeZone out of the options to use the period's zone`,
    );
  });

  it("round-trips through JSON with the label and zone", () => {
    const result = revenueVsTarget(orders, { targets: [], period: paris });
    const back = resultFromJSON(RevenueVsTargetResultSchema, JSON.stringify(result));
    expect(back.period).toEqual({ start: paris.start, end: paris.end, label: "2026-Q4", timeZone: PARIS });
    const custom = createPeriod(paris.start, paris.end, { label: "Autumn push" });
    expect(
      resultFromJSON(
        RevenueVsTargetResultSchema,
        JSON.stringify(revenueVsTarget(orders, { targets: [], period: custom })),
      ).period,
    ).toEqual({
      start: paris.start,
      end: paris.end,
      label: "Autumn push",
      timeZone: "UTC",
    });
    const series = revenuePerSeller(orders, { range: paris, grain: "month", sellers });
    const seriesBack = resultFromJSON(RevenuePerSellerResultSchema, JSON.stringify(series));
    expect(seriesBack.range).toEqual({ start: paris.start, end: paris.end, label: "2026-Q4", timeZone: PARIS });
    expect(seriesBack.buckets.map((bucket) => [bucket.label, bucket.timeZone])).toEqual([
      ["2026-10", PARIS],
      ["2026-11", PARIS],
      ["2026-12", PARIS],
    ]);
  });

  it("a period's zone is checked like an option's", () => {
    expect(() => revenueVsTarget(orders, { targets: [], period: { ...paris, timeZone: "Mars/Olympus" } })).toThrow(
      "[crm-kpi] period.timeZone: unknown time zone",
    );
  });
});
