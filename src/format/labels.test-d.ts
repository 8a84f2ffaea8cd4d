import { describe, expectTypeOf, it } from "vitest";
import type { LossCategory } from "../indicators/lostDeals/lostDealsTypes.js";
import type { RevenuePerSellerQuadrant } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { Status } from "../model/figures.js";
import type { ExtendedResult, HeadlineResult, ReasonsIn, ResultReasonCode } from "./_resultCodes.js";
import type { FlagCode, LabelCodes, LabelKind, LabelTable, ReasonCode, WarningCode } from "./labelCodes.js";
import { labelOf } from "./labels.js";

describe("label codes", () => {
  it("lists exactly the reasons the result types carry", () => {
    expectTypeOf<ReasonCode>().toEqualTypeOf<ResultReasonCode>();
    expectTypeOf<ReasonsIn<HeadlineResult>>().toEqualTypeOf<
      | "no-target"
      | "not-started"
      | "no-previous"
      | "zero-previous"
      | "negative-previous"
      | "insufficient-history"
      | "no-baseline"
      | "no-closed-deals"
      | "no-closed-value"
      | "no-remaining-target"
      | "no-activities"
      | "no-customer-targets"
    >();
    expectTypeOf<Exclude<ReasonsIn<ExtendedResult>, ReasonsIn<HeadlineResult>>>().toEqualTypeOf<
      | "no-deals"
      | "no-requests"
      | "no-offers"
      | "no-offer-value"
      | "no-prospects"
      | "no-responses"
      | "none-open"
      | "nothing-due"
      | "no-new-customers"
      | "no-previous-customers"
      | "no-customer-revenue"
      | "no-sellers-with-target"
      | "no-won-deals"
      | "too-few"
      | "zero-cycle"
      | "no-stage-history"
      | "none-reached"
      | "no-slipped-deals"
      | "no-actual"
      | "negative-actual"
      | "no-0-10-responses"
      | "no-interventions"
      | "empty"
      | "no-deliveries"
      | "no-duration"
      | "no-scheduled"
      | "no-revenue"
      | "no-ratio"
      | "no-expenses"
      | "no-gross-amount"
    >();
  });

  it("has the flags, warnings, quadrants and categories of the indicators", () => {
    expectTypeOf<FlagCode>().toEqualTypeOf<
      "drop" | "exceptional" | "insufficient-history" | "no-baseline" | "partial" | "not-started" | "spike"
    >();
    expectTypeOf<WarningCode>().toEqualTypeOf<
      | "targets-below-scope"
      | "targets-without-group"
      | "orders-without-customer"
      | "as-of-before-range"
      | "partial-range"
      | "quadrants-on-realized"
      | "forecast-period-over"
      | "short-window"
      | "range-not-started"
      | "partial-period"
      | "period-not-started"
      | "history-starts-in-period"
      | "period-not-over"
      | "mixed-scales"
      | "complaints-without-owner"
      | "overdue-deliveries"
      | "order-missing"
      | "delivered-before-order"
      | "open-deliveries"
    >();
    expectTypeOf<LabelCodes["status"]>().toEqualTypeOf<Status>();
    expectTypeOf<LabelCodes["quadrant"]>().toEqualTypeOf<RevenuePerSellerQuadrant>();
    expectTypeOf<LabelCodes["lossCategory"]>().toEqualTypeOf<LossCategory>();
    expectTypeOf<LabelKind>().toEqualTypeOf<
      "status" | "basis" | "flag" | "reason" | "warning" | "quadrant" | "lossCategory"
    >();
  });

  it("makes a label table without a code a compile error", () => {
    // @ts-expect-error: "alert" has no label
    const missing: LabelTable["status"] = { good: "good", watch: "watch" };
    // @ts-expect-error: "great" is not a status
    const extra: LabelTable["status"] = { good: "good", watch: "watch", alert: "alert", great: "great" };
    expectTypeOf(missing).toEqualTypeOf<Readonly<Record<Status, string>>>();
    expectTypeOf(extra).toEqualTypeOf<Readonly<Record<Status, string>>>();
  });

  it("takes only a code of the kind named", () => {
    expectTypeOf(labelOf("status", "good")).toEqualTypeOf<string>();
    // @ts-expect-error: "spike" is a flag, not a status
    labelOf("status", "spike");
    // @ts-expect-error: no such kind
    labelOf("colour", "red");
  });
});
