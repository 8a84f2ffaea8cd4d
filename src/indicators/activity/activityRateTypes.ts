/**
 * The options and the result of `activityRate` (its series and grouped forms reuse them), apart
 * from the computation so that the shared computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { ActivityTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { IndicatorOptions, Ratio, Scope, Status, TargetOptions, Thresholds, ThresholdsInput } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/**
 * Default shortest period, in calendar days, below which the activity rate carries a
 * `short-window` warning (option `minWindowDays`): the article warns against judging activity on
 * too short a window.
 *
 * @example
 * ```ts
 * DEFAULT_MIN_WINDOW_DAYS; //=> 28
 * ```
 * @category Activity rate
 */
export const DEFAULT_MIN_WINDOW_DAYS = 28;

/** Options of {@link activityRate}. @category Activity rate */
export interface ActivityRateOptions extends IndicatorOptions, TargetOptions {
  /** The `[start, end)` period whose activities are counted and whose targets are prorated. */
  readonly period: Period;
  /**
   * Activity targets at any level; only the scope's own are used (settled detail 1). Pass `[]` to
   * count activities without rates.
   */
  readonly targets: readonly ActivityTarget[];
  /**
   * "Now": with `asOf` inside the period only activities dated before it count, and the status
   * is judged on pace. Default: none (the period is judged closed, on the rate).
   */
  readonly asOf?: Date;
  /** Periods strictly shorter than this many calendar days get the `short-window` warning. Default {@link DEFAULT_MIN_WINDOW_DAYS} (28). */
  readonly minWindowDays?: number;
  /** Status thresholds on the rate (closed period) or the pace (running period). Default good >= 1, watch >= 0.8. */
  readonly thresholds?: ThresholdsInput;
  /** Activity types to list even when they have no done activity and no target. */
  readonly types?: readonly string[];
}

/** Why an activity rate has no value: the prorated target is 0 (or there is none). @category Activity rate */
export type ActivityRateReason = "no-target";

/** Why an activity pace has no value: nothing of the period has elapsed yet, or there is no target. @category Activity rate */
export type ActivityPaceReason = "not-started" | "no-target";

/** Why an activity-rate status is `null`: the value it is judged on (rate or pace) is `null` for this reason. @category Activity rate */
export type ActivityRateStatusReason = "no-target" | "not-started";

/**
 * The codes of the warnings an activity rate can carry.
 *
 * - `short-window`: the whole period is shorter than `minWindowDays` calendar days.
 * - `targets-below-scope`: for some types the scope has no target of its own over the period,
 *   but targets set for its sellers or teams overlap it; they never roll up (settled detail 1).
 *
 * @example
 * ```ts
 * ACTIVITY_RATE_WARNING_CODES; //=> ["short-window", "targets-below-scope"]
 * ```
 * @category Activity rate
 */
export const ACTIVITY_RATE_WARNING_CODES = ["short-window", "targets-below-scope"] as const;

/** A warning code of the activity rate; see {@link ACTIVITY_RATE_WARNING_CODES}. @category Activity rate */
export type ActivityRateWarningCode = (typeof ACTIVITY_RATE_WARNING_CODES)[number];

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
  /** `target x elapsedFraction`: what should be done by `asOf` (the whole target when closed). */
  readonly expectedToDate: Decimal;
  /** `done / expectedToDate`; `null` with `not-started` (nothing elapsed) or `no-target`. */
  readonly pace: Ratio<ActivityPaceReason>;
  /** Status of the result's `statusBasis` (the rate when closed, the pace while running); `null` when that value is `null`. */
  readonly status: Status | null;
  /** Why `status` is `null` (the reason of the value judged), else `null`. */
  readonly statusReason: ActivityRateStatusReason | null;
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
  /** Elapsed fraction of the period at `asOf`, in [0, 1] (1 when closed), as in revenue versus target. */
  readonly elapsedFraction: Decimal;
  /** The overall target (sum of the targeted types' targets) x `elapsedFraction`. */
  readonly expectedToDate: Decimal;
  /** Overall pace: done over the targeted types / `expectedToDate`; `null` with `not-started` or `no-target`. */
  readonly pace: Ratio<ActivityPaceReason>;
  /** Whether the period is closed: no `asOf`, or `asOf >= end`. */
  readonly closed: boolean;
  /** What every status of the result is judged on: `"attainment"` (the rate) when closed, else `"pace"` (settled detail 3). */
  readonly statusBasis: "attainment" | "pace";
  /** Status of the overall rate (closed) or the overall pace (running); `null` when that value is `null`. */
  readonly status: Status | null;
  /** Why `status` is `null` (the reason of the value judged), else `null`. */
  readonly statusReason: ActivityRateStatusReason | null;
  /** The thresholds used. */
  readonly thresholds: Thresholds;
  /** `short-window` when the period is shorter than `minWindowDays` calendar days; `targets-below-scope` when targets exist only below the scope. */
  readonly warnings: readonly IndicatorWarning<ActivityRateWarningCode>[];
  /** Ids behind the figures, with `explain: true` only. */
  readonly explain?: ActivityRateExplain;
}
