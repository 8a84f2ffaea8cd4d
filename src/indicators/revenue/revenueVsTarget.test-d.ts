import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import type { Grain, Period } from "../../period/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import type { Scope, Status, Thresholds } from "../types.js";
import {
  revenueVsTarget,
  RevenueVsTargetResultSchema,
  type PaceReason,
  type RevenueVsTargetOptions,
  type RevenueVsTargetResult,
} from "./revenueVsTarget.js";
import {
  revenueVsTargetGrouped,
  RevenueVsTargetGroupedResultSchema,
  type RevenueVsTargetGroupedResult,
  type RevenueVsTargetGroupResult,
} from "./revenueVsTargetGrouped.js";
import {
  revenueVsTargetSeries,
  RevenueVsTargetSeriesResultSchema,
  type RevenueVsTargetBucketResult,
  type RevenueVsTargetSeriesResult,
} from "./revenueVsTargetSeries.js";

declare const orders: Order[];
declare const targets: readonly RevenueTarget[];
declare const period: Period;
declare const table: OrderTable;

describe("revenueVsTarget types", () => {
  const result = revenueVsTarget(orders, targets, { period });

  it("returns the result type with its fixed tags", () => {
    expectTypeOf(result).toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(result.indicator).toEqualTypeOf<"revenue-vs-target">();
    expectTypeOf(result.unit).toEqualTypeOf<"money">();
    expectTypeOf(result.currency).toEqualTypeOf<string | null>();
    expectTypeOf(result.scope).toEqualTypeOf<Scope>();
    expectTypeOf(result.period).toEqualTypeOf<Period>();
    expectTypeOf(result.asOf).toEqualTypeOf<Date | null>();
  });

  it("types money as Decimal and nullable ratios as Decimal | null with their reasons", () => {
    expectTypeOf(result.realized).toEqualTypeOf<Decimal>();
    expectTypeOf(result.target).toEqualTypeOf<Decimal>();
    expectTypeOf(result.remaining).toEqualTypeOf<Decimal>();
    expectTypeOf(result.elapsedFraction).toEqualTypeOf<Decimal>();
    expectTypeOf(result.expectedToDate).toEqualTypeOf<Decimal>();
    expectTypeOf(result.attainment.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.attainment.reason).toEqualTypeOf<"no-target" | null>();
    expectTypeOf(result.attainment.numerator).toEqualTypeOf<Decimal>();
    expectTypeOf(result.pace.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.pace.reason).toEqualTypeOf<PaceReason | null>();
    expectTypeOf(result.projected.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.projected.reason).toEqualTypeOf<"not-started" | null>();
  });

  it("narrows a figure on its reason", () => {
    if (result.attainment.reason === null) expectTypeOf(result.attainment.value).toEqualTypeOf<Decimal>();
    else expectTypeOf(result.attainment.value).toEqualTypeOf<null>();
  });

  it("types the status fields", () => {
    expectTypeOf(result.status).toEqualTypeOf<Status | null>();
    expectTypeOf(result.statusBasis).toEqualTypeOf<"attainment" | "pace">();
    expectTypeOf(result.statusReason).toEqualTypeOf<"no-target" | "not-started" | null>();
    expectTypeOf(result.thresholds).toEqualTypeOf<Thresholds>();
    expectTypeOf(result.closed).toEqualTypeOf<boolean>();
    expectTypeOf(result.warnings).toEqualTypeOf<string[]>();
  });

  it("has an optional explain", () => {
    expectTypeOf(result.explain).toEqualTypeOf<{ readonly orders: string[]; readonly targets: string[] } | undefined>();
  });

  it("requires a period and checks option types", () => {
    // @ts-expect-error period is required
    revenueVsTarget(orders, targets, {});
    // @ts-expect-error asOf is a Date
    revenueVsTarget(orders, targets, { period, asOf: "2026-01-01" });
    // @ts-expect-error dayCount is calendar or business
    revenueVsTarget(orders, targets, { period, dayCount: "weekly" });
    expectTypeOf<RevenueVsTargetOptions>().toHaveProperty("thresholds");
    revenueVsTarget(orders, targets, { period, thresholds: { good: "1.1", watch: 0.9 }, scope: { level: "team", teamId: "t" }, explain: true });
  });

  it("reads a result back with its schema", () => {
    expectTypeOf(resultFromJSON(RevenueVsTargetResultSchema, "{}")).toEqualTypeOf<RevenueVsTargetResult>();
  });
});

