/**
 * The options shared by the customer indicators, and the options and results of new customer
 * revenue (tarif nouveau client) and new versus existing customer revenue: one computation, two
 * readings, so their types sit together.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Period } from "../../period/types.js";
import type { OrdersWithoutCustomer } from "../customerGroups.js";
import type { IndicatorOptions, Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";

/** Options of the customer indicators (new customer revenue, new versus existing revenue, renewal rate). @category Indicators */
export interface CustomerIndicatorOptions extends IndicatorOptions {
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** "Now": orders dated at or after it do not count (settled detail 3). Default: no cut. */
  readonly asOf?: Date;
}

/** Options of the grouped customer indicators: those of one scope, without `scope`, plus `groupBy`. @category Indicators */
export interface CustomerGroupedOptions extends Omit<CustomerIndicatorOptions, "scope"> {
  /** One result per seller (owner), or per team of the roster (`sellers` needed). */
  readonly groupBy: "seller" | "team";
}

/**
 * The codes of the warnings of new customer revenue and new versus existing revenue:
 * - `orders-without-customer`: some orders of the window name no customer; they are neither new
 *   nor existing (`withoutCustomer` gives their count and sum);
 * - `history-starts-in-period`: no order given is dated before the period's start, so every
 *   customer looks new: pass the full order history, not only the period's orders;
 * - `partial-period`: `asOf` falls inside the period: the figures are to date.
 *
 * @example
 * ```ts
 * CUSTOMER_REVENUE_WARNING_CODES; //=> ["orders-without-customer", "history-starts-in-period", "partial-period"]
 * ```
 * @category Indicators
 */
export const CUSTOMER_REVENUE_WARNING_CODES = [
  "orders-without-customer",
  "history-starts-in-period",
  "partial-period",
] as const;

/** A warning code of the customer revenue indicators; see {@link CUSTOMER_REVENUE_WARNING_CODES}. @category Indicators */
export type CustomerRevenueWarningCode = (typeof CUSTOMER_REVENUE_WARNING_CODES)[number];

/** New or existing customers of a period: how many, their orders in the window and their revenue. @category Indicators */
export interface CustomerSegment {
  /** Distinct customers. */
  readonly customerCount: number;
  /** Their orders dated in `[start, min(end, asOf))` (credit notes included). */
  readonly orderCount: number;
  /** The exact sum of those orders (credit notes negative). */
  readonly revenue: Decimal;
}

/** The records behind a customer revenue result (with `explain: true`). @category Indicators */
export interface CustomerRevenueExplain {
  /** The new customers, in order of first appearance among the window's orders. */
  readonly newCustomers: readonly string[];
  /** Their orders of the window, customer after customer, each customer's in table order. */
  readonly newCustomerOrders: readonly string[];
  /** The existing customers, in order of first appearance among the window's orders. */
  readonly existingCustomers: readonly string[];
  /** Their orders of the window, customer after customer. */
  readonly existingCustomerOrders: readonly string[];
  /** The window's orders without a customer, in table order. */
  readonly ordersWithoutCustomer: readonly string[];
}

/** What every customer revenue result says about its computation. @category Indicators */
export interface CustomerRevenueEnvelope {
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** Whose orders are measured (the newness of a customer is always company-wide). */
  readonly scope: Scope;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null`. */
  readonly asOf: Date | null;
  /** The window's orders of the scope that name no customer: in neither segment. */
  readonly withoutCustomer: OrdersWithoutCustomer;
  /** Notes; see {@link CUSTOMER_REVENUE_WARNING_CODES}. */
  readonly warnings: readonly IndicatorWarning<CustomerRevenueWarningCode>[];
  /** With `explain: true` only: the customers and orders behind the figures. */
  readonly explain?: CustomerRevenueExplain;
}

/** Why the mean revenue per new customer has no value: no customer's first order falls in the period. @category Indicators */
export type NewCustomerRevenueReason = "no-new-customers";

/** The result of `newCustomerRevenue` (tarif nouveau client). @category Indicators */
export interface NewCustomerRevenueResult extends CustomerRevenueEnvelope {
  /** Stable indicator id. */
  readonly indicator: "new-customer-revenue";
  /** The new customers of the period: those whose first order of all the orders given is in it. */
  readonly newCustomers: CustomerSegment;
  /** `newCustomers.revenue / newCustomers.customerCount`; `null` with `no-new-customers`. */
  readonly meanRevenuePerNewCustomer: Ratio<NewCustomerRevenueReason>;
}

/** Why a revenue share has no value: the customers' revenue of the window sums to 0 (or there is none). @category Indicators */
export type CustomerShareReason = "no-customer-revenue";

/** The result of `newVsExistingRevenue`. @category Indicators */
export interface NewVsExistingRevenueResult extends CustomerRevenueEnvelope {
  /** Stable indicator id. */
  readonly indicator: "new-vs-existing-revenue";
  /** Customers whose first order of all the orders given falls in the period. */
  readonly newCustomers: CustomerSegment;
  /** Customers with an order in the window whose first order is before the period. */
  readonly existingCustomers: CustomerSegment;
  /** Every order of the window in scope: new + existing + without customer. */
  readonly realized: Decimal;
  /** `newCustomers.revenue / (newCustomers.revenue + existingCustomers.revenue)`. */
  readonly newShare: Ratio<CustomerShareReason>;
  /** `existingCustomers.revenue / (newCustomers.revenue + existingCustomers.revenue)`. */
  readonly existingShare: Ratio<CustomerShareReason>;
}

/** One group of a grouped customer result. @category Indicators */
export interface CustomerGroup<R> {
  /** The seller id or the team id. */
  readonly key: string;
  /** The result for that seller's or team's scope. */
  readonly result: R;
}

/** The result of a grouped customer indicator. @category Indicators */
export interface CustomerGroupedResult<I extends string, R> {
  /** Stable indicator id. */
  readonly indicator: I;
  /** How the groups were formed. */
  readonly groupBy: "seller" | "team";
  /** One entry per seller or team: roster order first, then the other owners of the window's orders by first appearance. */
  readonly groups: readonly CustomerGroup<R>[];
}

/** The result of a grouped customer revenue indicator: every group in one currency. @category Indicators */
export interface CustomerRevenueGroupedResult<I extends string, R> extends CustomerGroupedResult<I, R> {
  /** The one currency of every group's amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
}
