/**
 * The options and the result of {@link averageDealSize} (its grouped form reuses them).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Period } from "../../period/types.js";
import type { Figure, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DealGroupedOptions, DealGroupedResult, DealPeriodOptions } from "./dealsTypes.js";
import type { DealPeriodWarningCode } from "./winRateTypes.js";

/** Options of {@link averageDealSize}. @category Deals */
export type AverageDealSizeOptions = DealPeriodOptions;

/** Options of {@link averageDealSizeGrouped}. @category Deals */
export interface AverageDealSizeGroupedOptions extends Omit<AverageDealSizeOptions, "scope">, DealGroupedOptions {}

/** Result of {@link averageDealSize}. @category Deals */
export interface AverageDealSizeResult {
  /** Stable indicator id. */
  readonly indicator: "average-deal-size";
  /** The headline figure is money. */
  readonly unit: "money";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The period the deals were won in. */
  readonly period: Period;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Won deals closed in the period (to `asOf`). */
  readonly wonCount: number;
  /** Their summed amount. */
  readonly wonAmount: Decimal;
  /** `wonAmount / wonCount`; `null` with `no-won-deals` when none was won. */
  readonly average: Figure<"no-won-deals">;
  /** Notes on how to read the result. */
  readonly warnings: readonly IndicatorWarning<DealPeriodWarningCode>[];
  /** The won deals, by `closedAt` then id; present only with `explain: true`. */
  readonly explain?: {
    /** The won deals' ids. */
    readonly wonDealIds: readonly string[];
  };
}

/** Result of {@link averageDealSizeGrouped}. @category Deals */
export interface AverageDealSizeGroupedResult extends DealGroupedResult<AverageDealSizeResult> {
  /** Stable indicator id. */
  readonly indicator: "average-deal-size";
}
