/**
 * The cross-field rules of the service records (deliveries, survey responses), for the paths that
 * accept a row without zod (the record fast path and the table parsers). The schemas'
 * refinements state the same rules with their messages; the parse tests hold both paths equal.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";

/**
 * A delivery's rules: `deliveredAt` not before `requestedAt`; a conformity verdict only on a
 * delivered delivery; a non-conformity reason only with `conforming: false`.
 *
 * @param requested - `requestedAt` in epoch ms, or `undefined`
 * @param delivered - `deliveredAt` in epoch ms, or `undefined`
 * @param conforming - the verdict, or `undefined`
 * @param hasReason - whether a non-conformity reason is given
 * @returns whether the fields agree
 */
export function deliveryConsistent(
  requested: number | undefined,
  delivered: number | undefined,
  conforming: boolean | undefined,
  hasReason: boolean,
): boolean {
  if (requested !== undefined && delivered !== undefined && delivered < requested) return false;
  if (conforming !== undefined && delivered === undefined) return false;
  return !hasReason || conforming === false;
}

/**
 * A survey response's rules: `scaleMin < scaleMax` and `scaleMin <= score <= scaleMax`.
 *
 * @param score - the score
 * @param scaleMin - the scale's lowest score
 * @param scaleMax - the scale's highest score
 * @returns whether the score sits inside a proper scale
 */
export function surveyConsistent(score: Decimal, scaleMin: Decimal, scaleMax: Decimal): boolean {
  return scaleMin.lessThan(scaleMax) && score.greaterThanOrEqualTo(scaleMin) && score.lessThanOrEqualTo(scaleMax);
}
