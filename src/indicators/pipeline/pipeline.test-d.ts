import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "decimal.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Order } from "../../model/types.js";
import type { DealTable } from "../../table/dealTable.js";
import type { OrderTable } from "../../table/orderTable.js";
import type { Period } from "../../period/types.js";
import type { Scope } from "../types.js";
import {
  pipeline,
  PipelineResultSchema,
  type PipelineAmounts,
  type PipelineBucket,
  type PipelineForecast,
  type PipelineForecastOptions,
  type PipelineGrain,
  type PipelineOptions,
  type PipelineResult,
  type PipelineWarningCode,
} from "./pipeline.js";
import type { IndicatorWarning } from "../warnings.js";
import {
  pipelineGrouped,
  PipelineGroupedResultSchema,
  type PipelineGroup,
  type PipelineGroupedOptions,
  type PipelineGroupedRest,
  type PipelineGroupedResult,
} from "./pipelineGrouped.js";
import {
  DEFAULT_PIPELINE_SERIES_GRAIN,
  pipelineSeries,
  PipelineSeriesResultSchema,
  type PipelineSeriesBucket,
  type PipelineSeriesOptions,
  type PipelineSeriesResult,
} from "./pipelineSeries.js";
import { DEFAULT_PIPELINE_GRAIN, PIPELINE_WARNING_CODES } from "./pipelineTypes.js";
import type { Grain } from "../../period/types.js";
import type { UnknownStage, UnknownStageError } from "../../errors/index.js";
import { stageProbabilityMap, type StageProbabilities } from "./stageProbabilities.js";

declare const deals: readonly Deal[];
declare const dealsTable: DealTable;
declare const ordersTable: OrderTable;
const asOf = new Date("2026-03-15T12:00:00Z");

