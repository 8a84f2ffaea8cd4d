/**
 * Exact fractions on bigint, divided once at the end.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, unsignedZero } from "./dec.js";

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

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `a + b`, reduced (so that sums of many fractions keep small numbers). */
export function add(a: Rational, b: Rational): Rational {
  const num = a.num * b.den + b.num * a.den;
  const den = a.den * b.den;
  const divisor = gcd(num, den);
  return divisor <= 1n ? { num, den } : { num: num / divisor, den: den / divisor };
}

/** `a x b`. */
export function multiply(a: Rational, b: Rational): Rational {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** A finite decimal as an exact fraction (`12.34` is 1234/100). */
export function fromDecimal(value: Decimal): Rational {
  const text = value.toFixed();
  const point = text.indexOf(".");
  if (point === -1) return { num: BigInt(text), den: 1n };
  return { num: BigInt(text.slice(0, point) + text.slice(point + 1)), den: 10n ** BigInt(text.length - point - 1) };
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

export function rationalToDecimal(a: Rational): Decimal {
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
