/**
 * The options and the result of the response-time indicators: `tenderResponseTime` (the
 * article's indicator 15, rapidité de réponse à un appel d'offres / cahier des charges) and
 * `firstResponseTime` (indicator 16, réactivité du service commercial).
 *
 * @module
 */
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { DayCount } from "../../period/types.js";
import type {
  ResponseTimeMeasureOptions,
  ResponseTimeStats,
  ResponseTimeUnit,
  SalesFlowOptions,
  SalesFlowResultHead,
} from "./salesFlowTypes.js";

/**
 * The request kinds `tenderResponseTime` reads by default: calls for tenders and specifications.
 *
 * @example
 * ```ts
 * DEFAULT_TENDER_KINDS; //=> ["tender", "specification"]
 * ```
 * @category Sales flow
 */
export const DEFAULT_TENDER_KINDS: readonly RequestKind[] = Object.freeze(["tender", "specification"]);

/**
 * The unit `tenderResponseTime` reports in by default: days.
 *
 * @example
 * ```ts
 * DEFAULT_TENDER_RESPONSE_UNIT; //=> "days"
 * ```
 * @category Sales flow
 */
export const DEFAULT_TENDER_RESPONSE_UNIT: ResponseTimeUnit = "days";

/**
 * The request kinds `firstResponseTime` reads by default: inbound customer requests.
 *
 * @example
 * ```ts
 * DEFAULT_FIRST_RESPONSE_KINDS; //=> ["request"]
 * ```
 * @category Sales flow
 */
export const DEFAULT_FIRST_RESPONSE_KINDS: readonly RequestKind[] = Object.freeze(["request"]);

/**
 * The unit `firstResponseTime` reports in by default: hours.
 *
 * @example
 * ```ts
 * DEFAULT_FIRST_RESPONSE_UNIT; //=> "hours"
 * ```
 * @category Sales flow
 */
export const DEFAULT_FIRST_RESPONSE_UNIT: ResponseTimeUnit = "hours";

/** Options of `tenderResponseTime` and `firstResponseTime`. @category Sales flow */
export interface ResponseTimeOptions extends SalesFlowOptions, ResponseTimeMeasureOptions {}

/** The ids behind the figures (with `explain: true`). @category Sales flow */
export interface ResponseTimeExplain {
  /** Requests answered (before `asOf`). */
  readonly respondedIds: readonly string[];
  /** Requests still open. */
  readonly openIds: readonly string[];
  /** Requests closed (declined, or processed) without a response date. */
  readonly closedWithoutResponseIds: readonly string[];
}

/** The result of `tenderResponseTime` and `firstResponseTime`. @category Sales flow */
export interface ResponseTimeResult<
  Id extends "tender-response-time" | "first-response-time",
> extends SalesFlowResultHead {
  /** Stable indicator id. */
  readonly indicator: Id;
  /** The figures are durations... */
  readonly unit: "duration";
  /** ...in this unit. */
  readonly durationUnit: ResponseTimeUnit;
  /** Counted in calendar or business days. */
  readonly dayCount: DayCount;
  /** The request kinds read. */
  readonly kinds: readonly RequestKind[];
  /** Requests of those kinds received in the period. */
  readonly received: number;
  /** Those answered before `asOf`: count, mean and median time from reception to the response. */
  readonly responded: ResponseTimeStats<"no-responses">;
  /** Those still open at `asOf` (the period's end without it): count, mean and median age. */
  readonly open: ResponseTimeStats<"none-open">;
  /** Those closed (declined, or processed before `asOf`) with no response date: in neither figure. */
  readonly closedWithoutResponse: number;
  /** The ids behind the figures; present only with `explain: true`. */
  readonly explain?: ResponseTimeExplain;
}
