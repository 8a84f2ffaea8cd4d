/**
 * The options and the result of the customer renewal rate (taux de renouvellement des commandes
 * clients), apart from the computation so that the shared computation can name them.
 *
 * @module
 */
import type { Period } from "../../period/types.js";
import type { Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { CustomerIndicatorOptions } from "./customerTypes.js";

/** Options of `renewalRate`. @category Indicators */
export interface RenewalRateOptions extends CustomerIndicatorOptions {
  /**
   * The period compared with. Default: the period just before `period`, of the same calendar
   * length in the reporting zone (see {@link PreviousPeriodBasis}). A given one must end at or
   * before the period's start.
   */
  readonly previousPeriod?: Period;
}

/** Options of `renewalRateGrouped`: those of `renewalRate` without `scope`, plus `groupBy`. @category Indicators */
export interface RenewalRateGroupedOptions extends Omit<RenewalRateOptions, "scope"> {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
}

/**
 * How the previous period was chosen:
 * - `months`: the period runs from a local midnight on a 1st to another: the same number of
 *   calendar months before (February before March, whatever their lengths; the previous fiscal
 *   quarter; the previous year);
 * - `days`: the period runs from a local midnight to another: the same number of calendar days
 *   before (the previous ISO week for a week, DST changes included);
 * - `duration`: the same wall-clock length before, in the reporting zone;
 * - `given`: the caller's `previousPeriod`.
 *
 * @category Indicators
 */
export type PreviousPeriodBasis = "months" | "days" | "duration" | "given";

/**
 * The codes of the warnings of the renewal rate:
 * - `orders-without-customer`: some orders of the two periods name no customer; they cannot
 *   renew anything (`withoutCustomer` counts them);
 * - `partial-period`: `asOf` falls inside the period: customers not renewed yet may still order.
 *
 * @example
 * ```ts
 * RENEWAL_RATE_WARNING_CODES; //=> ["orders-without-customer", "partial-period"]
 * ```
 * @category Indicators
 */
export const RENEWAL_RATE_WARNING_CODES = ["orders-without-customer", "partial-period"] as const;

/** A warning code of the renewal rate; see {@link RENEWAL_RATE_WARNING_CODES}. @category Indicators */
export type RenewalRateWarningCode = (typeof RENEWAL_RATE_WARNING_CODES)[number];

/**
 * Why a renewal rate has no value: no customer ordered in the previous period
 * (`no-previous-customers`), or `asOf` is at or before the period's start, so nobody could have
 * renewed yet (`not-started`).
 * @category Indicators
 */
export type RenewalRateReason = "no-previous-customers" | "not-started";

/** The customers behind a renewal rate (with `explain: true`). @category Indicators */
export interface RenewalRateExplain {
  /** Customers of the previous period who ordered again in the period, by first appearance. */
  readonly renewedCustomers: readonly string[];
  /** Customers of the previous period who did not order in the period (to date). */
  readonly lostCustomers: readonly string[];
}

/** The result of `renewalRate`. @category Indicators */
export interface RenewalRateResult {
  /** Stable indicator id. */
  readonly indicator: "customer-renewal-rate";
  /** The headline figure is a ratio. */
  readonly unit: "ratio";
  /** Whose orders are read. */
  readonly scope: Scope;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `[start, end)` period compared with. */
  readonly previousPeriod: Period;
  /** How {@link previousPeriod} was chosen. */
  readonly previousBasis: PreviousPeriodBasis;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** Distinct customers with an order dated in the previous period (before `asOf`). */
  readonly previousCustomers: number;
  /** Those of them with an order dated in `[start, min(end, asOf))`. */
  readonly renewedCustomers: number;
  /** `previousCustomers - renewedCustomers`. */
  readonly lostCustomers: number;
  /** Distinct customers with an order dated in `[start, min(end, asOf))`, renewed or not. */
  readonly currentCustomers: number;
  /** `renewedCustomers / previousCustomers`; `null` with `not-started` (asOf at or before the start), else `no-previous-customers`. */
  readonly rate: Ratio<RenewalRateReason>;
  /** Orders without a customer, in neither count. */
  readonly withoutCustomer: {
    /** Dated in the previous period. */
    readonly previousOrderCount: number;
    /** Dated in the period (to `asOf`). */
    readonly currentOrderCount: number;
  };
  /** Notes; see {@link RENEWAL_RATE_WARNING_CODES}. */
  readonly warnings: readonly IndicatorWarning<RenewalRateWarningCode>[];
  /** With `explain: true` only. */
  readonly explain?: RenewalRateExplain;
}
