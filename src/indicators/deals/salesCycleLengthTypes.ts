/**
 * The options and the result of {@link salesCycleLength} (its grouped form reuses them).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Figure, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DayCountOptions, DealGroupedOptions, DealGroupedResult, DealPeriodOptions } from "./dealsTypes.js";
import type { DealPeriodWarningCode } from "./winRateTypes.js";

/**
 * The smallest number of won deals a sales cycle length is given for, when `minSample` is absent:
 * with fewer, the mean and the median are `null` with reason `too-few` (spec section 7).
 *
 * @example
 * ```ts
 * DEFAULT_SALES_CYCLE_MIN_SAMPLE; //=> 5
 * ```
 * @category Deals
 */
export const DEFAULT_SALES_CYCLE_MIN_SAMPLE = 5;

/** Options of {@link salesCycleLength}. @category Deals */
export interface SalesCycleLengthOptions extends DealPeriodOptions, DayCountOptions {
  /** The smallest number of won deals the figures are given for. Default 5 ({@link DEFAULT_SALES_CYCLE_MIN_SAMPLE}); at least 1. */
  readonly minSample?: number;
}

/** Options of {@link salesCycleLengthGrouped}. @category Deals */
export interface SalesCycleLengthGroupedOptions extends Omit<SalesCycleLengthOptions, "scope">, DealGroupedOptions {}

/** Result of {@link salesCycleLength}. @category Deals */
export interface SalesCycleLengthResult {
  /** Stable indicator id. */
  readonly indicator: "sales-cycle-length";
  /** The figures are durations. */
  readonly unit: "duration";
  /** The unit the durations are counted in. */
  readonly durationUnit: "days";
  /** Calendar days or business days of the reporting zone. */
  readonly dayCount: DayCount;
  /** The period the deals were won in. */
  readonly period: Period;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Number of won deals the figures rest on. */
  readonly count: number;
  /** The `minSample` used. */
  readonly minSample: number;
  /** Mean days from `createdAt` to `closedAt`; `null` with `too-few` below `minSample` deals. */
  readonly mean: Figure<"too-few">;
  /** Median of the same (the mean of the two middle values for an even count); `null` with `too-few` below `minSample`. */
  readonly median: Figure<"too-few">;
  /** Notes on how to read the result. */
  readonly warnings: readonly IndicatorWarning<DealPeriodWarningCode>[];
  /** The won deals, by `closedAt` then id; present only with `explain: true`. */
  readonly explain?: {
    /** The won deals' ids. */
    readonly wonDealIds: readonly string[];
  };
}

/** The cycle lengths behind a result (the sales velocity reads them too). @category Deals */
export interface CycleFigures {
  /** Number of won deals. */
  readonly count: number;
  /** Their mean cycle length in days, or `null` with `too-few`. */
  readonly mean: Figure<"too-few">;
  /** Their median cycle length in days, or `null` with `too-few`. */
  readonly median: Figure<"too-few">;
  /** Mean days, exact, whatever the sample size (`null` without a won deal). */
  readonly rawMean: Decimal | null;
}

/** Result of {@link salesCycleLengthGrouped}. @category Deals */
export interface SalesCycleLengthGroupedResult extends DealGroupedResult<SalesCycleLengthResult> {
  /** Stable indicator id. */
  readonly indicator: "sales-cycle-length";
}
