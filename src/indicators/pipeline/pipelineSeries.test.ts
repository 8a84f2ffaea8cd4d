import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MixedCurrencyError, UnknownStageError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Order, RevenueTarget } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { dealTable } from "../../table/dealTable.js";
import { orderTable } from "../../table/orderTable.js";
import { pipeline } from "./pipeline.js";
import {
  DEFAULT_PIPELINE_SERIES_GRAIN,
  pipelineSeries,
  PipelineSeriesResultSchema,
  type PipelineSeriesOptions,
} from "./pipelineSeries.js";

// Every expected value below is worked out by hand; the arithmetic is in the comments.

function deal(id: string, amount: string, close: string | undefined, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    ownerId: "s1",
    amount: toDecimal(amount),
    currency: "EUR",
    stage: "proposal",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    ...(close === undefined ? {} : { expectedCloseDate: new Date(close) }),
    status: "open",
    ...extra,
  };
}

function order(id: string, date: string, amount: string, sellerId = "s1"): Order {
  return { id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId, customerId: "c1" };
}

const year = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };
const asOf = new Date("2026-05-10T12:00:00Z");
const deals = [
  deal("a", "1000", "2026-05-20"), // Q2, in the window: 500 weighted
  deal("b", "4000", "2026-11-02", { probability: toDecimal("0.25") }), // Q4: 1000 weighted
  deal("c", "800", "2026-04-20"), // overdue at asOf: in no window
  deal("d", "600", undefined), // undated: in no window
  deal("e", "2000", "2026-07-01", { ownerId: "__proto__" }), // Q3: 1000 weighted
  deal("f", "300", "2027-02-01"), // after the range
];
const orders = [
  order("o1", "2026-02-10", "3000"),
  order("o2", "2026-04-02", "700"),
  order("o3", "2026-05-10T12:00:00Z", "50"),
  order("o4", "2026-08-01", "90"),
];
// 36500 over 2026: 100 a day; Q1 90 days 9000, Q2 91 days 9100, Q3 and Q4 92 days 9200
const targets: RevenueTarget[] = [
  { id: "t", level: "company", start: year.start, end: year.end, amount: toDecimal("36500"), currency: "EUR" },
];
const stageProbabilities = { proposal: "0.5" };

function options(extra: Partial<PipelineSeriesOptions> = {}): PipelineSeriesOptions {
  return { asOf, stageProbabilities, range: year, orders, targets, ...extra };
}

