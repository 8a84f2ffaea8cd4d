/**
 * The reason codes the result types carry, read from the types themselves; a type test holds the
 * public `ReasonCode` list equal to them, for the headline and the extended indicators alike.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { ActivityRateSeriesResult } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateResult } from "../indicators/activity/activityRateTypes.js";
import type { AttainmentDistributionResult } from "../indicators/customers/attainmentDistributionTypes.js";
import type { NewCustomerRevenueResult, NewVsExistingRevenueResult } from "../indicators/customers/customerTypes.js";
import type { RenewalRateResult } from "../indicators/customers/renewalRateTypes.js";
import type { AverageDealSizeResult } from "../indicators/deals/averageDealSizeTypes.js";
import type { ForecastAccuracyResult, PipelineCoverageResult } from "../indicators/deals/forecastTypes.js";
import type { PipelineAgeingResult } from "../indicators/deals/pipelineAgeingTypes.js";
import type { SalesCycleLengthResult } from "../indicators/deals/salesCycleLengthTypes.js";
import type { SalesVelocityResult } from "../indicators/deals/salesVelocityTypes.js";
import type { SlippedDealsResult } from "../indicators/deals/slippedDealsTypes.js";
import type { StageConversionResult } from "../indicators/deals/stageConversionTypes.js";
import type { WinRateResult } from "../indicators/deals/winRateTypes.js";
import type { DiscountsResult } from "../indicators/operations/discountsTypes.js";
import type {
  MarginToExpensesResult,
  RepresentationExpenseResult,
} from "../indicators/operations/expenseRatiosTypes.js";
import type { HoursSoldResult } from "../indicators/operations/hoursSoldTypes.js";
import type { ServiceCancellationsResult } from "../indicators/operations/serviceCancellationsTypes.js";
import type { VisitDurationResult } from "../indicators/operations/visitDurationTypes.js";
import type { VisitedCustomersResult } from "../indicators/operations/visitedCustomersTypes.js";
import type { NegotiationsResult } from "../indicators/salesFlow/negotiationsTypes.js";
import type { OfferSuccessResult } from "../indicators/salesFlow/offerSuccessTypes.js";
import type { OrdersPerOfferResult } from "../indicators/salesFlow/ordersPerOfferTypes.js";
import type { RequestsOnTimeResult } from "../indicators/salesFlow/requestsOnTimeTypes.js";
import type { ResponseTimeResult } from "../indicators/salesFlow/responseTimeTypes.js";
import type { ComplaintsPerInterventionResult } from "../indicators/service/complaintsPerInterventionTypes.js";
import type { CustomerSatisfactionResult } from "../indicators/service/customerSatisfactionTypes.js";
import type { DeliveryLatenessResult } from "../indicators/service/deliveryLatenessTypes.js";
import type { DeliveryLeadTimeResult } from "../indicators/service/deliveryLeadTimeTypes.js";
import type { NonConformingDeliveriesResult } from "../indicators/service/nonConformingDeliveriesTypes.js";
import type { PenaltyAmountResult } from "../indicators/service/penaltyAmountTypes.js";
import type { LostDealsGroupedResult } from "../indicators/lostDeals/lostDealsGrouped.js";
import type { LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineGroupedResult } from "../indicators/pipeline/pipelineGrouped.js";
import type { PipelineSeriesResult } from "../indicators/pipeline/pipelineSeries.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenuePerCustomerResult, RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type {
  RevenueVsTargetCustomerGroupedResult,
  RevenueVsTargetGroupedResult,
} from "../indicators/revenue/revenueVsTargetGrouped.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";

/** Every result type of a headline indicator, in its plain, series and grouped forms. */
export type HeadlineResult =
  | RevenueVsTargetResult
  | RevenueVsTargetSeriesResult
  | RevenueVsTargetGroupedResult
  | RevenueVsTargetCustomerGroupedResult
  | RevenuePerSellerResult
  | RevenuePerCustomerResult
  | PipelineResult
  | PipelineSeriesResult
  | PipelineGroupedResult
  | ActivityRateResult
  | ActivityRateSeriesResult
  | ActivityRateGroupedResult
  | LostDealsResult
  | LostDealsGroupedResult;

/**
 * The result of every extended indicator of the catalogue, in the form the catalogue computes
 * (their grouped forms carry the same results by group).
 */
export type ExtendedResult =
  | NegotiationsResult
  | OfferSuccessResult
  | OrdersPerOfferResult
  | ResponseTimeResult<"tender-response-time">
  | ResponseTimeResult<"first-response-time">
  | RequestsOnTimeResult
  | NewCustomerRevenueResult
  | RenewalRateResult
  | NewVsExistingRevenueResult
  | AttainmentDistributionResult
  | WinRateResult
  | AverageDealSizeResult
  | SalesCycleLengthResult
  | SalesVelocityResult
  | PipelineCoverageResult
  | StageConversionResult
  | SlippedDealsResult
  | PipelineAgeingResult
  | ForecastAccuracyResult
  | CustomerSatisfactionResult
  | ComplaintsPerInterventionResult
  | DeliveryLatenessResult
  | PenaltyAmountResult
  | NonConformingDeliveriesResult
  | DeliveryLeadTimeResult
  | VisitedCustomersResult
  | VisitDurationResult
  | ServiceCancellationsResult
  | HoursSoldResult
  | RepresentationExpenseResult
  | MarginToExpensesResult
  | DiscountsResult;

/** The codes of a reason field's type: its literal strings (a field typed `string` holds the caller's text, not a code). */
type LiteralCodes<Field> = Field extends string ? (string extends Field ? never : Field) : never;

/**
 * The reason codes anywhere in `T`: the literal codes of every field named `reason` or ending in
 * `Reason` (`statusReason`, `quadrantReason`, `staleReason`...). A field typed `string` (the
 * `reason` of a loss-reason or non-conformity line) is the caller's text, not a code. `Depth`
 * stops the walk on deep or recursive types.
 */
export type ReasonsIn<T, Depth extends unknown[] = []> = Depth["length"] extends 10
  ? never
  : T extends Decimal | Date | string | number | boolean | bigint | null | undefined
    ? never
    : T extends readonly (infer Element)[]
      ? ReasonsIn<Element, [...Depth, unknown]>
      : {
          [Key in keyof T]-?: Key extends "reason" | `${string}Reason`
            ? LiteralCodes<T[Key]>
            : ReasonsIn<T[Key], [...Depth, unknown]>;
        }[keyof T];

/** Every reason code of the results of the catalogue's indicators, headline and extended. */
export type ResultReasonCode = ReasonsIn<HeadlineResult | ExtendedResult>;
