/**
 * Targets prorated over a period.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { ProrationForbiddenError } from "../errors/index.js";
import type { DayCount, Period } from "../period/types.js";
import { ZERO } from "../money/dec.js";
import { overlapShare } from "../period/overlap.js";
import { add, fromDecimal, multiply, RATIONAL_ZERO, rationalToDecimal, type Rational } from "../money/rational.js";

/** What target proration needs to know about a computation. */
export interface ProrationContext {
  readonly timeZone: string;
  readonly dayCount: DayCount;
  /** When false, a target that only partly overlaps the period is an error. */
  readonly proration: boolean;
}

/** A target's range and its amount (money or count) in the computation's unit. */
export interface TargetPart {
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
  readonly value: Decimal;
}

/**
 * Sum over targets of `value x overlap / targetLength` for `period` (spec section 1, settled
 * detail 2: overlapping targets add up). Returns the total and the ids of the targets that overlap.
 * The shares are added as exact fractions and divided once at the end, so the total does not
 * depend on the order of the targets (adding shares rounded at the 60th digit would).
 */
export function proratedTarget(
  targets: Iterable<TargetPart>,
  period: Period,
  context: ProrationContext,
): { total: Decimal; ids: string[] } {
  let total: Rational = RATIONAL_ZERO;
  const ids: string[] = [];
  const start = period.start.getTime();
  const end = period.end.getTime();
  for (const target of targets) {
    const share = overlapShare(context.timeZone, target, period, context.dayCount);
    if (share === null) continue;
    const inside = target.start.getTime() >= start && target.end.getTime() <= end;
    if (!context.proration && !inside) throw new ProrationForbiddenError(target.id);
    const value = fromDecimal(target.value);
    total = add(total, inside ? value : multiply(value, share));
    ids.push(target.id);
  }
  return { total: total.num === 0n ? ZERO : rationalToDecimal(total), ids };
}
