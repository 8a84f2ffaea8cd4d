/**
 * The options and result of `deliveryLateness` (retard de mise à disposition du client).
 *
 * @module
 */
import type { DayCount, Period } from "../../period/types.js";
import type { Ratio } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationOptions, DurationStats, DurationUnit, ServiceOptions } from "./serviceTypes.js";
import type { AgedItems } from "../durations.js";

/** Options of {@link deliveryLateness}: the period, the unit and the day count. @category Service */
export interface DeliveryLatenessOptions extends ServiceOptions, DurationOptions {}

/**
 * The codes of the warnings of {@link deliveryLateness}.
 *
 * - `overdue-deliveries`: deliveries promised before `asOf` (or the period's end) are still not
 *   delivered; they are in `overdue`, not in the lateness figures.
 *
 * @example
 * ```ts
 * DELIVERY_LATENESS_WARNING_CODES; //=> ["overdue-deliveries"]
 * ```
 * @category Service
 */
export const DELIVERY_LATENESS_WARNING_CODES = ["overdue-deliveries"] as const;

/** A warning code of {@link deliveryLateness}. @category Service */
export type DeliveryLatenessWarningCode = (typeof DELIVERY_LATENESS_WARNING_CODES)[number];

/** Deliveries still undelivered past their promise, with how long past it they are (`asOf - promisedAt`). @category Service */
export type OverdueDeliveries = AgedItems;

/** The ids behind {@link DeliveryLatenessResult} (with `explain: true`). @category Service */
export interface DeliveryLatenessExplain {
  /** The deliveries delivered after their promise, in input order. */
  readonly lateIds: readonly string[];
  /** The deliveries overdue at the cut, in input order. */
  readonly overdueIds: readonly string[];
}

/** The result of {@link deliveryLateness}. @category Service */
export interface DeliveryLatenessResult {
  /** Stable indicator id. */
  readonly indicator: "delivery-lateness";
  /** A duration. */
  readonly unit: "duration";
  /** The unit of every duration of the result. */
  readonly durationUnit: DurationUnit;
  /** How days were counted. */
  readonly dayCount: DayCount;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Deliveries delivered in the period. */
  readonly delivered: number;
  /** Lateness `max(0, deliveredAt - promisedAt)` of each delivered one (on time counts 0): mean and median. */
  readonly lateness: DurationStats;
  /** Deliveries delivered after their promise / deliveries delivered; `null` with `no-deliveries`. */
  readonly lateShare: Ratio<"no-deliveries">;
  /** Deliveries promised before the cut and not delivered by it, aged at the cut. */
  readonly overdue: OverdueDeliveries;
  /** What deserves a look (see {@link DELIVERY_LATENESS_WARNING_CODES}). */
  readonly warnings: readonly IndicatorWarning<DeliveryLatenessWarningCode>[];
  /** With `explain: true`: the deliveries behind the figures. */
  readonly explain?: DeliveryLatenessExplain;
}
