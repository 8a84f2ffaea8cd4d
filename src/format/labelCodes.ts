/**
 * The codes the labels name, built from the indicators' own code unions (the reasons are checked
 * against the result types by a type test): a code added to a result type is a code the label
 * tables must name, or the project does not type-check.
 *
 * @module
 */
import type { ActivityRateWarningCode } from "../indicators/activity/activityRateTypes.js";
import type { AttainmentDistributionWarningCode } from "../indicators/customers/attainmentDistributionTypes.js";
import type { CustomerRevenueWarningCode } from "../indicators/customers/customerTypes.js";
import type { RenewalRateWarningCode } from "../indicators/customers/renewalRateTypes.js";
import type { ForecastAccuracyWarningCode } from "../indicators/deals/forecastTypes.js";
import type { DealPeriodWarningCode } from "../indicators/deals/winRateTypes.js";
import type { SalesFlowWarningCode } from "../indicators/salesFlow/salesFlowTypes.js";
import type { ComplaintsPerInterventionWarningCode } from "../indicators/service/complaintsPerInterventionTypes.js";
import type { CustomerSatisfactionWarningCode } from "../indicators/service/customerSatisfactionTypes.js";
import type { DeliveryLatenessWarningCode } from "../indicators/service/deliveryLatenessTypes.js";
import type { DeliveryLeadTimeWarningCode } from "../indicators/service/deliveryLeadTimeTypes.js";
import type { LossCategory, LostDealsFlag, LostDealsWarningCode } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineWarningCode } from "../indicators/pipeline/pipelineTypes.js";
import type {
  RevenuePerSellerFlag,
  RevenuePerSellerQuadrant,
  RevenuePerSellerWarningCode,
} from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetResult, RevenueVsTargetWarningCode } from "../indicators/revenue/revenueVsTargetTypes.js";
import type { Status } from "../model/figures.js";

/**
 * Every reason a figure of an indicator of the catalogue can be empty for, and the reasons of
 * `statusReason`, `quadrantReason`, `staleReason` and the like. A type test holds this list equal
 * to the reasons read from the result types themselves, so a reason added to a result without a
 * label fails the type check.
 *
 * @category Format
 */
export type ReasonCode =
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
  // sales flow
  | "no-deals"
  | "no-requests"
  | "no-offers"
  | "no-offer-value"
  | "no-prospects"
  | "no-responses"
  | "none-open"
  | "nothing-due"
  // customers and attainment
  | "no-new-customers"
  | "no-previous-customers"
  | "no-customer-revenue"
  | "no-sellers-with-target"
  // deals
  | "no-won-deals"
  | "too-few"
  | "zero-cycle"
  | "no-stage-history"
  | "none-reached"
  | "no-slipped-deals"
  | "no-actual"
  | "negative-actual"
  // service
  | "no-0-10-responses"
  | "no-interventions"
  | "empty"
  | "no-deliveries"
  // operations
  | "no-duration"
  | "no-scheduled"
  | "no-revenue"
  | "no-ratio"
  | "no-expenses"
  | "no-gross-amount";

/**
 * Every flag a bucket can carry: those of revenue per seller (`drop`, `exceptional`, `partial`,
 * `not-started`...) and of lost deals (`spike`...).
 *
 * @category Format
 */
export type FlagCode = RevenuePerSellerFlag | LostDealsFlag;

/**
 * Every warning code of the indicators of the catalogue: the union of each indicator's own code union
 * (the operational indicators' codes, `partial-range` and `range-not-started`, are those of lost
 * deals, so their union stands for both; the label test holds every entry's codes labelled).
 * An indicator that gets a code union adds it here, and its labels to {@link LABELS}.
 *
 * @category Format
 */
export type WarningCode =
  | RevenueVsTargetWarningCode
  | RevenuePerSellerWarningCode
  | PipelineWarningCode
  | ActivityRateWarningCode
  | LostDealsWarningCode
  | SalesFlowWarningCode
  | CustomerRevenueWarningCode
  | RenewalRateWarningCode
  | AttainmentDistributionWarningCode
  | DealPeriodWarningCode
  | ForecastAccuracyWarningCode
  | CustomerSatisfactionWarningCode
  | ComplaintsPerInterventionWarningCode
  | DeliveryLatenessWarningCode
  | DeliveryLeadTimeWarningCode;

/** What a status is judged on in revenue versus target: the attainment (closed period) or the pace. @category Format */
export type StatusBasis = RevenueVsTargetResult["statusBasis"];

/**
 * The kinds of code that have labels, each with its codes.
 *
 * @category Format
 */
export interface LabelCodes {
  /** Status lights: `good`, `watch`, `alert`. */
  readonly status: Status;
  /** What a revenue status is judged on: `attainment` or `pace`. */
  readonly basis: StatusBasis;
  /** Bucket flags. */
  readonly flag: FlagCode;
  /** Why a figure, a status or a quadrant is empty. */
  readonly reason: ReasonCode;
  /** Warning codes. */
  readonly warning: WarningCode;
  /** Effort-versus-result quadrants of revenue per seller. */
  readonly quadrant: RevenuePerSellerQuadrant;
  /** Families of loss causes of lost deals. */
  readonly lossCategory: LossCategory;
}

/**
 * A kind of code that has labels: `"status"`, `"basis"`, `"flag"`, `"reason"`, `"warning"`,
 * `"quadrant"` or `"lossCategory"`.
 *
 * @category Format
 */
export type LabelKind = keyof LabelCodes;

/**
 * The labels of one language: for each kind, one text per code. Each table is a `Record` over the
 * kind's whole code union, so a code without a label does not compile.
 *
 * @category Format
 */
export type LabelTable = { readonly [Kind in LabelKind]: Readonly<Record<LabelCodes[Kind], string>> };
