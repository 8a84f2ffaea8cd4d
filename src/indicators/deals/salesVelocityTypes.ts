/**
 * The options and the result of {@link salesVelocity} (its grouped form reuses them).
 *
 * @module
 */
import type { Period } from "../../period/types.js";
import type { Figure, Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DealGroupedOptions, DealGroupedResult, DealPeriodOptions } from "./dealsTypes.js";
import type { DealPeriodWarningCode } from "./winRateTypes.js";

/** Options of {@link salesVelocity}. @category Deals */
export interface SalesVelocityOptions extends DealPeriodOptions {
  /** The smallest number of won deals the cycle length is given for. Default 5 (as {@link salesCycleLength}). */
  readonly minSample?: number;
}

/** Options of {@link salesVelocityGrouped}. @category Deals */
export interface SalesVelocityGroupedOptions extends Omit<SalesVelocityOptions, "scope">, DealGroupedOptions {}

/** Why a sales velocity has no value: the first of its factors that has none, or a zero cycle. @category Deals */
export type SalesVelocityReason = "no-closed-deals" | "no-won-deals" | "too-few" | "zero-cycle";

/** Result of {@link salesVelocity}. @category Deals */
export interface SalesVelocityResult {
  /** Stable indicator id. */
  readonly indicator: "sales-velocity";
  /** The headline figure is money (per day). */
  readonly unit: "money";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The look-back range the win rate, the average deal size and the cycle length are taken over. */
  readonly period: Period;
  /** The instant the open deals are counted at (`asOf`, else the period's end). */
  readonly openAt: Date;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Factor 1: deals open at `openAt`. */
  readonly openDeals: number;
  /** Factor 2: the win rate by count over the look-back range ({@link winRate}'s `byCount`). */
  readonly winRate: Ratio<"no-closed-deals">;
  /** Factor 3: the average won deal size over the look-back range ({@link averageDealSize}'s `average`). */
  readonly averageDealSize: Figure<"no-won-deals">;
  /** Factor 4: the mean sales cycle length in calendar days ({@link salesCycleLength}'s `mean`). */
  readonly cycleLengthDays: Figure<"too-few">;
  /** Number of won deals the cycle length rests on. */
  readonly cycleCount: number;
  /** The `minSample` the cycle length used. */
  readonly minSample: number;
  /** `openDeals x winRate x averageDealSize / cycleLengthDays`, money per day; `null` with the first missing factor's reason. */
  readonly velocityPerDay: Figure<SalesVelocityReason>;
  /** Notes on how to read the result. */
  readonly warnings: readonly IndicatorWarning<DealPeriodWarningCode>[];
}

/** Result of {@link salesVelocityGrouped}. @category Deals */
export interface SalesVelocityGroupedResult extends DealGroupedResult<SalesVelocityResult> {
  /** Stable indicator id. */
  readonly indicator: "sales-velocity";
}

/** The factors of a velocity, for {@link SalesVelocityResult}. @category Deals */
export type SalesVelocityFactors = Pick<
  SalesVelocityResult,
  "openDeals" | "winRate" | "averageDealSize" | "cycleLengthDays"
>;
