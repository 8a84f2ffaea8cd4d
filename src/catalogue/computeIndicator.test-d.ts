import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import type { ReasonsIn } from "../format/_resultCodes.js";
import type { ActivityRateResult } from "../indicators/activity/activityRateTypes.js";
import type { AttainmentDistributionResult } from "../indicators/customers/attainmentDistributionTypes.js";
import type { NewCustomerRevenueResult, NewVsExistingRevenueResult } from "../indicators/customers/customerTypes.js";
import type { RenewalRateResult } from "../indicators/customers/renewalRateTypes.js";
import type { LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { DiscountsResult } from "../indicators/operations/discountsTypes.js";
import type {
  MarginToExpensesResult,
  RepresentationExpenseResult,
} from "../indicators/operations/expenseRatiosTypes.js";
import type { HoursSoldResult } from "../indicators/operations/hoursSoldTypes.js";
import type { ServiceCancellationsResult } from "../indicators/operations/serviceCancellationsTypes.js";
import type { VisitDurationResult } from "../indicators/operations/visitDurationTypes.js";
import type { VisitedCustomersResult } from "../indicators/operations/visitedCustomersTypes.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";
import type { FirstResponseTimeResult } from "../indicators/salesFlow/firstResponseTime.js";
import type { NegotiationsResult } from "../indicators/salesFlow/negotiationsTypes.js";
import type { OfferSuccessResult } from "../indicators/salesFlow/offerSuccessTypes.js";
import type { OrdersPerOfferResult } from "../indicators/salesFlow/ordersPerOfferTypes.js";
import type { RequestsOnTimeResult } from "../indicators/salesFlow/requestsOnTimeTypes.js";
import type { TenderResponseTimeResult } from "../indicators/salesFlow/tenderResponseTime.js";
import type { DeliveryLatenessResult } from "../indicators/service/deliveryLatenessTypes.js";
import type { PenaltyAmountResult } from "../indicators/service/penaltyAmountTypes.js";
import type { SampleDataset } from "../sample/generateSampleDataset.js";
import { computeIndicator } from "./computeIndicator.js";
import { computeReport, type IndicatorReport } from "./computeReport.js";
import type { IndicatorData } from "./indicatorData.js";
import { getIndicator, listIndicators, type IndicatorEntry } from "./listIndicators.js";
import type { AnyIndicatorResult, IndicatorId, IndicatorResultOf } from "./registry.js";

declare const data: IndicatorData;
declare const sample: SampleDataset;
declare const idFromCommandLine: string;
declare const optionsFromJson: unknown;

describe("computeIndicator types", () => {
  it("knows the ids (each group's among them; groups add theirs)", () => {
    expectTypeOf<
      "revenue-vs-target" | "revenue-per-seller" | "pipeline" | "activity-rate" | "lost-deals"
    >().toExtend<IndicatorId>();
    expectTypeOf<
      | "new-customer-revenue"
      | "customer-renewal-rate"
      | "new-vs-existing-revenue"
      | "attainment-distribution"
      | "negotiations"
      | "offer-success"
      | "orders-per-offer"
      | "tender-response-time"
      | "first-response-time"
      | "requests-on-time"
      | "win-rate"
      | "average-deal-size"
      | "sales-cycle-length"
      | "sales-velocity"
      | "pipeline-coverage"
      | "stage-conversion"
      | "slipped-deals"
      | "pipeline-ageing"
      | "forecast-accuracy"
      | "customer-satisfaction"
      | "complaints-per-intervention"
      | "delivery-lateness"
      | "penalty-amount"
      | "non-conforming-deliveries"
      | "delivery-lead-time"
    >().toExtend<IndicatorId>();
    expectTypeOf<"win-rates">().not.toExtend<IndicatorId>();
    expectTypeOf<"new-customer-rate">().not.toExtend<IndicatorId>();
    expectTypeOf<"pipline">().not.toExtend<IndicatorId>();
  });

  it("gives each literal id its own result type", () => {
    expectTypeOf(
      computeIndicator("revenue-vs-target", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<RevenueVsTargetResult>();
    expectTypeOf(
      computeIndicator("revenue-per-seller", data, { range: "2026" }),
    ).toEqualTypeOf<RevenuePerSellerResult>();
    expectTypeOf(computeIndicator("pipeline", data, { asOf: new Date() })).toEqualTypeOf<PipelineResult>();
    expectTypeOf(computeIndicator("activity-rate", data, { period: "2026-03" })).toEqualTypeOf<ActivityRateResult>();
    expectTypeOf(computeIndicator("lost-deals", sample, { range: "2026" })).toEqualTypeOf<LostDealsResult>();
    expectTypeOf(computeIndicator("lost-deals", data, { range: "2026" }).totals.lostAmount).toEqualTypeOf<Decimal>();
  });

  it("takes periods and instants as values or as text", () => {
    computeIndicator("revenue-vs-target", data, {
      period: { start: new Date(), end: "2026-07-01" },
      asOf: "2026-06-15",
      thresholds: { good: "1.1", watch: 0.9 },
      scope: { level: "seller", sellerId: "s-01" },
      timeZone: "Europe/Paris",
      dayCount: "business",
    });
    computeIndicator("pipeline", data, { asOf: "2026-06-15", grain: "quarter", forecast: { period: "2026-Q2" } });
    computeIndicator("lost-deals", data, { range: "2026", spike: { k: "1.5", deviation: "population" } });
  });

  it("makes a wrong option for the id a compile error", () => {
    // @ts-expect-error: the pipeline takes asOf, not a range
    computeIndicator("pipeline", data, { asOf: new Date(), range: "2026-Q2" });
    // @ts-expect-error: the pipeline needs asOf
    computeIndicator("pipeline", data, {});
    // @ts-expect-error: the pipeline's grains are month, quarter and year
    computeIndicator("pipeline", data, { asOf: new Date(), grain: "week" });
    // @ts-expect-error: revenue versus target reads a period, not a range
    computeIndicator("revenue-vs-target", data, { range: "2026-Q2" });
    // @ts-expect-error: lost deals has no thresholds
    computeIndicator("lost-deals", data, { range: "2026", thresholds: { good: "1" } });
    // @ts-expect-error: the roster is data, not an option
    computeIndicator("activity-rate", data, { period: "2026", sellers: [] });
    // @ts-expect-error: the activity targets are data, not an option
    computeIndicator("activity-rate", data, { period: "2026", targets: [] });
    // @ts-expect-error: asOf is a Date or a string
    computeIndicator("lost-deals", data, { range: "2026", asOf: 20260615 });
  });

  it("makes an unknown literal id a compile error", () => {
    // @ts-expect-error: no indicator is called "pipline"
    computeIndicator("pipline", data, { asOf: new Date() });
  });

  it("takes an id known only at run time, with options checked at run time", () => {
    expectTypeOf(computeIndicator(idFromCommandLine, data, optionsFromJson)).toEqualTypeOf<AnyIndicatorResult>();
    expectTypeOf<
      RevenueVsTargetResult | RevenuePerSellerResult | PipelineResult | ActivityRateResult | LostDealsResult
    >().toExtend<AnyIndicatorResult>();
    expectTypeOf<
      NewCustomerRevenueResult | RenewalRateResult | NewVsExistingRevenueResult | AttainmentDistributionResult
    >().toExtend<AnyIndicatorResult>();
    expectTypeOf<
      | NegotiationsResult
      | OfferSuccessResult
      | OrdersPerOfferResult
      | TenderResponseTimeResult
      | FirstResponseTimeResult
      | RequestsOnTimeResult
    >().toExtend<AnyIndicatorResult>();
  });

  it("gives each sales-flow id its result and options", () => {
    expectTypeOf(computeIndicator("negotiations", data, { period: "2026-Q2" })).toEqualTypeOf<NegotiationsResult>();
    expectTypeOf(computeIndicator("offer-success", data, { period: "2026-Q2" })).toEqualTypeOf<OfferSuccessResult>();
    expectTypeOf(
      computeIndicator("orders-per-offer", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<OrdersPerOfferResult>();
    expectTypeOf(
      computeIndicator("tender-response-time", data, { period: "2026-Q2", unit: "hours", dayCount: "business" }),
    ).toEqualTypeOf<TenderResponseTimeResult>();
    expectTypeOf(
      computeIndicator("first-response-time", data, { period: "2026-Q2", kinds: ["request", "tender"] }),
    ).toEqualTypeOf<FirstResponseTimeResult>();
    expectTypeOf(
      computeIndicator("requests-on-time", data, { period: "2026-Q2", asOf: "2026-06-15" }),
    ).toEqualTypeOf<RequestsOnTimeResult>();
    // @ts-expect-error: the sales-flow indicators read a period, not a range
    computeIndicator("negotiations", data, { range: "2026-Q2" });
    // @ts-expect-error: only the duration indicators take a unit
    computeIndicator("requests-on-time", data, { period: "2026-Q2", unit: "hours" });
    // @ts-expect-error: the request kinds are tender, specification and request
    computeIndicator("first-response-time", data, { period: "2026-Q2", kinds: ["call"] });
    // @ts-expect-error: the roster is data, not an option
    computeIndicator("offer-success", data, { period: "2026-Q2", sellers: [] });
    expectTypeOf<string>().not.toExtend<AnyIndicatorResult>();
    expectTypeOf<DeliveryLatenessResult | PenaltyAmountResult>().toExtend<AnyIndicatorResult>();
  });

  it("needs data shaped as records by kind", () => {
    // @ts-expect-error: orders are records, not a count
    computeIndicator("lost-deals", { orders: 3 }, { range: "2026" });
  });
});

describe("computeIndicator types of the customer indicators", () => {
  it("gives each customer id its own result type", () => {
    expectTypeOf(
      computeIndicator("new-customer-revenue", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<NewCustomerRevenueResult>();
    expectTypeOf(
      computeIndicator("customer-renewal-rate", sample, { period: "2026-Q2", previousPeriod: "2026-Q1" }),
    ).toEqualTypeOf<RenewalRateResult>();
    expectTypeOf(
      computeIndicator("new-vs-existing-revenue", data, { period: "2026-Q2", asOf: "2026-06-15" }),
    ).toEqualTypeOf<NewVsExistingRevenueResult>();
    expectTypeOf(
      computeIndicator("attainment-distribution", data, { period: "2026-Q2", dayCount: "business" }),
    ).toEqualTypeOf<AttainmentDistributionResult>();
  });

  it("makes a wrong customer option a compile error", () => {
    // @ts-expect-error: new customer revenue reads a period, not a range
    computeIndicator("new-customer-revenue", data, { range: "2026-Q2" });
    // @ts-expect-error: only the renewal rate takes a previous period
    computeIndicator("new-vs-existing-revenue", data, { period: "2026-Q2", previousPeriod: "2026-Q1" });
    // @ts-expect-error: the renewal rate does not prorate targets
    computeIndicator("customer-renewal-rate", data, { period: "2026-Q2", dayCount: "business" });
    // @ts-expect-error: the revenue targets are data, not an option
    computeIndicator("attainment-distribution", data, { period: "2026-Q2", targets: [] });
    // @ts-expect-error: the bands are fixed: no thresholds
    computeIndicator("attainment-distribution", data, { period: "2026-Q2", thresholds: { good: "1" } });
  });
});

describe("computeIndicator types of the operations indicators", () => {
  it("knows their ids", () => {
    expectTypeOf<
      | "visited-customers"
      | "visit-duration"
      | "service-cancellations"
      | "revenue-per-month-per-seller"
      | "hours-sold"
      | "representation-expense-ratio"
      | "margin-to-commercial-expenses"
      | "discounts"
    >().toExtend<IndicatorId>();
  });

  it("gives each operations id its own result type", () => {
    const range = { range: "2026-Q2" } as const;
    expectTypeOf(computeIndicator("visited-customers", data, range)).toEqualTypeOf<VisitedCustomersResult>();
    expectTypeOf(
      computeIndicator("visit-duration", sample, { ...range, durationUnit: "days" }),
    ).toEqualTypeOf<VisitDurationResult>();
    expectTypeOf(
      computeIndicator("service-cancellations", data, { ...range, types: ["visit"] }),
    ).toEqualTypeOf<ServiceCancellationsResult>();
    expectTypeOf(
      computeIndicator("revenue-per-month-per-seller", data, { ...range, asOf: "2026-06-15" }),
    ).toEqualTypeOf<RevenuePerSellerResult>();
    expectTypeOf(computeIndicator("hours-sold", data, range)).toEqualTypeOf<HoursSoldResult>();
    expectTypeOf(
      computeIndicator("representation-expense-ratio", data, range),
    ).toEqualTypeOf<RepresentationExpenseResult>();
    expectTypeOf(
      computeIndicator("margin-to-commercial-expenses", data, { ...range, categories: ["travel"] }),
    ).toEqualTypeOf<MarginToExpensesResult>();
    expectTypeOf(computeIndicator("discounts", data, range)).toEqualTypeOf<DiscountsResult>();
  });

  it("makes a wrong operations option a compile error", () => {
    // @ts-expect-error: the operations indicators read a range, not a period
    computeIndicator("hours-sold", data, { period: "2026-Q2" });
    // @ts-expect-error: revenue per month has its grain fixed
    computeIndicator("revenue-per-month-per-seller", data, { range: "2026-Q2", grain: "week" });
    // @ts-expect-error: the expenses are data, not an option
    computeIndicator("margin-to-commercial-expenses", data, { range: "2026-Q2", expenses: [] });
    // @ts-expect-error: no such expense category
    computeIndicator("representation-expense-ratio", data, { range: "2026-Q2", categories: ["lunch"] });
  });
});

describe("catalogue entries and reports", () => {
  it("gives a literal id its entry type", () => {
    expectTypeOf(getIndicator("pipeline")).toEqualTypeOf<IndicatorEntry<"pipeline">>();
    expectTypeOf(getIndicator("pipeline").id).toEqualTypeOf<"pipeline">();
    expectTypeOf(getIndicator(idFromCommandLine)).toEqualTypeOf<IndicatorEntry>();
  });

  it("lists texts in one language with a locale, in both without", () => {
    expectTypeOf(listIndicators()[0]!.label).toEqualTypeOf<{ readonly en: string; readonly fr: string }>();
    expectTypeOf(listIndicators({ locale: "fr-FR" })[0]!.label).toEqualTypeOf<string>();
  });

  it("types a report's results by id", () => {
    const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15", ids: ["pipeline"] });
    expectTypeOf(report).toEqualTypeOf<IndicatorReport>();
    const first = report.results[0]!;
    if (first.id === "pipeline") expectTypeOf(first.result).toEqualTypeOf<PipelineResult>();
    // @ts-expect-error: an unknown id in ids
    computeReport(data, { period: "2026-Q2", asOf: "2026-06-15", ids: ["pipline"] });
  });

  it("lists in each headline entry exactly the reasons its result type carries (see catalogue.test.ts)", () => {
    expectTypeOf<ReasonsIn<IndicatorResultOf<"revenue-vs-target">>>().toEqualTypeOf<"no-target" | "not-started">();
    expectTypeOf<ReasonsIn<IndicatorResultOf<"revenue-per-seller">>>().toEqualTypeOf<
      | "no-target"
      | "no-previous"
      | "zero-previous"
      | "negative-previous"
      | "insufficient-history"
      | "no-baseline"
      | "no-activities"
    >();
    expectTypeOf<ReasonsIn<IndicatorResultOf<"pipeline">>>().toEqualTypeOf<"no-target" | "no-remaining-target">();
    expectTypeOf<ReasonsIn<IndicatorResultOf<"activity-rate">>>().toEqualTypeOf<"no-target" | "not-started">();
    expectTypeOf<ReasonsIn<IndicatorResultOf<"lost-deals">>>().toEqualTypeOf<"no-closed-deals" | "no-closed-value">();
  });
});
