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
  type RevenueVsTargetCustomerResult,
  type RevenueVsTargetExplain,
  type RevenueVsTargetOptions,
  type RevenueVsTargetResult,
  type RevenueVsTargetWarningCode,
} from "./revenueVsTarget.js";
import {
  revenueVsTargetGrouped,
  RevenueVsTargetCustomerGroupedResultSchema,
  RevenueVsTargetGroupedResultSchema,
  type RevenueVsTargetCustomerGroup,
  type RevenueVsTargetCustomerGroupedResult,
  type RevenueVsTargetGroup,
  type RevenueVsTargetGroupedResult,
} from "./revenueVsTargetGrouped.js";
import type { IndicatorWarning } from "../warnings.js";
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
  const result = revenueVsTarget(orders, { targets, period });

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
    expectTypeOf(result.warnings).toEqualTypeOf<readonly IndicatorWarning<RevenueVsTargetWarningCode>[]>();
    expectTypeOf<RevenueVsTargetWarningCode>().toEqualTypeOf<
      "targets-below-scope" | "targets-without-group" | "orders-without-customer"
    >();
  });

  it("counts the orders", () => {
    expectTypeOf(result.orderCount).toEqualTypeOf<number>();
  });

  it("has an optional explain", () => {
    expectTypeOf(result.explain).toEqualTypeOf<RevenueVsTargetExplain | undefined>();
    expectTypeOf<RevenueVsTargetExplain["orders"]>().toEqualTypeOf<readonly string[]>();
  });

  it("takes the targets as a required option, never positionally", () => {
    expectTypeOf<RevenueVsTargetOptions["targets"]>().toEqualTypeOf<readonly RevenueTarget[]>();
    // @ts-expect-error targets is required
    revenueVsTarget(orders, { period });
    // @ts-expect-error the positional form is gone
    revenueVsTarget(orders, targets, { period });
    // @ts-expect-error targets is an array of revenue targets
    revenueVsTarget(orders, { targets: [{ id: "t" }], period });
  });

  it("requires a period and checks option types", () => {
    // @ts-expect-error period is required
    revenueVsTarget(orders, { targets });
    // @ts-expect-error asOf is a Date
    revenueVsTarget(orders, { targets, period, asOf: "2026-01-01" });
    // @ts-expect-error dayCount is calendar or business
    revenueVsTarget(orders, { targets, period, dayCount: "weekly" });
    expectTypeOf<RevenueVsTargetOptions>().toHaveProperty("thresholds");
    revenueVsTarget(orders, {
      targets,
      period,
      thresholds: { good: "1.1", watch: 0.9 },
      scope: { level: "team", teamId: "t" },
      explain: true,
    });
  });

  it("reads a result back with its schema", () => {
    expectTypeOf(resultFromJSON(RevenueVsTargetResultSchema, "{}")).toEqualTypeOf<RevenueVsTargetResult>();
  });
});

describe("revenueVsTargetSeries types", () => {
  const series = revenueVsTargetSeries(orders, { targets, range: period, grain: "semester" });

  it("labels buckets and keeps a total", () => {
    expectTypeOf(series).toEqualTypeOf<RevenueVsTargetSeriesResult>();
    expectTypeOf(series.buckets).toEqualTypeOf<readonly RevenueVsTargetBucketResult[]>();
    expectTypeOf(series.buckets[0]?.orderCount).toEqualTypeOf<number | undefined>();
    expectTypeOf(series.buckets[0]).toEqualTypeOf<RevenueVsTargetBucketResult | undefined>();
    expectTypeOf<RevenueVsTargetBucketResult["label"]>().toEqualTypeOf<string>();
    expectTypeOf(series.total).toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(series.grain).toEqualTypeOf<Grain>();
    expectTypeOf(resultFromJSON(RevenueVsTargetSeriesResultSchema, "{}")).toEqualTypeOf<RevenueVsTargetSeriesResult>();
  });

  it("takes a range, not a period", () => {
    // @ts-expect-error range is required
    revenueVsTargetSeries(orders, { targets, period });
    // @ts-expect-error unknown grain
    revenueVsTargetSeries(orders, { targets, range: period, grain: "fortnight" });
    // @ts-expect-error targets is required
    revenueVsTargetSeries(orders, { range: period });
  });
});

