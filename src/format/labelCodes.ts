/**
 * The codes the labels name, built from the indicators' own code unions (the reasons are checked
 * against the result types by a type test): a code added to a result type is a code the label
 * tables must name, or the project does not type-check.
 *
 * @module
 */
import type { ActivityRateWarningCode } from "../indicators/activity/activityRateTypes.js";
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
 * Every reason a figure of a headline indicator can be empty for, and the reasons of
 * `statusReason` and `quadrantReason`. A type test holds this list equal to the reasons read from
 * the result types themselves, so a reason added to a result without a label fails the type check.
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
  | "no-customer-targets";

/**
 * Every flag a bucket can carry: those of revenue per seller (`drop`, `exceptional`, `partial`,
 * `not-started`...) and of lost deals (`spike`...).
 *
 * @category Format
 */
export type FlagCode = RevenuePerSellerFlag | LostDealsFlag;

/**
 * Every warning code of the headline indicators: the union of each indicator's own code union.
 * An indicator that gets a code union adds it here, and its labels to {@link LABELS}.
 *
 * @category Format
 */
export type WarningCode =
  | RevenueVsTargetWarningCode
  | RevenuePerSellerWarningCode
  | PipelineWarningCode
  | ActivityRateWarningCode
  | LostDealsWarningCode;

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
