/**
 * The options and the result of `revenueVsTarget` (its series and grouped forms reuse them), apart
 * from the computation so that the shared computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Period } from "../../period/types.js";
import type { Figure, IndicatorOptions, Ratio, Scope, Status, TargetOptions, Thresholds, ThresholdsInput } from "../types.js";

/** Why a pace cannot be computed: the period has not started yet, or there is no target. @category Revenue vs target */
export type PaceReason = "not-started" | "no-target";

/** Why a revenue-vs-target result has no status: the value it is judged on is `null` for this reason. @category Revenue vs target */
export type RevenueVsTargetStatusReason = "no-target" | "not-started";

/** Options shared by {@link revenueVsTarget}, `revenueVsTargetSeries` and `revenueVsTargetGrouped`. @category Revenue vs target */
export type RevenueVsTargetCommonOptions = IndicatorOptions &
  TargetOptions & {
    /**
     * "Now". Only orders dated strictly before it count (settled detail 3); the elapsed fraction,
     * pace and projection are measured at it. Absent: the period is judged closed.
     */
    readonly asOf?: Date;
    /** Status thresholds; default `DEFAULT_ATTAINMENT_THRESHOLDS` (good >= 1, watch >= 0.8, else alert). */
    readonly thresholds?: ThresholdsInput;
  };

/** Options of {@link revenueVsTarget}. @category Revenue vs target */
export type RevenueVsTargetOptions = RevenueVsTargetCommonOptions & {
  /** The `[start, end)` period measured. */
  readonly period: Period;
};

/**
 * Revenue achieved versus target over one period (CA réalisé / objectifs), for one scope.
 * Every money figure is in {@link RevenueVsTargetResult.currency}.
  * @category Revenue vs target
 */
export interface RevenueVsTargetResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-vs-target";
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure; `null` only when nothing was summed and no currency was asked for. */
  readonly currency: string | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Sum of order amounts dated in `[start, min(end, asOf))` (credit notes negative). */
  readonly realized: Decimal;
  /** The scope's own targets prorated to the whole period (settled details 1, 2 and 5). */
  readonly target: Decimal;
  /** `realized / target`; `null` with reason `no-target` when the target is 0. `>= 1`: objective met. */
  readonly attainment: Ratio<"no-target">;
  /** `max(target - realized, 0)`: the road still to travel. */
  readonly remaining: Decimal;
  /** Elapsed fraction of the period at `asOf`, in [0, 1] (1 when closed). */
  readonly elapsedFraction: Decimal;
  /** `target x elapsedFraction`. */
  readonly expectedToDate: Decimal;
  /** `realized / expectedToDate`; `null` with `not-started` (nothing elapsed) or `no-target`. */
  readonly pace: Ratio<PaceReason>;
  /** `realized / elapsedFraction` (run rate to the period's end); `null` with `not-started`. */
  readonly projected: Figure<"not-started">;
  /** Whether the period is closed: no `asOf`, or `asOf >= end`. */
  readonly closed: boolean;
  /** What the status is judged on: `attainment` when closed, else `pace` (settled detail 3). */
  readonly statusBasis: "attainment" | "pace";
  /** Status light on {@link statusBasis}; `null` when that value is `null`. */
  readonly status: Status | null;
  /** Why {@link status} is `null` (the reason of the basis value), else `null`. */
  readonly statusReason: RevenueVsTargetStatusReason | null;
  /** The thresholds used. */
  readonly thresholds: Thresholds;
  /** Notes, e.g. when the scope has no target of its own but its sellers do. */
  readonly warnings: string[];
  /** With `explain: true`: ids of the orders summed in `realized` and of the targets used in `target`. */
  readonly explain?: {
    /** Ids of the orders summed in `realized`, in input order. */
    readonly orders: string[];
    /** Ids of the targets that overlap the period and make `target`, in input order. */
    readonly targets: string[];
  };
}
