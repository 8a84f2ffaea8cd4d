/**
 * The shapes of the figures in results: a value or the reason there is none, ratios with their
 * parts, status lights and their thresholds.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { DecimalInput } from "../money/decimal.js";

/**
 * A figure that can be empty: a value, or `null` with the reason why (spec section 1, "Ratios and
 * empty denominators"). Never `NaN` or `Infinity`.
 * @category Model
 */
export type Figure<Reason extends string> =
  | {
      /** The figure. */
      readonly value: Decimal;
      /** `null` when there is a value. */
      readonly reason: null;
    }
  | {
      /** No value: see `reason`. */
      readonly value: null;
      /** Why there is no value. */
      readonly reason: Reason;
    };

/** A ratio with its numerator and denominator; `value` is `null` (with a reason) when it cannot be computed. @category Model */
export type Ratio<Reason extends string> = Figure<Reason> & {
  /** What is divided. */
  readonly numerator: Decimal;
  /** What it is divided by; the value is `null` when it is zero. */
  readonly denominator: Decimal;
};

/** A status light. @category Model */
export type Status = "good" | "watch" | "alert";

/** Status thresholds: `good` when value >= good, `watch` when value >= watch, else `alert`. @category Model */
export interface Thresholds {
  /** At or above it: `good`. */
  readonly good: Decimal;
  /** At or above it (and below `good`): `watch`; below it: `alert`. */
  readonly watch: Decimal;
}

/** Thresholds as a caller gives them; missing ones take the indicator's defaults. @category Model */
export interface ThresholdsInput {
  /** At or above it: `good`. */
  readonly good?: DecimalInput;
  /** At or above it (and below `good`): `watch`; below it: `alert`. */
  readonly watch?: DecimalInput;
}
