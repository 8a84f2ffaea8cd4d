import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Decimal } from "decimal.js";
import type { Activity, Order } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { OrderTable } from "../../table/orderTable.js";
import type { resultFromJSON } from "../../model/resultJson.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import type { Scope } from "../types.js";
import type { RevenueTarget } from "../../model/types.js";
import type { IndicatorWarning } from "../warnings.js";
import {
  DEFAULT_REVENUE_PER_SELLER_THRESHOLDS,
  DEFAULT_TRAILING_BUCKETS,
  revenuePerSeller,
  RevenuePerCustomerResultSchema,
  RevenuePerSellerResultSchema,
  type RevenuePerCustomerOptions,
  type RevenuePerCustomerPoint,
  type RevenuePerCustomerResult,
  type RevenuePerCustomerSeries,
  type RevenuePerSellerWarningCode,
  type RevenuePerSellerEffort,
  type RevenuePerSellerFlag,
  type RevenuePerSellerOptions,
  type RevenuePerSellerPoint,
  type RevenuePerSellerQuadrant,
  type RevenuePerSellerResult,
} from "./revenuePerSeller.js";

describe("revenuePerSeller types", () => {
  it("takes orders and options, returns the result", () => {
    const orders = [] as Order[];
    const range = {} as Period;
    expectTypeOf(revenuePerSeller(orders, { range })).toEqualTypeOf<RevenuePerSellerResult>();
    expectTypeOf(revenuePerSeller(orders, { range, by: "seller" })).toEqualTypeOf<RevenuePerSellerResult>();
    const options = { range } as RevenuePerSellerOptions;
    expectTypeOf(revenuePerSeller(orders, options)).toEqualTypeOf<RevenuePerSellerResult>();
  });

  it("takes targets as an optional option", () => {
    expectTypeOf<RevenuePerSellerOptions["targets"]>().toEqualTypeOf<readonly RevenueTarget[] | undefined>();
  });

  it('groups by customer with by: "customer" and top', () => {
    const orders = [] as Order[];
    const range = {} as Period;
    const byCustomer = revenuePerSeller(orders, { range, by: "customer", top: 5 });
    expectTypeOf(byCustomer).toEqualTypeOf<RevenuePerCustomerResult>();
    expectTypeOf(byCustomer.customers).toEqualTypeOf<readonly RevenuePerCustomerSeries[]>();
    expectTypeOf(byCustomer.rest).toEqualTypeOf<{
      readonly groupCount: number;
      readonly result: RevenuePerCustomerSeries;
    } | null>();
    expectTypeOf(byCustomer.withoutCustomer).toEqualTypeOf<{
      readonly orderCount: number;
      readonly realized: Decimal;
    }>();
    expectTypeOf<RevenuePerCustomerPoint["target"]>().toEqualTypeOf<null>();
    expectTypeOf<RevenuePerCustomerPoint["attainment"]>().toEqualTypeOf<null>();
    expectTypeOf<RevenuePerCustomerPoint["targetReason"]>().toEqualTypeOf<"no-customer-targets">();
    expectTypeOf<RevenuePerCustomerPoint["orderCount"]>().toEqualTypeOf<number>();
    expectTypeOf<RevenuePerCustomerOptions["top"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<z.output<typeof RevenuePerCustomerResultSchema>>().toEqualTypeOf<RevenuePerCustomerResult>();
    expectTypeOf<RevenuePerSellerOptions>().not.toHaveProperty("top");
    // @ts-expect-error by seller or customer
    revenuePerSeller(orders, { range, by: "team" });
  });

  it("counts orders per point and per series, and types its warnings", () => {
    expectTypeOf<RevenuePerSellerPoint["orderCount"]>().toEqualTypeOf<number>();
    expectTypeOf<RevenuePerSellerResult["sellers"][number]["orderCount"]>().toEqualTypeOf<number>();
    expectTypeOf<RevenuePerSellerResult["warnings"]>().toEqualTypeOf<
      readonly IndicatorWarning<RevenuePerSellerWarningCode>[]
    >();
  });

  it("exports its defaults", () => {
    expectTypeOf(DEFAULT_TRAILING_BUCKETS).toEqualTypeOf<number>();
    expectTypeOf(DEFAULT_REVENUE_PER_SELLER_THRESHOLDS).toEqualTypeOf<{
      readonly drop: string;
      readonly exceptional: string;
    }>();
  });

  it("takes an order table, and activities as an array or a table", () => {
    expectTypeOf<OrderTable>().toExtend<Parameters<typeof revenuePerSeller>[0]>();
    expectTypeOf<RevenuePerSellerOptions["activities"]>().toEqualTypeOf<
      readonly Activity[] | ActivityTable | undefined
    >();
    expectTypeOf<{ range: Period; activities: ActivityTable }>().toExtend<RevenuePerSellerOptions>();
    expectTypeOf<{ orders: OrderTable }>().not.toExtend<Parameters<typeof revenuePerSeller>[0]>();
  });

  it("needs a range; the rest is optional", () => {
    expectTypeOf<{ range: Period }>().toExtend<RevenuePerSellerOptions>();
    expectTypeOf<{ grain: "month" }>().not.toExtend<RevenuePerSellerOptions>();
    expectTypeOf<RevenuePerSellerOptions["grain"]>().toEqualTypeOf<Grain | undefined>();
    expectTypeOf<NonNullable<RevenuePerSellerOptions["thresholds"]>["drop"]>().toEqualTypeOf<
      string | number | Decimal | undefined
    >();
    expectTypeOf<NonNullable<RevenuePerSellerOptions["thresholds"]>["exceptional"]>().toEqualTypeOf<
      string | number | Decimal | undefined
    >();
    expectTypeOf<RevenuePerSellerOptions["asOf"]>().toEqualTypeOf<Date | undefined>();
  });

  it("describes the result", () => {
    expectTypeOf<RevenuePerSellerResult["indicator"]>().toEqualTypeOf<"revenue-per-seller">();
    expectTypeOf<RevenuePerSellerResult["unit"]>().toEqualTypeOf<"money">();
    expectTypeOf<RevenuePerSellerResult["currency"]>().toEqualTypeOf<string | null>();
    expectTypeOf<RevenuePerSellerResult["asOf"]>().toEqualTypeOf<Date | null>();
    expectTypeOf<RevenuePerSellerResult["scope"]>().toEqualTypeOf<Scope>();
    expectTypeOf<RevenuePerSellerResult["buckets"]>().toEqualTypeOf<readonly Bucket[]>();
    expectTypeOf<RevenuePerSellerResult["medians"]["effort"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<RevenuePerSellerResult["sellers"][number]["total"]>().toEqualTypeOf<Decimal>();
  });

  it("makes nullable figures Decimal | null with their reasons", () => {
    expectTypeOf<RevenuePerSellerPoint["realized"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<RevenuePerSellerPoint["attainment"]["value"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<RevenuePerSellerPoint["attainment"]["reason"]>().toEqualTypeOf<"no-target" | null>();
    expectTypeOf<RevenuePerSellerPoint["trailingMean"]["value"]>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<RevenuePerSellerPoint["trailingMean"]["reason"]>().toEqualTypeOf<"insufficient-history" | null>();
    expectTypeOf<RevenuePerSellerPoint["changeFromPrevious"]["reason"]>().toEqualTypeOf<"no-previous" | null>();
    expectTypeOf<RevenuePerSellerPoint["relativeChangeFromPrevious"]["reason"]>().toEqualTypeOf<
      "no-previous" | "zero-previous" | "negative-previous" | null
    >();
    expectTypeOf<RevenuePerSellerPoint["relativeChangeFromTrailingMean"]["reason"]>().toEqualTypeOf<
      "insufficient-history" | "no-baseline" | null
    >();
    expectTypeOf<RevenuePerSellerPoint["relativeChangeFromTrailingMean"]["denominator"]>().toEqualTypeOf<Decimal>();
  });

  it("narrows a figure on its reason", () => {
    const point = {} as RevenuePerSellerPoint;
    if (point.trailingMean.reason === null) expectTypeOf(point.trailingMean.value).toEqualTypeOf<Decimal>();
    else expectTypeOf(point.trailingMean.value).toEqualTypeOf<null>();
  });

  it("types flags and quadrants as string unions", () => {
    expectTypeOf<RevenuePerSellerPoint["flags"]>().toEqualTypeOf<readonly RevenuePerSellerFlag[]>();
    expectTypeOf<"drop">().toExtend<RevenuePerSellerFlag>();
    expectTypeOf<"dropped">().not.toExtend<RevenuePerSellerFlag>();
    expectTypeOf<RevenuePerSellerEffort["quadrant"]>().toEqualTypeOf<RevenuePerSellerQuadrant | null>();
    expectTypeOf<"high-effort-low-result">().toExtend<RevenuePerSellerQuadrant>();
    expectTypeOf<RevenuePerSellerEffort["activityCount"]>().toEqualTypeOf<number | null>();
    expectTypeOf<RevenuePerSellerEffort["underTarget"]>().toEqualTypeOf<boolean | null>();
  });

  it("keeps explain optional", () => {
    expectTypeOf<RevenuePerSellerPoint>().toHaveProperty("explain");
    expectTypeOf<{ explain?: undefined }>().not.toExtend<Pick<RevenuePerSellerPoint, "explain">>();
  });

  it("reads the result back with its schema", () => {
    expectTypeOf<z.output<typeof RevenuePerSellerResultSchema>>().toEqualTypeOf<RevenuePerSellerResult>();
    expectTypeOf<ReturnType<typeof resultFromJSON<RevenuePerSellerResult>>>().toEqualTypeOf<RevenuePerSellerResult>();
  });
});
