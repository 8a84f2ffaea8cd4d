import type { Decimal } from "decimal.js";
import { Dec, unsignedZero, ZERO } from "./decimal.js";
import { ExactSum, FAST_SCALE, scaledInteger } from "./exactSum.js";

const SCALE = 10 ** FAST_SCALE;

/**
 * An exact sum of `amount x weight`. Weights are few and repeated (a pipeline's stage
 * probabilities), so amounts are summed per weight and each weight multiplies its sum once:
 * `sum(a_i x w_i) = sum over w of (w x sum of the a_i with weight w)`, exact, without a `Decimal`
 * multiplication per amount. A weight with more than four decimals is multiplied per amount.
 */
export class WeightedSum {
  private readonly byWeight = new Map<number, ExactSum>();
  private readonly other = new ExactSum();

  /** Adds `amount x weight`. */
  add(amount: Decimal, weight: Decimal): void {
    const key = scaledInteger(weight);
    if (key === undefined) {
      this.other.add(new Dec(amount).times(weight));
      return;
    }
    let sum = this.byWeight.get(key);
    if (sum === undefined) {
      sum = new ExactSum();
      this.byWeight.set(key, sum);
    }
    sum.add(amount);
  }

  /** Adds another weighted sum into this one. */
  merge(from: WeightedSum): void {
    this.other.merge(from.other);
    for (const [key, sum] of from.byWeight) {
      const mine = this.byWeight.get(key);
      if (mine === undefined) {
        const copy = new ExactSum();
        copy.merge(sum);
        this.byWeight.set(key, copy);
      } else mine.merge(sum);
    }
  }

  /** The exact total (never a negative zero). */
  value(): Decimal {
    let total = this.other.value();
    for (const [key, sum] of this.byWeight) if (key !== 0) total = total.plus(sum.value().times(key).div(SCALE));
    return unsignedZero(total.isZero() ? ZERO : total);
  }
}
