/**
 * Exact running sums of decimals, added as scaled integers where they fit.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, unsignedZero, ZERO } from "./dec.js";

/** Fixed point of the fast path: amounts are added as integers of 10^-4 units. */
export const FAST_SCALE = 4;

/** `10^FAST_SCALE`: a scaled integer is an amount times this. */
export const SCALE_FACTOR = 10 ** FAST_SCALE;

const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
const MAX = Number.MAX_SAFE_INTEGER;

/** The parts of a decimal.js value (any copy of the library): base-1e7 limbs, exponent, sign. */
interface DecimalParts {
  readonly d?: readonly number[] | null;
  readonly e?: number;
  readonly s?: number;
}

function digitCount(limb: number): number {
  return limb >= 1e6 ? 7 : limb >= 1e5 ? 6 : limb >= 1e4 ? 5 : limb >= 1e3 ? 4 : limb >= 100 ? 3 : limb >= 10 ? 2 : 1;
}

/**
 * `x x 10^FAST_SCALE` as a safe integer, or `undefined` when it is not one (more than four
 * decimals, or too large). Reads decimal.js's documented-in-source representation (`d`: base 1e7
 * limbs, `e`: exponent of the leading digit, `s`: sign) instead of going through a string: this is
 * the hot path of every sum, and a string round trip costs ten times more. Anything unexpected
 * falls back to `undefined`, which sends the amount down the exact `Decimal` path.
 */
export function scaledInteger(x: Decimal): number | undefined {
  const { d, e, s } = x as unknown as DecimalParts;
  if (d == null || e === undefined || d.length > 3 || d.length === 0) return undefined;
  const first = d[0] as number;
  const lastIndex = d.length - 1;
  let mantissa: number;
  let trailing = 0;
  if (lastIndex === 0) mantissa = first;
  else if (lastIndex === 1) mantissa = first * 1e7 + (d[1] as number);
  else {
    // Three limbs may pass 2^53 only because of the last limb's trailing zeros: drop them.
    let last = d[2] as number;
    while (last !== 0 && last % 10 === 0) {
      last /= 10;
      trailing++;
    }
    mantissa = (first * 1e7 + (d[1] as number)) * (POW10[7 - trailing] as number) + last;
  }
  if (mantissa > MAX) return undefined;
  const shift = e - (digitCount(first) - 1) - 7 * lastIndex + trailing + FAST_SCALE;
  let scaled: number;
  if (shift >= 0) {
    if (shift > 15) return mantissa === 0 ? 0 : undefined;
    scaled = mantissa * (POW10[shift] as number);
    if (scaled > MAX) return undefined;
  } else {
    if (shift < -15) return undefined;
    const divisor = POW10[-shift] as number;
    if (mantissa % divisor !== 0) return undefined;
    scaled = mantissa / divisor;
  }
  return s === -1 ? -scaled : scaled;
}

/** The decimal whose scaled form is `scaled` (`scaled / 10^FAST_SCALE`). */
export function decimalOfScaled(scaled: number): Decimal {
  return new Dec(scaled).div(SCALE_FACTOR);
}

/**
 * An exact running sum of decimals. Amounts with at most four decimals are added as safe
 * integers (the common case: money), the rest as `Decimal`; when the integer part would leave the
 * safe range it is moved into the `Decimal` part first. The result is always the exact sum.
 */
export class ExactSum {
  private fast = 0;
  private slow: Decimal | null = null;

  /** Adds one amount. */
  add(x: Decimal): void {
    const scaled = scaledInteger(x);
    if (scaled === undefined) {
      this.slow = (this.slow ?? ZERO).plus(x);
      return;
    }
    this.addScaled(scaled);
  }

  /**
   * Adds an amount already read as `x x 10^FAST_SCALE` (a safe integer from `scaledInteger`, as
   * columnar tables store it).
   */
  addScaled(scaled: number): void {
    const next = this.fast + scaled;
    if (next <= MAX && next >= -MAX) {
      this.fast = next;
      return;
    }
    this.slow = (this.slow ?? ZERO).plus(decimalOfScaled(this.fast));
    this.fast = scaled;
  }

  /** Adds another sum into this one. */
  merge(other: ExactSum): void {
    if (other.slow !== null) this.slow = (this.slow ?? ZERO).plus(other.slow);
    const next = this.fast + other.fast;
    if (next <= MAX && next >= -MAX) this.fast = next;
    else {
      this.slow = (this.slow ?? ZERO).plus(decimalOfScaled(this.fast));
      this.fast = other.fast;
    }
  }

  /** The exact total (zero for an empty sum, never a negative zero). */
  value(): Decimal {
    const fast = this.fast === 0 ? ZERO : decimalOfScaled(this.fast);
    return unsignedZero(this.slow === null ? fast : this.slow.plus(fast));
  }
}
