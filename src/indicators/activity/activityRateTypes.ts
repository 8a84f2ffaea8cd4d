/**
 * The options and the result of `activityRate` (its series and grouped forms reuse them), apart
 * from the computation so that the shared computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Period } from "../../period/types.js";
import type { IndicatorOptions, Ratio, Scope, Status, TargetOptions, Thresholds, ThresholdsInput } from "../types.js";

/** Default shortest period, in calendar days, below which the activity rate carries a `short-window` warning. @category Activity rate */
export const ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS = 28;

/** Options of {@link activityRate}. @category Activity rate */
export interface ActivityRateOptions extends IndicatorOptions, TargetOptions {
  /** The `[start, end)` period whose activities are counted and whose targets are prorated. */
  readonly period: Period;
  /** "Now": with `asOf` inside the period only activities dated before it count. Default: none (closed period). */
  readonly asOf?: Date;
  /** Periods strictly shorter than this many calendar days get the `short-window` warning. Default 28. */
  readonly minWindowDays?: number;
  /** Status thresholds on the rate. Default good >= 1, watch >= 0.8. */
  readonly thresholds?: ThresholdsInput;
  /** Activity types to list even when they have no done activity and no target. */
  readonly types?: readonly string[];
}

/** Why an activity rate has no value: the prorated target is 0 (or there is none). @category Activity rate */
export type ActivityRateReason = "no-target";

/** The warnings an activity rate can carry. @category Activity rate */
export type ActivityRateWarning = "short-window";

/** Done count, prorated target, rate and status of one activity type. @category Activity rate */
export interface ActivityTypeRate {
  /** The activity type. */
  readonly type: string;
  /** Done activities of that type in `[start, min(end, asOf))`, owners in scope. */
  readonly done: number;
  /** Prorated target of that type for the whole period, from the scope's own targets; 0 when none. */
  readonly target: Decimal;
  /** `done / target`; `null` with reason `no-target` when the prorated target is 0. */
  readonly rate: Ratio<ActivityRateReason>;
  /** Status of the rate; `null` when the rate is `null`. */
  readonly status: Status | null;
  /** Why `status` is `null`. */
  readonly statusReason: ActivityRateReason | null;
}

/** Done count of one type for one seller. @category Activity rate */
export interface SellerTypeCount {
  /** The activity type. */
  readonly type: string;
  /** Done activities of that type. */
  readonly done: number;
}

/** Done activities of one seller, per type (every listed type, zeros included). @category Activity rate */
export interface SellerActivityCounts {
  /** The seller (owner) id. */
  readonly sellerId: string;
  /** Done activities of every type. */
  readonly done: number;
  /** Done activities per type, in the order of the result's `byType`. */
  readonly byType: readonly SellerTypeCount[];
}

/** The records behind each type's figures (present only with `explain: true`). @category Activity rate */
export interface ActivityRateExplain {
  /** Per type, in the order of `byType`. */
  readonly byType: readonly {
    /** The activity type. */
    readonly type: string;
    /** Ids of the done activities counted, by date then id. */
    readonly activityIds: readonly string[];
    /** Ids of the scope's targets of that type that overlap the period, by id. */
    readonly targetIds: readonly string[];
  }[];
}

/** The result of {@link activityRate}. @category Activity rate */
export interface ActivityRateResult {
  /** Stable indicator id. */
  readonly indicator: "activity-rate";
  /** The rates are ratios; counts are plain numbers. */
  readonly unit: "ratio";
  /** The period asked for. */
  readonly period: Period;
  /** The `asOf` given, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Done counts per seller: roster sellers in scope first (zeros included), then other owners by id. */
  readonly bySeller: readonly SellerActivityCounts[];
  /** Per activity type: caller's `types` first, then the library's known types, then others by name. */
  readonly byType: readonly ActivityTypeRate[];
  /** Done activities of every type, with or without a target. */
  readonly totalDone: number;
  /** Sum of done over types that have a target / sum of those targets; `null` (`no-target`) when none has one. */
  readonly overall: Ratio<ActivityRateReason>;
  /** Status of the overall rate; `null` when it is `null`. */
  readonly status: Status | null;
  /** Why `status` is `null`. */
  readonly statusReason: ActivityRateReason | null;
  /** The thresholds used. */
  readonly thresholds: Thresholds;
  /** `"short-window"` when the period is shorter than `minWindowDays` calendar days. */
  readonly warnings: ActivityRateWarning[];
  /** Ids behind the figures, with `explain: true` only. */
  readonly explain?: ActivityRateExplain;
}
