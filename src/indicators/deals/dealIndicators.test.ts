import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import type { Activity, Deal, Order, RevenueTarget } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import { averageDealSize, averageDealSizeGrouped } from "./averageDealSize.js";
import {
  forecastAccuracy,
  forecastAccuracyGrouped,
  ForecastAccuracyGroupedResultSchema,
  ForecastAccuracyResultSchema,
} from "./forecastAccuracy.js";
import { pipelineCoverage, pipelineCoverageGrouped } from "./pipelineCoverage.js";
import { pipeline } from "../pipeline/pipeline.js";
import { pipelineAgeing } from "./pipelineAgeing.js";
import { salesCycleLength, SalesCycleLengthResultSchema } from "./salesCycleLength.js";
import { salesVelocity } from "./salesVelocity.js";
import { winRate, winRateGrouped, WinRateResultSchema } from "./winRate.js";

// Hand-worked examples of the deal indicators of spec section 4 (win rate, average deal size,
// sales cycle length, sales velocity, pipeline coverage, forecast accuracy). Where a vendor
// publishes a formula or an example, the test cites it.

const MARCH = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const Q1 = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

function deal(
  id: string,
  status: Deal["status"],
  amount: string,
  createdAt: string,
  closedAt?: string,
  extra: Partial<Deal> = {},
): Deal {
  return {
    id,
    ownerId: "ann",
    amount: toDecimal(amount),
    currency: "EUR",
    stage: status === "open" ? "proposal" : status,
    status,
    createdAt: new Date(createdAt),
    ...(closedAt === undefined ? {} : { closedAt: new Date(closedAt) }),
    ...extra,
  };
}

describe("winRate", () => {
  it("reproduces the published example: 20 won and 80 lost give 20 %", () => {
    // https://altiorco.com/revops-dictionary/win-rate: "closed 20 deals this quarter and lost 80,
    // your win rate is 20% (20 / 100)"; HubSpot's default formula is won / (won + lost).
    const deals = [
      ...Array.from({ length: 20 }, (_, i) => deal(`w${i}`, "won", "1000", "2026-01-02", "2026-02-01")),
      ...Array.from({ length: 80 }, (_, i) => deal(`l${i}`, "lost", "1000", "2026-01-02", "2026-02-01")),
    ];
    const r = winRate(deals, { period: Q1 });
    expect(r.byCount.value?.toString()).toBe("0.2");
    expect([r.byCount.numerator.toString(), r.byCount.denominator.toString()]).toEqual(["20", "100"]);
    expect(r.byValue.value?.toString()).toBe("0.2");
  });

  it("counts deals closed in [start, min(end, asOf)) and says the period is partial", () => {
    const deals = [
      deal("d1", "won", "3000", "2026-01-01", "2026-03-01T00:00:00Z"), // on the start: counted
      deal("d2", "lost", "1000", "2026-01-01", "2026-03-14T23:59:59.999Z"),
      deal("d3", "lost", "5000", "2026-01-01", "2026-03-15T00:00:00Z"), // at asOf: not counted (settled detail 3)
      deal("d4", "won", "7000", "2026-01-01", "2026-04-01T00:00:00Z"), // on the end: not counted
      deal("d5", "open", "9000", "2026-01-01"),
    ];
    const r = winRate(deals, { period: MARCH, asOf: new Date("2026-03-15T00:00:00Z"), explain: true });
    expect([r.wonCount, r.lostCount, r.byCount.value?.toString(), r.byValue.value?.toString()]).toEqual([
      1,
      1,
      "0.5",
      "0.75",
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(["partial-period"]);
    expect(r.explain).toEqual({ wonDealIds: ["d1"], lostDealIds: ["d2"], staleDealIds: [] });
  });

  it("is null with a reason when nothing closed, or when the closed amounts sum to 0", () => {
    expect(winRate([], { period: MARCH }).byCount).toEqual({
      value: null,
      reason: "no-closed-deals",
      numerator: toDecimal("0"),
      denominator: toDecimal("0"),
    });
    const r = winRate(
      [deal("d1", "won", "100", "2026-01-01", "2026-03-02"), deal("d2", "lost", "-100", "2026-01-01", "2026-03-03")],
      { period: MARCH },
    );
    expect(r.byValue.reason).toBe("no-closed-value");
    expect(r.byCount.value?.toString()).toBe("0.5");
  });

  it("groups by seller with the roster first, an owner named __proto__ included", () => {
    const deals = [
      deal("d1", "won", "100", "2026-01-01", "2026-03-02", { ownerId: "__proto__" }),
      deal("d2", "lost", "100", "2026-01-01", "2026-03-02", { ownerId: "bob" }),
    ];
    const r = winRateGrouped(deals, { period: MARCH, groupBy: "seller", sellers: [{ id: "bob", teamId: "t" }] });
    expect(r.groups.map((g) => [g.key, g.result.byCount.value?.toString()])).toEqual([
      ["bob", "0"],
      ["__proto__", "1"],
    ]);
    const teams = winRateGrouped(deals, { period: MARCH, groupBy: "team", sellers: [{ id: "bob", teamId: "t" }] });
    expect(teams.groups.map((g) => [g.key, g.result.wonCount, g.result.lostCount])).toEqual([["t", 0, 1]]);
  });

  it("converts amounts at closedAt with exchange rates, and reads back from JSON", () => {
    const rates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.5", validFrom: new Date("2026-01-01T00:00:00Z") }],
    });
    const r = winRate(
      [
        deal("d1", "won", "1000", "2026-01-01", "2026-03-02", { currency: "USD" }),
        deal("d2", "lost", "500", "2026-01-01", "2026-03-03"),
      ],
      { period: MARCH, exchangeRates: rates },
    );
    expect(r.byValue.value?.toString()).toBe("0.5"); // 500 EUR won of 1000 EUR closed
    expect(JSON.stringify(resultFromJSON(WinRateResultSchema, JSON.stringify(r)))).toBe(JSON.stringify(r));
  });

  it("refuses staleAsLostAfterDays without activities, and bad values", () => {
    expect(() => winRate([], { period: MARCH, staleAsLostAfterDays: 30 })).toThrow(/needs the activities/);
    expect(() => winRate([], { period: MARCH, staleAsLostAfterDays: 0, activities: [] })).toThrow(/whole number >= 1/);
  });
});

