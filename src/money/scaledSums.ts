/**
 * Exact sums in numbered cells, for the loops over tables.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { ExactSum } from "./exactSum.js";

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Exact sums in numbered cells (a bucket, a seller x bucket, a loss reason...), for the loops over
 * tables. A cell adds amounts already scaled to integers of 10^-4 units (as tables store them) as
 * ordinary numbers in a `Float64Array`, while its sum stays a safe integer: no `Decimal` per row.
 * What does not fit there goes to the cell's {@link ExactSum}, made on first need: an amount without
 * a scaled form, a converted amount, or a step that would leave the safe range. A cell's value is
 * always the exact sum of what was added to it.
 *
 * One class for every such loop, so the overflow rule is written once; its methods are small enough
 * for V8 to inline into the loops (measured with `npm run bench`: no change in the indicators' times).
 */
export class ScaledSums {
  private fast: Float64Array;
  private readonly exact: (ExactSum | undefined)[] = [];

  /** @param cells - the number of cells (more can be made with {@link grow}) */
  constructor(cells: number) {
    this.fast = new Float64Array(cells);
  }

  /** Makes room for `cells` cells, keeping every sum; the new cells are empty. */
  grow(cells: number): void {
    if (cells <= this.fast.length) return;
    const grown = new Float64Array(cells);
    grown.set(this.fast);
    this.fast = grown;
  }

  /**
   * Adds `scaled` (an amount x 10^4, a safe integer) to `cell`, and says so. Adds nothing and
   * returns `false` when `scaled` is `NaN` (an amount without a scaled form): the caller adds its
   * `Decimal` to {@link exactOf}.
   */
  add(cell: number, scaled: number): boolean {
    const fast = this.fast;
    const next = (fast[cell] as number) + scaled;
    // NaN fails both comparisons.
    if (next <= MAX && next >= -MAX) {
      fast[cell] = next;
      return true;
    }
    if (scaled !== scaled) return false;
    this.exactOf(cell).addScaled(scaled);
    return true;
  }

  /** The exact part of `cell`, for the amounts that {@link add} does not take. */
  exactOf(cell: number): ExactSum {
    let sum = this.exact[cell];
    if (sum === undefined) {
      sum = new ExactSum();
      this.exact[cell] = sum;
    }
    return sum;
  }

  /** Adds cell `from` of `other` into cell `to` of this one. */
  addCell(to: number, other: ScaledSums, from: number): void {
    this.add(to, other.fast[from] as number);
    const exact = other.exact[from];
    if (exact !== undefined) this.exactOf(to).merge(exact);
  }

  /** Empties `cell`. */
  clear(cell: number): void {
    this.fast[cell] = 0;
    this.exact[cell] = undefined;
  }

  /** The exact sum of `cell`, as a new {@link ExactSum}. */
  sumOf(cell: number): ExactSum {
    const sum = new ExactSum();
    sum.addScaled(this.fast[cell] as number);
    const exact = this.exact[cell];
    if (exact !== undefined) sum.merge(exact);
    return sum;
  }

  /** The exact value of `cell` (zero for an empty cell). */
  value(cell: number): Decimal {
    return this.sumOf(cell).value();
  }
}
