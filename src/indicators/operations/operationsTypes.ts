/**
 * What the operational indicators (the article's list, spec section 3) share: their options (a
 * range split into buckets, `asOf`, scope) and the grouped form's options and result.
 *
 * @module
 */
import type { Grain, Period } from "../../period/types.js";
import type { IndicatorOptions, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/** Options every operational indicator takes. @category Indicators */
export interface OperationsOptions extends IndicatorOptions {
  /** The `[start, end)` range, split into buckets of `grain`. */
  readonly range: Period;
  /** Bucket grain; each indicator documents its default. */
  readonly grain?: Grain;
  /**
   * "Now": records dated at or after it are not counted (half-open, settled detail 3); the bucket
   * holding it is partial. Default: no cut.
   */
  readonly asOf?: Date;
}

/**
 * The codes of the warnings of the operational indicators.
 *
 * - `partial-range`: `asOf` falls inside the range: the figures stop at `asOf`, the bucket holding it is partial.
 * - `range-not-started`: `asOf` is at or before the range's start: nothing is counted.
 *
 * @example
 * ```ts
 * OPERATIONS_WARNING_CODES; //=> ["partial-range", "range-not-started"]
 * ```
 * @category Indicators
 */
export const OPERATIONS_WARNING_CODES = ["partial-range", "range-not-started"] as const;

/** A warning code of the operational indicators; see {@link OPERATIONS_WARNING_CODES}. @category Indicators */
export type OperationsWarningCode = (typeof OPERATIONS_WARNING_CODES)[number];

/** One bucket's bounds. @category Indicators */
export interface OperationsBucketBounds {
  /** Label of the calendar unit (`2026-W10`, `2026-03`...), local to the reporting zone. */
  readonly label: string;
  /** First instant of the bucket. */
  readonly start: Date;
  /** First instant after the bucket. */
  readonly end: Date;
}

/** Options of a grouped operational indicator: its options without `scope`, plus `groupBy`. @category Indicators */
export type OperationsGroupedOptions<O extends OperationsOptions> = Omit<O, "scope"> & {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
};

/** The result of a grouped operational indicator: one result per seller or team. @category Indicators */
export interface OperationsGroupedResult<I extends string, R> {
  /** Stable indicator id. */
  readonly indicator: I;
  /** How the groups were formed. */
  readonly groupBy: "seller" | "team";
  /** One entry per seller or team: roster order first, then owners met in the records, in order of first appearance. */
  readonly groups: readonly {
    /** The seller id or the team id. */
    readonly key: string;
    /** The indicator computed for that seller or team scope. */
    readonly result: R;
  }[];
}

/** The fields every operational result carries. @category Indicators */
export interface OperationsHeadFields {
  /** Bucket grain. */
  readonly grain: Grain;
  /** The range asked for. */
  readonly range: Period;
  /** The `asOf` cut, or `null` when none was given. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** `partial-range` or `range-not-started` when `asOf` cuts the range. */
  readonly warnings: readonly IndicatorWarning<OperationsWarningCode>[];
}
