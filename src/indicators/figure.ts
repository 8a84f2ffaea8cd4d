/**
 * Builders of figures and ratios.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Figure, Ratio } from "./types.js";
import { Dec, unsignedZero } from "../money/dec.js";

export function present<R extends string>(value: Decimal): Figure<R> {
  return { value, reason: null };
}

export function absent<R extends string>(reason: R): Figure<R> {
  return { value: null, reason };
}

/** `numerator / denominator`, or `null` with `reason` when the denominator is zero. */
export function ratio<R extends string>(numerator: Decimal, denominator: Decimal, reason: R): Ratio<R> {
  if (denominator.isZero()) return { value: null, reason, numerator, denominator };
  return { value: unsignedZero(new Dec(numerator).div(denominator)), reason: null, numerator, denominator };
}