describe("revenueVsTargetSeries types", () => {
  const series = revenueVsTargetSeries(orders, targets, { range: period, grain: "semester" });

  it("labels buckets and keeps a total", () => {
    expectTypeOf(series).toEqualTypeOf<RevenueVsTargetSeriesResult>();
    expectTypeOf(series.buckets).toEqualTypeOf<RevenueVsTargetBucketResult[]>();
    expectTypeOf(series.buckets[0]).toEqualTypeOf<RevenueVsTargetBucketResult | undefined>();
    expectTypeOf<RevenueVsTargetBucketResult["label"]>().toEqualTypeOf<string>();
    expectTypeOf(series.total).toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(series.grain).toEqualTypeOf<Grain>();
    expectTypeOf(resultFromJSON(RevenueVsTargetSeriesResultSchema, "{}")).toEqualTypeOf<RevenueVsTargetSeriesResult>();
  });

  it("takes a range, not a period", () => {
    // @ts-expect-error range is required
    revenueVsTargetSeries(orders, targets, { period });
    // @ts-expect-error unknown grain
    revenueVsTargetSeries(orders, targets, { range: period, grain: "fortnight" });
  });
});

describe("revenueVsTargetGrouped types", () => {
  const grouped = revenueVsTargetGrouped(orders, targets, { period, groupBy: "team", sellers: [] });

  it("keys its groups", () => {
    expectTypeOf(grouped).toEqualTypeOf<RevenueVsTargetGroupedResult>();
    expectTypeOf(grouped.groups).toEqualTypeOf<RevenueVsTargetGroupResult[]>();
    expectTypeOf<RevenueVsTargetGroupResult["key"]>().toEqualTypeOf<string>();
    expectTypeOf(grouped.groupBy).toEqualTypeOf<"seller" | "team">();
    expectTypeOf(resultFromJSON(RevenueVsTargetGroupedResultSchema, "{}")).toEqualTypeOf<RevenueVsTargetGroupedResult>();
  });

  it("needs groupBy", () => {
    // @ts-expect-error groupBy is required
    revenueVsTargetGrouped(orders, targets, { period });
    // @ts-expect-error groups by seller or team only
    revenueVsTargetGrouped(orders, targets, { period, groupBy: "customer" });
  });
});

describe("revenue vs target from an order table", () => {
  it("accepts the table where it accepts the orders, with the same result types", () => {
    expectTypeOf(revenueVsTarget(table, targets, { period })).toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(revenueVsTargetSeries(table, targets, { range: period })).toEqualTypeOf<RevenueVsTargetSeriesResult>();
    expectTypeOf(revenueVsTargetGrouped(table, targets, { period, groupBy: "seller" })).toEqualTypeOf<RevenueVsTargetGroupedResult>();
    expectTypeOf(revenueVsTarget).parameter(0).toEqualTypeOf<readonly Order[] | OrderTable>();
    expectTypeOf(revenueVsTargetSeries).parameter(0).toEqualTypeOf<readonly Order[] | OrderTable>();
    expectTypeOf(revenueVsTargetGrouped).parameter(0).toEqualTypeOf<readonly Order[] | OrderTable>();
  });

  it("refuses other inputs", () => {
    // @ts-expect-error not orders
    revenueVsTarget([{ id: "x" }], targets, { period });
    // @ts-expect-error a plain object is not a table
    revenueVsTargetSeries({ kind: "orders" }, targets, { range: period });
  });
});