describe("averageDealSize", () => {
  it("divides the amount won by the number of deals won in the period", () => {
    const deals = [
      deal("d1", "won", "1000", "2026-01-01", "2026-03-02"),
      deal("d2", "won", "2000.50", "2026-01-01", "2026-03-10"),
      deal("d3", "lost", "99999", "2026-01-01", "2026-03-10"),
      deal("d4", "won", "5", "2026-01-01", "2026-02-10"),
    ];
    const r = averageDealSize(deals, { period: MARCH });
    expect([r.wonCount, r.wonAmount.toString(), r.average.value?.toString()]).toEqual([2, "3000.5", "1500.25"]);
    expect(averageDealSize([], { period: MARCH }).average).toEqual({ value: null, reason: "no-won-deals" });
    const grouped = averageDealSizeGrouped(deals, { period: MARCH, groupBy: "seller", sellers: [{ id: "zed" }] });
    expect(grouped.groups.map((g) => [g.key, g.result.average.reason])).toEqual([
      ["zed", "no-won-deals"],
      ["ann", null],
    ]);
  });
});

describe("salesCycleLength", () => {
  const five = [
    deal("d1", "won", "1", "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"), // 1 day
    deal("d2", "won", "1", "2026-02-01T00:00:00Z", "2026-03-03T00:00:00Z"), // 30 days
    deal("d3", "won", "1", "2026-03-01T00:00:00Z", "2026-03-04T12:00:00Z"), // 3.5 days
    deal("d4", "won", "1", "2026-01-01T00:00:00Z", "2026-03-12T00:00:00Z"), // 70 days
    deal("d5", "won", "1", "2026-03-05T00:00:00Z", "2026-03-15T00:00:00Z"), // 10 days
    deal("d6", "lost", "1", "2025-01-01T00:00:00Z", "2026-03-15T00:00:00Z"), // lost: not read
  ];

  it("gives the mean and median of created-to-won days, HubSpot's average (close date - create date) of won deals", () => {
    // https://kpitree.co/integrations/hubspot/sales-cycle-length: "Average (Close Date - Create Date) for Won Deals".
    // Worked by hand: (1 + 30 + 3.5 + 70 + 10) / 5 = 22.9; sorted 1, 3.5, 10, 30, 70: median 10.
    const r = salesCycleLength(five, { period: MARCH });
    expect([r.count, r.mean.value?.toString(), r.median.value?.toString()]).toEqual([5, "22.9", "10"]);
    expect(resultFromJSON(SalesCycleLengthResultSchema, JSON.stringify(r)).median.value?.toString()).toBe("10");
  });

  it("is null with too-few below the minimum sample, and takes the mean of the two middle values for an even count", () => {
    const four = five.slice(1);
    expect(salesCycleLength(four, { period: MARCH }).mean).toEqual({ value: null, reason: "too-few" });
    // Worked by hand: 3.5, 10, 30, 70: median (10 + 30) / 2 = 20.
    expect(salesCycleLength(four, { period: MARCH, minSample: 4 }).median.value?.toString()).toBe("20");
    expect(() => salesCycleLength(four, { period: MARCH, minSample: 0 })).toThrow(/minSample/);
  });

  it("counts days of the reporting zone: a 23-hour day counts as one day", () => {
    // Paris springs forward on 29 March 2026: from 28 March 12:00 local (11:00Z) to 30 March 12:00
    // local (10:00Z) is 47 hours, and two calendar days.
    const d = deal("d1", "won", "1", "2026-03-28T11:00:00Z", "2026-03-30T10:00:00Z");
    expect(
      salesCycleLength([d], { period: MARCH, minSample: 1, timeZone: "Europe/Paris" }).mean.value?.toString(),
    ).toBe("2");
  });
});