describe("pipelineSeries: a year by quarter", () => {
  const series = pipelineSeries(deals, options({ explain: true }));

  it("has the header, the open deals and quarters by default", () => {
    expect(DEFAULT_PIPELINE_SERIES_GRAIN).toBe("quarter");
    expect(series.indicator).toBe("pipeline");
    expect(series.unit).toBe("money");
    expect(series.currency).toBe("EUR");
    expect(series.grain).toBe("quarter");
    expect(series.range).toEqual(year);
    expect(series.scope).toEqual({ level: "company" });
    expect(series.asOf).toEqual(asOf);
    // every open deal: 1000 + 4000 + 800 + 600 + 2000 + 300 = 8700
    expect(series.totals.dealCount).toBe(6);
    expect(series.totals.unweighted.toString()).toBe("8700");
  });

  it("forecasts each quarter", () => {
    expect(
      series.buckets.map((b) => [
        b.label,
        b.realized.toString(),
        b.orderCount,
        b.dealCountInWindow,
        b.weightedInWindow.toString(),
        b.forecast.toString(),
        b.target.toString(),
      ]),
    ).toEqual([
      // Q1: over at asOf; realized o1 = 3000; target 9000
      ["2026-Q1", "3000", 1, 0, "0", "3000", "9000"],
      // Q2: realized o2 = 700 (o3 is at asOf: out); window a: 500; forecast 1200; target 9100
      ["2026-Q2", "700", 1, 1, "500", "1200", "9100"],
      // Q3: nothing realized (o4 is after asOf); window e: 1000
      ["2026-Q3", "0", 0, 1, "1000", "1000", "9200"],
      // Q4: window b: 4000 x 0.25 = 1000
      ["2026-Q4", "0", 0, 1, "1000", "1000", "9200"],
    ]);
    expect(series.buckets.map((b) => b.window)).toEqual([
      null,
      { start: asOf, end: new Date("2026-07-01T00:00:00Z") },
      { start: new Date("2026-07-01T00:00:00Z"), end: new Date("2026-10-01T00:00:00Z") },
      { start: new Date("2026-10-01T00:00:00Z"), end: year.end },
    ]);
    // Q2 coverage: 1000 / (9100 - 700) = 1000 / 8400
    expect(series.buckets[1]?.coverage.value?.equals(toDecimal(1000).div(8400))).toBe(true);
  });

  it("gives the year's forecast as the total", () => {
    // realized 3000 + 700 = 3700; window 500 + 1000 + 1000 = 2500; forecast 6200; target 36500
    expect(series.total.realized.toString()).toBe("3700");
    expect(series.total.dealCountInWindow).toBe(3);
    expect(series.total.forecast.toString()).toBe("6200");
    expect(series.total.target.toString()).toBe("36500");
    expect(series.total.explain).toEqual({ orderIds: ["o1", "o2"], dealIds: ["a", "b", "e"], targetIds: ["t"] });
  });

  it("explains each quarter, ids consistent with the counts", () => {
    expect(series.buckets.map((b) => b.explain?.dealIds)).toEqual([[], ["a"], ["e"], ["b"]]);
    expect(series.buckets.map((b) => b.explain?.orderIds)).toEqual([["o1"], ["o2"], [], []]);
    for (const b of series.buckets) {
      expect(b.explain?.dealIds).toHaveLength(b.dealCountInWindow);
      expect(b.explain?.orderIds).toHaveLength(b.orderCount);
    }
    expect(series.totals.explain?.dealIds).toHaveLength(series.totals.dealCount);
  });

  it("warns once, naming the quarters over at asOf", () => {
    expect(series.warnings).toEqual([
      {
        code: "forecast-period-over",
        message: "the forecast period 2026-Q1 is over at asOf: the forecast is the realized revenue alone",
      },
    ]);
  });

  it("has the figures of pipeline's forecast over each quarter", () => {
    for (const bucket of series.buckets) {
      const { label: _label, ...forecast } = bucket;
      const single = pipeline(deals, {
        asOf,
        stageProbabilities,
        explain: true,
        forecast: { period: bucket.period, orders, targets },
      });
      expect(forecast).toEqual(single.forecast);
    }
  });

  it("reads back from JSON", () => {
    expect(resultFromJSON(PipelineSeriesResultSchema, JSON.stringify(series))).toEqual(series);
  });
});

describe("pipelineSeries: options", () => {
  it("takes other grains, a seller scope (__proto__ included) and tables", () => {
    const months = pipelineSeries(
      dealTable(deals),
      options({
        grain: "month",
        range: { start: new Date("2026-05-01T00:00:00Z"), end: new Date("2026-08-01T00:00:00Z") },
        orders: orderTable(orders),
      }),
    );
    expect(months.buckets.map((b) => [b.label, b.weightedInWindow.toString()])).toEqual([
      ["2026-05", "500"],
      ["2026-06", "0"],
      ["2026-07", "1000"],
    ]);
    const proto = pipelineSeries(deals, options({ scope: { level: "seller", sellerId: "__proto__" } }));
    // only e (Q3, 1000 weighted); no order, no target of __proto__'s own
    expect(proto.buckets.map((b) => b.weightedInWindow.toString())).toEqual(["0", "0", "1000", "0"]);
    expect(proto.total.target.toString()).toBe("0");
    expect(proto.total.forecastAttainment.reason).toBe("no-target");
  });

  it("reports no warning when no bucket is over", () => {
    expect(pipelineSeries(deals, options({ asOf: new Date("2025-12-01T00:00:00Z") })).warnings).toEqual([]);
  });

  it("rejects a bad range, grain, orders or targets, naming the option", () => {
    expect(() => pipelineSeries(deals, options({ range: { start: year.end, end: year.start } }))).toThrow(/range/);
    expect(() => pipelineSeries(deals, options({ grain: "decade" as "year" }))).toThrow(InvalidArgumentError);
    expect(() => pipelineSeries(deals, options({ orders: "x" as never }))).toThrow(/orders must be/);
    expect(() => pipelineSeries(deals, options({ targets: {} as never }))).toThrow(/targets must be an array/);
    expect(() => pipelineSeries(deals, null as never)).toThrow(InvalidArgumentError);
  });

  it("lists every unknown stage before a currency error, and checks currencies across the series", () => {
    expect(() =>
      pipelineSeries(
        [deal("x", "1", "2026-06-01", { stage: "demo" }), deal("y", "1", "2026-06-01", { currency: "USD" })],
        options(),
      ),
    ).toThrow(UnknownStageError);
    expect(() => pipelineSeries([deal("y", "1", "2026-06-01", { currency: "USD" })], options())).toThrow(
      MixedCurrencyError,
    );
  });
});
