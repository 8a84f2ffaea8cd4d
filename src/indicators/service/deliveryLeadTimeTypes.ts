/**
 * The options and result of `deliveryLeadTime` (délai de livraison du client).
 *
 * @module
 */
import type { DayCount, Period } from "../../period/types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationOptions, DurationStats, DurationUnit, ServiceOptions } from "./serviceTypes.js";
import type { AgedItems } from "../durations.js";

/** Options of {@link deliveryLeadTime}: the period, the unit and the day count. @category Service */
export interface DeliveryLeadTimeOptions extends ServiceOptions, DurationOptions {}

/**
 * The codes of the warnings of {@link deliveryLeadTime}.
 *
 * - `order-missing`: deliveries name an order that is not among the orders given: they have no
 *   lead time and are left out of the figures (counted in `orderMissing`).
 * - `delivered-before-order`: deliveries dated before their order's date (the data contradicts
 *   itself): left out of the figures, counted in `deliveredBeforeOrder`.
 * - `open-deliveries`: ordered deliveries not delivered by the cut: reported in `open` with their age.
 *
 * @example
 * ```ts
 * DELIVERY_LEAD_TIME_WARNING_CODES; //=> ["order-missing", "delivered-before-order", "open-deliveries"]
 * ```
 * @category Service
 */
export const DELIVERY_LEAD_TIME_WARNING_CODES = ["order-missing", "delivered-before-order", "open-deliveries"] as const;

/** A warning code of {@link deliveryLeadTime}. @category Service */
export type DeliveryLeadTimeWarningCode = (typeof DELIVERY_LEAD_TIME_WARNING_CODES)[number];

/** Ordered deliveries still undelivered at the cut, with the time since their order (`cut - order date`). @category Service */
export type OpenDeliveries = AgedItems;

/** The ids behind {@link DeliveryLeadTimeResult} (with `explain: true`), each list grouped by order. @category Service */
export interface DeliveryLeadTimeExplain {
  /** The deliveries whose lead time is in the figures. */
  readonly deliveryIds: readonly string[];
  /** The open deliveries. */
  readonly openIds: readonly string[];
  /** The deliveries whose order was not found. */
  readonly orderMissingIds: readonly string[];
  /** The deliveries dated before their order. */
  readonly deliveredBeforeOrderIds: readonly string[];
}

/** The result of {@link deliveryLeadTime}. @category Service */
export interface DeliveryLeadTimeResult {
  /** Stable indicator id. */
  readonly indicator: "delivery-lead-time";
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
  /** Deliveries delivered in the period (all of them, whether or not they have a lead time). */
  readonly delivered: number;
  /** Time from the order's date to `deliveredAt`: count, mean and median. */
  readonly leadTime: DurationStats;
  /** Ordered deliveries not delivered by the cut, aged since their order. */
  readonly open: OpenDeliveries;
  /** Deliveries (delivered in the period or open) whose order is not among the orders given. */
  readonly orderMissing: number;
  /** Deliveries of the period dated before their order. */
  readonly deliveredBeforeOrder: number;
  /** What deserves a look (see {@link DELIVERY_LEAD_TIME_WARNING_CODES}). */
  readonly warnings: readonly IndicatorWarning<DeliveryLeadTimeWarningCode>[];
  /** With `explain: true`: the deliveries behind the figures. */
  readonly explain?: DeliveryLeadTimeExplain;
}
