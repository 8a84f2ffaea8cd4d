/**
 * The options and the result of `ordersPerOffer` (the article's indicator 12, commandes / offres
 * faites).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Ratio } from "../types.js";
import type { SalesFlowOptions, SalesFlowResultHead } from "./salesFlowTypes.js";

/** Options of `ordersPerOffer`. @category Sales flow */
export type OrdersPerOfferOptions = SalesFlowOptions;

/** The ids behind the figures (with `explain: true`). @category Sales flow */
export interface OrdersPerOfferExplain {
  /** Orders dated in the period. */
  readonly orderIds: readonly string[];
  /** Offers issued in the period. */
  readonly offerIds: readonly string[];
}

/** The result of `ordersPerOffer`. @category Sales flow */
export interface OrdersPerOfferResult extends SalesFlowResultHead {
  /** Stable indicator id. */
  readonly indicator: "orders-per-offer";
  /** The unit of the ratios. */
  readonly unit: "ratio";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** Orders (order lines) dated in the period. */
  readonly orders: number;
  /** Their summed amount. */
  readonly orderAmount: Decimal;
  /** Offers issued in the period. */
  readonly offers: number;
  /** Their summed amount. */
  readonly offerAmount: Decimal;
  /** Orders / offers; `null` with `no-offers` when no offer was issued. */
  readonly ratioByCount: Ratio<"no-offers">;
  /** Order amount / offer amount; `null` with `no-offers`, or `no-offer-value` when the offers' amounts sum to 0. */
  readonly ratioByValue: Ratio<"no-offers" | "no-offer-value">;
  /** The ids behind the figures; present only with `explain: true`. */
  readonly explain?: OrdersPerOfferExplain;
}
