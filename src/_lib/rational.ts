import type { Decimal } from "decimal.js";
import { Dec, unsignedZero } from "./decimal.js";

/**
 * An exact fraction of integers, `num / den` with `den > 0`. Day counts with parts of days are
 * ratios of milliseconds over day lengths; keeping them as fractions lets a pace or a proration be
 * computed with a single rounding, at the final division.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export function rational(num: bigint, den: bigint): Rational {
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

export function subtract(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return { num: a.num - b.num, den: a.den };
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

export function divide(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

export function toDecimal(a: Rational): Decimal {
  return new Dec(a.num.toString()).div(a.den.toString());
}

/** `value x a`, exact up to the single final division. */
export function scale(value: Decimal, a: Rational): Decimal {
  return unsignedZero(new Dec(value).times(a.num.toString()).div(a.den.toString()));
}

/** `value / a`; `a` must not be zero. */
export function divideDecimal(value: Decimal, a: Rational): Decimal {
  return unsignedZero(new Dec(value).times(a.den.toString()).div(a.num.toString()));
}

export const RATIONAL_ONE: Rational = { num: 1n, den: 1n };
export const RATIONAL_ZERO: Rational = { num: 0n, den: 1n };