describe("revenueVsTargetGrouped types", () => {
  const grouped = revenueVsTargetGrouped(orders, { targets, period, groupBy: "team", sellers: [] });

  it("keys its groups", () => {
    expectTypeOf(grouped).toEqualTypeOf<RevenueVsTargetGroupedResult>();
    expectTypeOf(grouped.groups).toEqualTypeOf<readonly RevenueVsTargetGroup[]>();
    expectTypeOf<RevenueVsTargetGroup["key"]>().toEqualTypeOf<string>();
    expectTypeOf<RevenueVsTargetGroup["result"]>().toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(grouped.groupBy).toEqualTypeOf<"seller" | "team">();
    expectTypeOf(
      resultFromJSON(RevenueVsTargetGroupedResultSchema, "{}"),
    ).toEqualTypeOf<RevenueVsTargetGroupedResult>();
  });

  it("needs groupBy", () => {
    // @ts-expect-error groupBy is required
    revenueVsTargetGrouped(orders, { targets, period });
    // @ts-expect-error groups by seller, team or customer only
    revenueVsTargetGrouped(orders, { targets, period, groupBy: "product" });
    // @ts-expect-error top is a number
    revenueVsTargetGrouped(orders, { targets, period, groupBy: "customer", top: "3" });
  });

  it("groups by customer with null target figures, a rest and the orders without a customer", () => {
    const byCustomer = revenueVsTargetGrouped(orders, { targets, period, groupBy: "customer", top: 3 });
    expectTypeOf(byCustomer).toEqualTypeOf<RevenueVsTargetCustomerGroupedResult>();
    expectTypeOf(byCustomer.groupBy).toEqualTypeOf<"customer">();
    expectTypeOf(byCustomer.groups).toEqualTypeOf<readonly RevenueVsTargetCustomerGroup[]>();
    expectTypeOf<RevenueVsTargetCustomerGroup["result"]>().toEqualTypeOf<RevenueVsTargetCustomerResult>();
    expectTypeOf<RevenueVsTargetCustomerResult["target"]>().toEqualTypeOf<null>();
    expectTypeOf<RevenueVsTargetCustomerResult["attainment"]>().toEqualTypeOf<null>();
    expectTypeOf<RevenueVsTargetCustomerResult["targetReason"]>().toEqualTypeOf<"no-customer-targets">();
    expectTypeOf<RevenueVsTargetCustomerResult["orderCount"]>().toEqualTypeOf<number>();
    expectTypeOf(byCustomer.rest).toEqualTypeOf<{
      readonly groupCount: number;
      readonly result: RevenueVsTargetCustomerResult;
    } | null>();
    expectTypeOf(byCustomer.withoutCustomer).toEqualTypeOf<{
      readonly orderCount: number;
      readonly realized: Decimal;
    }>();
    expectTypeOf(
      resultFromJSON(RevenueVsTargetCustomerGroupedResultSchema, "{}"),
    ).toEqualTypeOf<RevenueVsTargetCustomerGroupedResult>();
  });

  it("gives the union when groupBy is not known statically", () => {
    const by = "seller" as "seller" | "team" | "customer";
    expectTypeOf(revenueVsTargetGrouped(orders, { targets, period, groupBy: by })).toEqualTypeOf<
      RevenueVsTargetGroupedResult | RevenueVsTargetCustomerGroupedResult
    >();
  });
});

describe("revenue vs target from an order table", () => {
  it("accepts the table where it accepts the orders, with the same result types", () => {
    expectTypeOf(revenueVsTarget(table, { targets, period })).toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(revenueVsTargetSeries(table, { targets, range: period })).toEqualTypeOf<RevenueVsTargetSeriesResult>();
    expectTypeOf(
      revenueVsTargetGrouped(table, { targets, period, groupBy: "seller" }),
    ).toEqualTypeOf<RevenueVsTargetGroupedResult>();
    expectTypeOf(revenueVsTarget).parameter(0).toEqualTypeOf<readonly Order[] | OrderTable>();
    expectTypeOf(revenueVsTargetSeries).parameter(0).toEqualTypeOf<readonly Order[] | OrderTable>();
    expectTypeOf(revenueVsTargetGrouped).parameter(0).toEqualTypeOf<readonly Order[] | OrderTable>();
  });

  it("refuses other inputs", () => {
    // @ts-expect-error not orders
    revenueVsTarget([{ id: "x" }], { targets, period });
    // @ts-expect-error a plain object is not a table
    revenueVsTargetSeries({ kind: "orders" }, { targets, range: period });
  });
});