describe("pipeline types", () => {
  it("takes deals and options, returns a PipelineResult", () => {
    expectTypeOf(pipeline).parameters.toEqualTypeOf<[readonly Deal[] | DealTable, PipelineOptions]>();
    expectTypeOf(pipeline).returns.toEqualTypeOf<PipelineResult>();
  });

  it("types the result header", () => {
    const r = pipeline(deals, { asOf, stageProbabilities: {} });
    expectTypeOf(r.indicator).toEqualTypeOf<"pipeline">();
    expectTypeOf(r.unit).toEqualTypeOf<"money">();
    expectTypeOf(r.currency).toEqualTypeOf<string | null>();
    expectTypeOf(r.asOf).toEqualTypeOf<Date>();
    expectTypeOf(r.grain).toEqualTypeOf<PipelineGrain>();
    expectTypeOf(r.scope).toEqualTypeOf<Scope>();
    expectTypeOf(r.forecast).toEqualTypeOf<PipelineForecast | null>();
    expectTypeOf(r.warnings).toEqualTypeOf<readonly IndicatorWarning<PipelineWarningCode>[]>();
  });

  it("types the amounts and buckets", () => {
    const r = pipeline(deals, { asOf, stageProbabilities: {} });
    expectTypeOf(r.totals).toEqualTypeOf<PipelineAmounts>();
    expectTypeOf(r.totals.dealCount).toEqualTypeOf<number>();
    expectTypeOf<PipelineForecast["dealCountInWindow"]>().toEqualTypeOf<number>();
    expectTypeOf<PipelineForecast["orderCount"]>().toEqualTypeOf<number>();
    expectTypeOf<PipelineAmounts>().not.toHaveProperty("count");
    expectTypeOf(r.totals.dealCount).toEqualTypeOf<number>();
    expectTypeOf(r.totals.weighted).toEqualTypeOf<Decimal>();
    expectTypeOf(r.buckets).toEqualTypeOf<readonly PipelineBucket[]>();
    expectTypeOf<PipelineBucket["label"]>().toEqualTypeOf<string>();
    expectTypeOf<PipelineBucket["start"]>().toEqualTypeOf<Date>();
    expectTypeOf(r.overdue.explain).toEqualTypeOf<{ readonly dealIds: readonly string[] } | undefined>();
  });

  it("types the forecast figures, with nullable ratios", () => {
    expectTypeOf<PipelineForecast["forecastAttainment"]["value"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<PipelineForecast["forecastAttainment"]["reason"]>().toEqualTypeOf<"no-target" | null>();
    expectTypeOf<PipelineForecast["coverage"]["value"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<PipelineForecast["coverage"]["reason"]>().toEqualTypeOf<"no-target" | "no-remaining-target" | null>();
    expectTypeOf<PipelineForecast["window"]>().toEqualTypeOf<Period | null>();
    expectTypeOf<PipelineForecast["realized"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<PipelineForecast["remainingTarget"]>().toEqualTypeOf<Decimal>();
  });

  it("narrows a ratio by its reason", () => {
    const r = pipeline(deals, { asOf, stageProbabilities: {} });
    const coverage = r.forecast?.coverage;
    if (coverage !== undefined && coverage.reason === null) expectTypeOf(coverage.value).toEqualTypeOf<Decimal>();
    if (coverage !== undefined && coverage.value === null)
      expectTypeOf(coverage.reason).toEqualTypeOf<"no-target" | "no-remaining-target">();
  });

  it("checks its options", () => {
    pipeline(deals, {
      asOf,
      stageProbabilities: new Map([["a", "0.5"]]),
      grain: "quarter",
      timeZone: "Europe/Paris",
      explain: true,
    });
    // @ts-expect-error asOf is required
    pipeline(deals, { stageProbabilities: {} });
    // @ts-expect-error stageProbabilities is required
    pipeline(deals, { asOf });
    // @ts-expect-error the pipeline has no week grain
    pipeline(deals, { asOf, stageProbabilities: {}, grain: "week" });
    // @ts-expect-error a forecast needs orders and targets
    pipeline(deals, { asOf, stageProbabilities: {}, forecast: { period: { start: asOf, end: asOf } } });
    expectTypeOf<StageProbabilities>().toExtend<PipelineOptions["stageProbabilities"]>();
  });

  it("reads results back typed", () => {
    expectTypeOf(resultFromJSON(PipelineResultSchema, "")).toEqualTypeOf<PipelineResult>();
    expectTypeOf(resultFromJSON(PipelineGroupedResultSchema, "")).toEqualTypeOf<PipelineGroupedResult>();
  });

  it("types the stage map reader", () => {
    expectTypeOf(stageProbabilityMap).returns.toEqualTypeOf<Map<string, Decimal>>();
  });
});

describe("pipeline over tables", () => {
  const period: Period = { start: asOf, end: asOf };

  it("takes a deal table where it takes deals, and an order table as the forecast's orders", () => {
    expectTypeOf(pipeline(dealsTable, { asOf, stageProbabilities: {} })).toEqualTypeOf<PipelineResult>();
    expectTypeOf(
      pipeline(dealsTable, { asOf, stageProbabilities: {}, forecast: { period, orders: ordersTable, targets: [] } }),
    ).toEqualTypeOf<PipelineResult>();
    expectTypeOf(
      pipelineGrouped(dealsTable, { asOf, stageProbabilities: {}, groupBy: "seller" }),
    ).toEqualTypeOf<PipelineGroupedResult>();
    expectTypeOf(pipelineGrouped).parameter(0).toEqualTypeOf<readonly Deal[] | DealTable>();
    expectTypeOf<PipelineForecastOptions["orders"]>().toEqualTypeOf<readonly Order[] | OrderTable>();
    // @ts-expect-error an order table is not a deal table
    pipeline(ordersTable, { asOf, stageProbabilities: {} });
    // @ts-expect-error nor is a deal table an order table
    pipeline(deals, { asOf, stageProbabilities: {}, forecast: { period, orders: dealsTable, targets: [] } });
  });
});

describe("pipelineGrouped types", () => {
  it("takes a groupBy and no scope", () => {
    const g = pipelineGrouped(deals, { asOf, stageProbabilities: {}, groupBy: "team", sellers: [] });
    expectTypeOf(g.groups[0]?.result).toEqualTypeOf<PipelineResult | undefined>();
    expectTypeOf(g.groupBy).toEqualTypeOf<"seller" | "team" | "customer">();
    expectTypeOf(g.groups).toEqualTypeOf<readonly PipelineGroup[]>();
    expectTypeOf(g.rest).toEqualTypeOf<PipelineGroupedRest | null>();
    expectTypeOf<PipelineGroupedRest>().toEqualTypeOf<{
      readonly groupCount: number;
      readonly result: PipelineResult;
    }>();
    expectTypeOf(g.withoutCustomer).toEqualTypeOf<PipelineAmounts | null>();
    pipelineGrouped(deals, { asOf, stageProbabilities: {}, groupBy: "customer", top: 10 });
    // @ts-expect-error groupBy is required
    pipelineGrouped(deals, { asOf, stageProbabilities: {} });
    // @ts-expect-error only seller, team or customer
    pipelineGrouped(deals, { asOf, stageProbabilities: {}, groupBy: "account" });
    // @ts-expect-error top is a number
    pipelineGrouped(deals, { asOf, stageProbabilities: {}, groupBy: "customer", top: "10" });
    // @ts-expect-error the groups are the scopes
    pipelineGrouped(deals, { asOf, stageProbabilities: {}, groupBy: "seller", scope: { level: "company" } });
    expectTypeOf<PipelineGroupedOptions>().not.toHaveProperty("scope");
  });
});

describe("pipelineSeries types", () => {
  it("takes a range, a grain, orders and targets; returns readonly buckets", () => {
    const range: Period = { start: asOf, end: asOf };
    const s = pipelineSeries(dealsTable, {
      asOf,
      stageProbabilities: {},
      range,
      grain: "month",
      orders: ordersTable,
      targets: [],
    });
    expectTypeOf(s).toEqualTypeOf<PipelineSeriesResult>();
    expectTypeOf(s.buckets).toEqualTypeOf<readonly PipelineSeriesBucket[]>();
    expectTypeOf(s.buckets[0]?.label).toEqualTypeOf<string | undefined>();
    expectTypeOf(s.total).toEqualTypeOf<PipelineForecast>();
    expectTypeOf(s.grain).toEqualTypeOf<Grain>();
    expectTypeOf(s.warnings).toEqualTypeOf<readonly IndicatorWarning<PipelineWarningCode>[]>();
    expectTypeOf(resultFromJSON(PipelineSeriesResultSchema, "")).toEqualTypeOf<PipelineSeriesResult>();
    pipelineSeries(deals, { asOf, stageProbabilities: {}, range, grain: "week", orders: [], targets: [] });
    // @ts-expect-error orders and targets are required
    pipelineSeries(deals, { asOf, stageProbabilities: {}, range });
    pipelineSeries(deals, {
      asOf,
      stageProbabilities: {},
      range,
      orders: [],
      targets: [],
      // @ts-expect-error the series has no forecast option: its buckets are the forecast periods
      forecast: { period: range, orders: [], targets: [] },
    });
    expectTypeOf<PipelineSeriesOptions["grain"]>().toEqualTypeOf<Grain | undefined>();
  });

  it("exports the defaults and the warning codes", () => {
    expectTypeOf(DEFAULT_PIPELINE_GRAIN).toEqualTypeOf<PipelineGrain>();
    expectTypeOf(DEFAULT_PIPELINE_SERIES_GRAIN).toEqualTypeOf<Grain>();
    expectTypeOf(PIPELINE_WARNING_CODES).toEqualTypeOf<readonly PipelineWarningCode[]>();
    expectTypeOf<PipelineWarningCode>().toEqualTypeOf<"forecast-period-over">();
  });

  it("types the unknown stages of the error", () => {
    expectTypeOf<UnknownStageError["stages"]>().toEqualTypeOf<readonly UnknownStage[]>();
    expectTypeOf<UnknownStage>().toEqualTypeOf<{ readonly stage: string; readonly dealCount: number }>();
  });
});