describe("salesVelocity", () => {
  it("reproduces the published example: 40 x 25,000 x 25 % / 90 days", () => {
    // https://www.mavenlb.com/blog/sales-velocity-formula: 40 open opportunities, 25,000 average
    // deal, 25 % win rate, 90-day cycle: (40 x 25,000 x 0.25) / 90 = 2,777.78 a day.
    const won = Array.from({ length: 5 }, (_, i) =>
      deal(`w${i}`, "won", "25000", "2025-12-01T00:00:00Z", "2026-03-01T00:00:00Z"),
    );
    const lost = Array.from({ length: 15 }, (_, i) =>
      deal(`l${i}`, "lost", "1000", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"),
    );
    const open = Array.from({ length: 40 }, (_, i) => deal(`o${i}`, "open", "7000", "2026-02-01T00:00:00Z"));
    const r = salesVelocity([...won, ...lost, ...open], { period: Q1, asOf: new Date("2026-04-01T00:00:00Z") });
    expect([
      r.openDeals,
      r.winRate.value?.toString(),
      r.averageDealSize.value?.toString(),
      r.cycleLengthDays.value?.toString(),
    ]).toEqual([40, "0.25", "25000", "90"]);
    expect(r.velocityPerDay.value?.toFixed(2)).toBe("2777.78");
  });

  it("is null with the first missing factor's reason", () => {
    const won = deal("w", "won", "100", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z");
    expect(salesVelocity([won], { period: MARCH }).velocityPerDay).toEqual({ value: null, reason: "too-few" });
    expect(salesVelocity([won], { period: MARCH, minSample: 1 }).velocityPerDay).toEqual({
      value: null,
      reason: "zero-cycle",
    });
    const lost = deal("l", "lost", "100", "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z");
    expect(salesVelocity([lost], { period: MARCH }).velocityPerDay).toEqual({ value: null, reason: "no-won-deals" });
  });
});

describe("pipelineCoverage and forecastAccuracy read 2.3's pipeline", () => {
  const open = deal("o1", "open", "30000", "2026-01-01T00:00:00Z", undefined, {
    expectedCloseDate: new Date("2026-03-25T00:00:00Z"),
  });
  const order = (id: string, date: string, amount: string, sellerId = "ann"): Order => ({
    id,
    date: new Date(date),
    amount: toDecimal(amount),
    currency: "EUR",
    sellerId,
    customerId: "c1",
  });
  const target: RevenueTarget = {
    id: "t",
    level: "company",
    start: MARCH.start,
    end: MARCH.end,
    amount: toDecimal("20000"),
    currency: "EUR",
  };

  it("coverage is exactly pipeline's coverage", () => {
    const options = {
      asOf: new Date("2026-03-10T00:00:00Z"),
      stageProbabilities: { proposal: "0.5" },
      forecast: { period: MARCH, orders: [order("a", "2026-03-02", "5000")], targets: [target] },
    };
    const r = pipelineCoverage([open], options);
    const p = pipeline([open], options).forecast!;
    expect(r.coverage).toEqual(p.coverage);
    expect(r.coverage.value?.toString()).toBe("2"); // 30000 / (20000 - 5000)
    const grouped = pipelineCoverageGrouped([open], { ...options, groupBy: "seller" });
    expect(grouped.groups.map((g) => [g.key, g.result.coverage.reason])).toEqual([["ann", "no-target"]]);
    expect(() => pipelineCoverage([open], { ...options, forecast: undefined as never })).toThrow(/forecast/);
  });

  it("forecast accuracy is HubSpot's max(0, 1 - |actual - forecast| / actual)", () => {
    // https://knowledge.hubspot.com/forecast/track-the-accuracy-of-forecasts. Worked by hand: forecast
    // at 10 March = 5000 realized + 30000 x 0.5 = 20000; actual = 5000 + 11000 = 16000;
    // 1 - 4000 / 16000 = 0.75.
    const orders = [
      order("a", "2026-03-02", "5000"),
      order("b", "2026-03-20", "11000"),
      order("c", "2026-04-02", "99"),
    ];
    const base = {
      period: MARCH,
      forecastAsOf: new Date("2026-03-10T00:00:00Z"),
      stageProbabilities: { proposal: "0.5" },
      orders,
    };
    const r = forecastAccuracy([open], base);
    expect([r.forecast.toString(), r.actual.toString(), r.accuracy.value?.toString()]).toEqual([
      "20000",
      "16000",
      "0.75",
    ]);
    expect(r.warnings).toEqual([]);
    // A forecast error above 100 % gives 0: forecast 20000 against actual 5000 (read at 15 March).
    const early = forecastAccuracy([open], { ...base, asOf: new Date("2026-03-15T00:00:00Z") });
    expect([early.actual.toString(), early.accuracy.value?.toString()]).toEqual(["5000", "0"]);
    expect(early.warnings.map((w) => w.code)).toEqual(["period-not-over"]);
    expect(forecastAccuracy([open], { ...base, orders: [] }).accuracy).toEqual({ value: null, reason: "no-actual" });
    expect(forecastAccuracy([open], { ...base, orders: [order("n", "2026-03-02", "-10")] }).accuracy.reason).toBe(
      "negative-actual",
    );
    expect(() => forecastAccuracy([open], { ...base, asOf: new Date("2026-03-01T00:00:00Z") })).toThrow(/forecastAsOf/);
    expect(JSON.stringify(resultFromJSON(ForecastAccuracyResultSchema, JSON.stringify(r)))).toBe(JSON.stringify(r));
  });

  it("forecast accuracy per seller and per team: each group's forecast against its own revenue", () => {
    // Worked by hand, forecast at 10 March: ann realized a (5000) + her open deal 30000 x 0.5 =
    // 20000, then realized b (11000): actual 16000, 1 - 4000 / 16000 = 0.75. bob: an open deal of
    // 8000 at 0.5 = 4000, realized c (4000) on 20 March: accuracy 1. cy: no deal, realized d
    // (2000): forecast 0, 1 - 2000 / 2000 = 0. dan (roster, nothing): no-actual.
    const bobs = deal("b1", "open", "8000", "2026-01-01T00:00:00Z", undefined, {
      ownerId: "bob",
      expectedCloseDate: new Date("2026-03-28T00:00:00Z"),
    });
    const orders = [
      order("a", "2026-03-02", "5000"),
      order("b", "2026-03-20", "11000"),
      order("c", "2026-03-20", "4000", "bob"),
      order("d", "2026-03-21", "2000", "cy"),
    ];
    const base = {
      period: MARCH,
      forecastAsOf: new Date("2026-03-10T00:00:00Z"),
      stageProbabilities: { proposal: "0.5" },
      orders,
    };
    const sellers = [
      { id: "dan", teamId: "south" },
      { id: "ann", teamId: "north" },
      { id: "bob", teamId: "north" },
    ];
    const bySeller = forecastAccuracyGrouped([open, bobs], { ...base, groupBy: "seller", sellers });
    expect(
      bySeller.groups.map((g) => [
        g.key,
        g.result.forecast.toString(),
        g.result.actual.toString(),
        g.result.accuracy.value?.toString() ?? g.result.accuracy.reason,
        g.result.currency,
      ]),
    ).toEqual([
      ["dan", "0", "0", "no-actual", "EUR"],
      ["ann", "20000", "16000", "0.75", "EUR"],
      ["bob", "4000", "4000", "1", "EUR"],
      ["cy", "0", "2000", "0", "EUR"],
    ]);
    // Each group is the single form over the group's scope.
    expect(bySeller.groups[1]?.result).toEqual(
      forecastAccuracy([open, bobs], { ...base, sellers, scope: { level: "seller", sellerId: "ann" } }),
    );
    // Team north = ann + bob: forecast 24000, actual 20000, 1 - 4000 / 20000 = 0.8; cy is in no team.
    const byTeam = forecastAccuracyGrouped([open, bobs], { ...base, groupBy: "team", sellers });
    expect(byTeam.groups.map((g) => [g.key, g.result.accuracy.value?.toString() ?? g.result.accuracy.reason])).toEqual([
      ["south", "no-actual"],
      ["north", "0.8"],
    ]);
    expect(resultFromJSON(ForecastAccuracyGroupedResultSchema, JSON.stringify(byTeam))).toEqual(byTeam);
    expect(() => forecastAccuracyGrouped([open], { ...base, groupBy: "team" })).toThrow(/roster/);
    expect(() => forecastAccuracyGrouped([open], { ...base, groupBy: "customer" as "team" })).toThrow(/groupBy/);
  });
});

describe("stale open deals (activities linked by dealId)", () => {
  const activity = (id: string, dealId: string, date: string, status: "done" | "planned" = "done"): Activity => ({
    id,
    ownerId: "bob",
    type: "call",
    date: new Date(date),
    status,
    dealId,
  });
  const asOf = new Date("2026-03-31T12:00:00Z");
  const deals = [
    deal("won", "won", "1000", "2026-01-01T00:00:00Z", "2026-03-10T00:00:00Z"),
    deal("lost", "lost", "1000", "2026-01-01T00:00:00Z", "2026-03-11T00:00:00Z"),
    deal("idle", "open", "2000", "2026-01-01T00:00:00Z"), // no activity at all
    deal("called", "open", "9000", "2026-01-01T00:00:00Z"), // a call 10 days ago (by another seller)
    deal("planned", "open", "500", "2026-01-01T00:00:00Z"), // only a planned call: still stale
    deal("edge", "open", "7", "2026-01-01T00:00:00Z"), // last call exactly 30 days before asOf: stale
    deal("young", "open", "100", "2026-03-20T00:00:00Z"), // created 11 days ago: not stale yet
  ];
  const activities = [
    activity("a1", "called", "2026-03-21T09:00:00Z"),
    activity("a2", "planned", "2026-03-25T09:00:00Z", "planned"),
    activity("a3", "edge", "2026-03-01T12:00:00Z"),
  ];

  it("win rate counts them as lost with staleAsLostAfterDays (Zoho's reading)", () => {
    // Worked by hand: 1 won, 1 lost, 3 stale (idle, planned, edge): 1 / 5 by count,
    // 1000 / (1000 + 1000 + 2507) by value.
    const r = winRate(deals, { period: MARCH, asOf, staleAsLostAfterDays: 30, activities, explain: true });
    expect([r.wonCount, r.lostCount, r.staleCount, r.staleAmount.toString()]).toEqual([1, 1, 3, "2507"]);
    expect(r.byCount.value?.toString()).toBe("0.2");
    expect(r.byValue.denominator.toString()).toBe("4507");
    expect(r.explain?.staleDealIds).toEqual(["idle", "planned", "edge"]);
    expect(winRate(deals, { period: MARCH, asOf }).byCount.value?.toString()).toBe("0.5");
  });

  it("pipeline ageing lists them", () => {
    const r = pipelineAgeing(deals, { asOf, activities, explain: true });
    expect(r.stale?.explain?.dealIds).toEqual(["idle", "planned", "edge"]);
    expect(pipelineAgeing(deals, { asOf, activities, staleAfterDays: 31 }).stale?.dealCount).toBe(2);
  });
});
