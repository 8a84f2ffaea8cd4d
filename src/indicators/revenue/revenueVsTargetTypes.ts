/**
 * The options and the result of `revenueVsTarget` (its series and grouped forms reuse them), apart
 * from the computation so that the shared computation can name them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { RevenueTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type {
  Figure,
  IndicatorOptions,
  Ratio,
  Scope,
  Status,
  TargetOptions,
  Thresholds,
  ThresholdsInput,
} from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/**
 * The codes of the warnings of revenue versus target (2.1), in every form:
 * - `targets-below-scope`: the scope has no target of its own over the period, but targets set for
 *   its sellers or teams overlap it; they never roll up (settled detail 1);
 * - `targets-without-group`: (grouped by seller or team) a seller or team of the scope has targets
 *   over the period but no group shows it;
 * - `orders-without-customer`: (grouped by customer) some orders of the period have no customer and
 *   are in no customer group (`withoutCustomer` gives their count and value).
 *
 * @example
 * ```ts
 * REVENUE_VS_TARGET_WARNING_CODES.includes("targets-below-scope"); //=> true
 * ```
 * @category Revenue vs target
 */
export const REVENUE_VS_TARGET_WARNING_CODES = [
  "targets-below-scope",
  "targets-without-group",
  "orders-without-customer",
] as const;

/** A warning code of revenue versus target (2.1); see {@link REVENUE_VS_TARGET_WARNING_CODES}. @category Revenue vs target */
export type RevenueVsTargetWarningCode = (typeof REVENUE_VS_TARGET_WARNING_CODES)[number];

/** Why a pace cannot be computed: the period has not started yet, or there is no target. @category Revenue vs target */
export type PaceReason = "not-started" | "no-target";

/** Why a revenue-vs-target result has no status: the value it is judged on is `null` for this reason. @category Revenue vs target */
export type RevenueVsTargetStatusReason = "no-target" | "not-started";

/** Options shared by {@link revenueVsTarget}, `revenueVsTargetSeries` and `revenueVsTargetGrouped`. @category Revenue vs target */
export type RevenueVsTargetCommonOptions = IndicatorOptions &
  TargetOptions & {
    /**
     * Revenue targets at any level (company, team, seller); each result uses only its scope's own
     * targets (settled detail 1). Required: pass `[]` for none.
     */
    readonly targets: readonly RevenueTarget[];
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
  /** Number of orders summed in {@link realized} (credit notes included): "44 orders". */
  readonly orderCount: number;
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
  /** Notes, e.g. when the scope has no target of its own but its sellers do (`targets-below-scope`). */
  readonly warnings: readonly IndicatorWarning<RevenueVsTargetWarningCode>[];
  /** With `explain: true`: ids of the orders summed in `realized` and of the targets used in `target`. */
  readonly explain?: RevenueVsTargetExplain;
}

/** The records behind a revenue-vs-target result (with `explain: true`). @category Revenue vs target */
export interface RevenueVsTargetExplain {
  /** Ids of the orders summed in `realized`, in input order; as many as `orderCount`. */
  readonly orders: readonly string[];
  /** Ids of the targets that overlap the period and make `target`, in input order. */
  readonly targets: readonly string[];
}

/**
 * Why the target figures of a customer group are `null`: targets are set for the company, a team
 * or a seller, never for a customer, so a customer has no target to compare with.
 * @category Revenue vs target
 */
export type CustomerTargetReason = "no-customer-targets";

/**
 * Revenue of one customer (or of the customers folded into `rest`) over one period. The figures
 * that need a target (`target`, `attainment`, `remaining`, `expectedToDate`, `pace`, `status`) are
 * `null` with {@link targetReason} `"no-customer-targets"`; the others are those of
 * {@link RevenueVsTargetResult}.
 * @category Revenue vs target
 */
export interface RevenueVsTargetCustomerResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-vs-target";
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure (that of the whole grouped computation). */
  readonly currency: string | null;
  /** The outer scope whose orders are grouped (the customer is the group's key). */
  readonly scope: Scope;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Sum of the customer's order amounts dated in `[start, min(end, asOf))` (credit notes negative). */
  readonly realized: Decimal;
  /** Number of orders summed in {@link realized}. */
  readonly orderCount: number;
  /** `null`: a customer has no target. */
  readonly target: null;
  /** `null`: a customer has no target. */
  readonly attainment: null;
  /** `null`: a customer has no target. */
  readonly remaining: null;
  /** `null`: a customer has no target. */
  readonly expectedToDate: null;
  /** `null`: a customer has no target. */
  readonly pace: null;
  /** Why the target figures are `null`. */
  readonly targetReason: CustomerTargetReason;
  /** Elapsed fraction of the period at `asOf`, in [0, 1] (1 when closed). */
  readonly elapsedFraction: Decimal;
  /** `realized / elapsedFraction` (run rate to the period's end); `null` with `not-started`. */
  readonly projected: Figure<"not-started">;
  /** Whether the period is closed: no `asOf`, or `asOf >= end`. */
  readonly closed: boolean;
  /** `null`: there is nothing to judge without a target. */
  readonly status: null;
  /** Why {@link status} is `null`: `"no-customer-targets"`. */
  readonly statusReason: CustomerTargetReason;
  /** Notes (none today; the grouped result carries the computation's warnings). */
  readonly warnings: readonly IndicatorWarning<RevenueVsTargetWarningCode>[];
  /** With `explain: true`: ids of the orders summed in `realized` (`targets` is always empty). */
  readonly explain?: RevenueVsTargetExplain;
}
