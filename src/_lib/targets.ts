import type { Decimal } from "decimal.js";
import { ProrationForbiddenError } from "../errors/index.js";
import type { DayCount, Period } from "../period/types.js";
import { ZERO } from "./decimal.js";
import { overlapShare } from "./overlap.js";
import { scale } from "./rational.js";

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
 */
export function proratedTarget(targets: Iterable<TargetPart>, period: Period, context: ProrationContext): { total: Decimal; ids: string[] } {
  let total = ZERO;
  const ids: string[] = [];
  const start = period.start.getTime();
  const end = period.end.getTime();
  for (const target of targets) {
    const share = overlapShare(context.timeZone, target, period, context.dayCount);
    if (share === null) continue;
    const inside = target.start.getTime() >= start && target.end.getTime() <= end;
    if (!context.proration && !inside) throw new ProrationForbiddenError(target.id);
    total = total.plus(inside ? target.value : scale(target.value, share));
    ids.push(target.id);
  }
  return { total, ids };
}
