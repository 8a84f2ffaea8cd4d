/**
 * The reason codes the result types carry, read from the types themselves; a type test holds the
 * public `ReasonCode` list equal to them.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { ActivityRateSeriesResult } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateResult } from "../indicators/activity/activityRateTypes.js";
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

/** Fields whose non-null value is a reason code, besides the `reason` of a figure. */
type ReasonField = "statusReason" | "quadrantReason" | "targetReason";

/**
 * The reason codes anywhere in `T`: the `reason` of every figure (an object with a `value`; the
 * `reason` of a loss-reason line is the caller's text, not a code) and every `statusReason` and
 * `quadrantReason`. `Depth` stops the walk on deep or recursive types.
 */
export type ReasonsIn<T, Depth extends unknown[] = []> = Depth["length"] extends 10
  ? never
  : T extends Decimal | Date | string | number | boolean | bigint | null | undefined
    ? never
    : T extends readonly (infer Element)[]
      ? ReasonsIn<Element, [...Depth, unknown]>
      : | (T extends { readonly value: unknown; readonly reason: infer Reason } ? Exclude<Reason, null> : never)
        | {
            [Key in keyof T]-?: Key extends ReasonField
              ? Exclude<T[Key], null | undefined>
              : Key extends "reason"
                ? never
                : ReasonsIn<T[Key], [...Depth, unknown]>;
          }[keyof T];

/** Every reason code of the headline results. */
export type ResultReasonCode = ReasonsIn<HeadlineResult>;
