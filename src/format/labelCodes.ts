/**
 * The codes the labels name, built from the indicators' own types: a code added to a result type
 * is a code the label tables must name, or the library does not compile.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { ActivityRateSeriesResult } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateResult, ActivityRateWarning } from "../indicators/activity/activityRateTypes.js";
import type { LostDealsGroupedResult } from "../indicators/lostDeals/lostDealsGrouped.js";
import type { LossCategory, LostDealsFlag, LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineGroupedResult } from "../indicators/pipeline/pipelineGrouped.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenuePerSellerFlag, RevenuePerSellerQuadrant, RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetGroupedResult } from "../indicators/revenue/revenueVsTargetGrouped.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";
import type { Status } from "../model/figures.js";

/** Every result type of a headline indicator, in its plain, series and grouped forms. */
type HeadlineResult =
  | RevenueVsTargetResult
  | RevenueVsTargetSeriesResult
  | RevenueVsTargetGroupedResult
  | RevenuePerSellerResult
  | PipelineResult
  | PipelineGroupedResult
  | ActivityRateResult
  | ActivityRateSeriesResult
  | ActivityRateGroupedResult
  | LostDealsResult
  | LostDealsGroupedResult;

/** Fields whose non-null value is a reason code, besides the `reason` of a figure. */
type ReasonField = "statusReason" | "quadrantReason";

/**
 * The reason codes anywhere in `T`: the `reason` of every figure (an object with a `value`; the
 * `reason` of a loss-reason line is the caller's text, not a code) and every `statusReason` and
 * `quadrantReason`. `Depth` stops the walk on deep or recursive types.
 */
type ReasonsIn<T, Depth extends unknown[] = []> = Depth["length"] extends 8
  ? never
  : T extends Decimal | Date | string | number | boolean | bigint | null | undefined
    ? never
    : T extends readonly (infer Element)[]
      ? ReasonsIn<Element, [...Depth, unknown]>
      :
          | (T extends { readonly value: unknown; readonly reason: infer Reason } ? Exclude<Reason, null> : never)
          | {
              [Key in keyof T]-?: Key extends ReasonField ? Exclude<T[Key], null | undefined> : Key extends "reason" ? never : ReasonsIn<T[Key], [...Depth, unknown]>;
            }[keyof T];

/**
 * Every reason a figure of a headline indicator can be empty for (`no-target`, `not-started`,
 * `no-closed-deals`...), and the reasons of `statusReason` and `quadrantReason`: read from the
 * result types themselves.
 *
 * @category Format
 */
export type ReasonCode = ReasonsIn<HeadlineResult>;

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
export type WarningCode = ActivityRateWarning;

/** What a status is judged on in revenue versus target: the attainment (closed period) or the pace. */
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
