/**
 * The options and the result of `negotiations` (the article's indicator 4, évaluation des
 * négociations).
 *
 * @module
 */
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { Ratio } from "../types.js";
import type { SalesFlowOptions, SalesFlowResultHead } from "./salesFlowTypes.js";

/**
 * The request kinds the processing rate counts by default: every kind.
 *
 * @example
 * ```ts
 * DEFAULT_NEGOTIATIONS_KINDS; //=> ["tender", "specification", "request"]
 * ```
 * @category Sales flow
 */
export const DEFAULT_NEGOTIATIONS_KINDS: readonly RequestKind[] = Object.freeze(["tender", "specification", "request"]);

/** Options of `negotiations`. @category Sales flow */
export interface NegotiationsOptions extends SalesFlowOptions {
  /** The request kinds the processing rate counts. Default {@link DEFAULT_NEGOTIATIONS_KINDS} (all). */
  readonly kinds?: readonly RequestKind[];
}

/** The ids behind the negotiation figures (with `explain: true`). @category Sales flow */
export interface NegotiationsExplain {
  /** Offers issued in the period. */
  readonly offerIds: readonly string[];
  /** Deals created in the period. */
  readonly dealIds: readonly string[];
  /** Requests received in the period. */
  readonly receivedIds: readonly string[];
  /** Those of them processed (before `asOf`). */
  readonly processedIds: readonly string[];
}

/** The result of `negotiations`. @category Sales flow */
export interface NegotiationsResult extends SalesFlowResultHead {
  /** Stable indicator id. */
  readonly indicator: "negotiations";
  /** The unit of the rates. */
  readonly unit: "ratio";
  /** The request kinds counted. */
  readonly kinds: readonly RequestKind[];
  /** Offers issued in the period. */
  readonly offersIssued: number;
  /** Deals (opportunities) created in the period. */
  readonly dealsCreated: number;
  /** Offers issued / deals created; `null` with `no-deals` when no deal was created. */
  readonly proposalRate: Ratio<"no-deals">;
  /** Requests received in the period. */
  readonly received: number;
  /** Requests received in the period and processed (before `asOf`). */
  readonly processed: number;
  /** Processed / received; `null` with `no-requests` when none was received. */
  readonly processingRate: Ratio<"no-requests">;
  /** The ids behind the figures; present only with `explain: true`. */
  readonly explain?: NegotiationsExplain;
}
