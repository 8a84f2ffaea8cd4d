/**
 * The options and the result of {@link winRate} (its grouped form reuses them).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Activity } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DealGroupedOptions, DealGroupedResult, DealPeriodOptions } from "./dealsTypes.js";

/**
 * The codes of the warnings of the deal indicators that count deals closed in a period:
 * - `partial-period`: `asOf` is inside the period, so the figures are to date.
 * @category Deals
 */
export type DealPeriodWarningCode = "partial-period";

/**
 * Every {@link DealPeriodWarningCode}, for schemas and exhaustive checks.
 *
 * @example
 * ```ts
 * DEAL_PERIOD_WARNING_CODES; //=> ["partial-period"]
 * ```
 * @category Deals
 */
export const DEAL_PERIOD_WARNING_CODES: readonly DealPeriodWarningCode[] = ["partial-period"];

/** Options of {@link winRate}. @category Deals */
export interface WinRateOptions extends DealPeriodOptions {
  /**
   * Count the deals open at `asOf` (else at the period's end) with no activity linked to them
   * (`dealId`) for this many days as lost (Zoho's reading). Absent: off. Needs `activities`.
   */
  readonly staleAsLostAfterDays?: number;
  /** The activities, or their table, read with `staleAsLostAfterDays` (their `dealId` links them to deals). */
  readonly activities?: readonly Activity[] | ActivityTable;
}

/** Options of {@link winRateGrouped}. @category Deals */
export interface WinRateGroupedOptions extends Omit<WinRateOptions, "scope">, DealGroupedOptions {}

/** The deals behind a win rate (with `explain: true`): won and lost by `closedAt` then id, stale in input order. @category Deals */
export interface WinRateExplain {
  /** Won deals closed in the period. */
  readonly wonDealIds: readonly string[];
  /** Lost deals closed in the period. */
  readonly lostDealIds: readonly string[];
  /** Open deals counted as lost (stale), in input order. */
  readonly staleDealIds: readonly string[];
}

/** Result of {@link winRate}. @category Deals */
export interface WinRateResult {
  /** Stable indicator id. */
  readonly indicator: "win-rate";
  /** The headline figures are ratios. */
  readonly unit: "ratio";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The period the deals closed in. */
  readonly period: Period;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Won deals closed in the period (to `asOf`). */
  readonly wonCount: number;
  /** Their summed amount. */
  readonly wonAmount: Decimal;
  /** Lost deals closed in the period (to `asOf`). */
  readonly lostCount: number;
  /** Their summed amount. */
  readonly lostAmount: Decimal;
  /** The `staleAsLostAfterDays` option, or `null` when off. */
  readonly staleAsLostAfterDays: number | null;
  /** Open deals counted as lost because stale (0 when the option is off). */
  readonly staleCount: number;
  /** Their summed amount (converted at the instant they are read at). */
  readonly staleAmount: Decimal;
  /** `wonCount / (wonCount + lostCount + staleCount)`; `null` with `no-closed-deals` when nothing closed. */
  readonly byCount: Ratio<"no-closed-deals">;
  /**
   * `wonAmount / (wonAmount + lostAmount + staleAmount)`; `null` with `no-closed-deals` when nothing
   * closed, `no-closed-value` when deals closed but their amounts sum to 0.
   */
  readonly byValue: Ratio<"no-closed-deals" | "no-closed-value">;
  /** Notes on how to read the result. */
  readonly warnings: readonly IndicatorWarning<DealPeriodWarningCode>[];
  /** The deals behind the figures; present only with `explain: true`. */
  readonly explain?: WinRateExplain;
}

/** Result of {@link winRateGrouped}. @category Deals */
export interface WinRateGroupedResult extends DealGroupedResult<WinRateResult> {
  /** Stable indicator id. */
  readonly indicator: "win-rate";
}
