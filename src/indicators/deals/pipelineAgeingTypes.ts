/**
 * The options and the result of {@link pipelineAgeing}.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Activity } from "../../model/types.js";
import type { ActivityTable } from "../../table/activityTable.js";
import type { IndicatorOptions, Scope } from "../types.js";
import type { DealGroupedOptions, DealGroupedResult } from "./dealsTypes.js";

/**
 * The upper limits (in days, included) of the ageing bands when `bandLimits` is absent: bands
 * 0-30, 31-60, 61-90 and over 90 days (spec section 7).
 *
 * @example
 * ```ts
 * DEFAULT_AGEING_BAND_LIMITS; //=> [30, 60, 90]
 * ```
 * @category Deals
 */
export const DEFAULT_AGEING_BAND_LIMITS: readonly number[] = Object.freeze([30, 60, 90]);

/**
 * Days without a linked activity after which an open deal is stale, when `staleAfterDays` is absent.
 *
 * @example
 * ```ts
 * DEFAULT_STALE_AFTER_DAYS; //=> 30
 * ```
 * @category Deals
 */
export const DEFAULT_STALE_AFTER_DAYS = 30;

/** Options of {@link pipelineAgeing}. @category Deals */
export interface PipelineAgeingOptions extends IndicatorOptions {
  /** The instant the open deals are read at. */
  readonly asOf: Date;
  /** Upper limits of the bands in days, ascending, each included in its band; a last band holds the older deals. Default {@link DEFAULT_AGEING_BAND_LIMITS}. */
  readonly bandLimits?: readonly number[];
  /** Days without a linked activity after which an open deal is stale. Default 30 ({@link DEFAULT_STALE_AFTER_DAYS}). */
  readonly staleAfterDays?: number;
  /** The activities (their `dealId` links them to deals), or their table. Absent: `stale` is `null` with `no-activities`. */
  readonly activities?: readonly Activity[] | ActivityTable;
}

/** Options of {@link pipelineAgeingGrouped}. @category Deals */
export interface PipelineAgeingGroupedOptions extends Omit<PipelineAgeingOptions, "scope">, DealGroupedOptions {}

/** Count and amount of a set of open deals. @category Deals */
export interface AgeingAmounts {
  /** Number of open deals. */
  readonly dealCount: number;
  /** Their summed amount (converted at `asOf`). */
  readonly amount: Decimal;
  /** The deals, in table order; present only with `explain: true`. */
  readonly explain?: {
    /** The deals' ids. */
    readonly dealIds: readonly string[];
  };
}

/** The open deals of one age band. @category Deals */
export interface AgeingBand extends AgeingAmounts {
  /** `"0-30"`, `"31-60"`, ..., `"over 90"`. */
  readonly label: string;
  /** Youngest age in the band, in days. */
  readonly minDays: number;
  /** Oldest age in the band, in days; `null` for the last band. */
  readonly maxDays: number | null;
}

/** The stale open deals. @category Deals */
export interface StaleDeals extends AgeingAmounts {
  /** Days without a linked activity. */
  readonly afterDays: number;
}

/** Result of {@link pipelineAgeing}. @category Deals */
export interface PipelineAgeingResult {
  /** Stable indicator id. */
  readonly indicator: "pipeline-ageing";
  /** The headline figures are counts. */
  readonly unit: "count";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The instant the deals are read at. */
  readonly asOf: Date;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Every open deal: the sum of the bands. */
  readonly totals: AgeingAmounts;
  /** The open deals by age since `createdAt`, in whole calendar days of the reporting zone. */
  readonly bands: readonly AgeingBand[];
  /** Open deals with no linked activity for `staleAfterDays` days; `null` without activities. */
  readonly stale: StaleDeals | null;
  /** `no-activities` when `stale` is `null`; else `null`. */
  readonly staleReason: "no-activities" | null;
}

/** Result of {@link pipelineAgeingGrouped}. @category Deals */
export interface PipelineAgeingGroupedResult extends DealGroupedResult<PipelineAgeingResult> {
  /** Stable indicator id. */
  readonly indicator: "pipeline-ageing";
}
