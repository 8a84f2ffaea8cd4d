/**
 * The options and result of `penaltyAmount` (montant de la pénalité).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { CurrencyOptions } from "../../money/currencyOptions.js";
import type { Period } from "../../period/types.js";
import type { ServiceOptions } from "./serviceTypes.js";

/** Options of {@link penaltyAmount}: the period and the currency rules of spec section 1. @category Service */
export interface PenaltyAmountOptions extends ServiceOptions, CurrencyOptions {}

/** The ids behind {@link PenaltyAmountResult} (with `explain: true`). @category Service */
export interface PenaltyAmountExplain {
  /** The penalties summed, in input order. */
  readonly penaltyIds: readonly string[];
}

/** The result of {@link penaltyAmount}. @category Service */
export interface PenaltyAmountResult {
  /** Stable indicator id. */
  readonly indicator: "penalty-amount";
  /** An amount of money. */
  readonly unit: "money";
  /** The currency of `amount`; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Exact sum of the penalties dated in the period (converted at their date with exchange rates). */
  readonly amount: Decimal;
  /** Penalties summed. */
  readonly count: number;
  /** With `explain: true`: the penalties behind the sum. */
  readonly explain?: PenaltyAmountExplain;
}
