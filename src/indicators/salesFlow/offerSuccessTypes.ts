/**
 * The options and the result of `offerSuccess` (the article's indicator 5, taux de réussite des
 * offres ou prospects).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Ratio } from "../types.js";
import type { SalesFlowOptions, SalesFlowResultHead } from "./salesFlowTypes.js";

/** Options of `offerSuccess`. @category Sales flow */
export type OfferSuccessOptions = SalesFlowOptions;

/** The offers of the period and how many turned into orders. @category Sales flow */
export interface OfferSuccessFigures {
  /** Offers issued in the period. */
  readonly issued: number;
  /** Their summed amount, in the result's currency. */
  readonly issuedAmount: Decimal;
  /** Those accepted (turned into an order) before `asOf`. */
  readonly accepted: number;
  /** Their summed amount. */
  readonly acceptedAmount: Decimal;
  /** Those decided otherwise (rejected, expired, withdrawn) before `asOf`. */
  readonly notAccepted: number;
  /** Those still pending at `asOf` (undecided, or decided at or after it). */
  readonly pending: number;
  /** Accepted / issued (pending ones included in the denominator); `null` with `no-offers` when none was issued. */
  readonly rateByCount: Ratio<"no-offers">;
  /** Accepted amount / issued amount; `null` with `no-offers`, or `no-offer-value` when the amounts sum to 0. */
  readonly rateByValue: Ratio<"no-offers" | "no-offer-value">;
}

/** The prospects of the period and how many became customers. @category Sales flow */
export interface ProspectSuccessFigures {
  /** Prospects created in the period. */
  readonly created: number;
  /** Those converted (became customers) before `asOf`. */
  readonly converted: number;
  /** Those lost before `asOf`. */
  readonly lost: number;
  /** Those neither converted nor lost at `asOf`. */
  readonly open: number;
  /** Converted / created (open ones included in the denominator); `null` with `no-prospects` when none was created. */
  readonly rate: Ratio<"no-prospects">;
}

/** The ids behind the figures (with `explain: true`). @category Sales flow */
export interface OfferSuccessExplain {
  /** Offers issued in the period. */
  readonly issuedIds: readonly string[];
  /** Those accepted before `asOf`. */
  readonly acceptedIds: readonly string[];
  /** Prospects created in the period (empty without prospects). */
  readonly prospectIds: readonly string[];
  /** Those converted before `asOf`. */
  readonly convertedIds: readonly string[];
}

/** The result of `offerSuccess`. @category Sales flow */
export interface OfferSuccessResult extends SalesFlowResultHead {
  /** Stable indicator id. */
  readonly indicator: "offer-success";
  /** The unit of the rates. */
  readonly unit: "ratio";
  /** The currency of the amounts; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The offers' figures. */
  readonly offers: OfferSuccessFigures;
  /** The prospects' figures; `null` when no prospects were given. */
  readonly prospects: ProspectSuccessFigures | null;
  /** The ids behind the figures; present only with `explain: true`. */
  readonly explain?: OfferSuccessExplain;
}
