import type { Decimal } from "decimal.js";
import { ZERO } from "./dec.js";

/**
 * Sums amounts per currency without converting anything: `total[c] = sum of amounts in c`.
 *
 * @param items - amounts with their currency
 * @returns a `Map` from currency code to its exact total, in order of first appearance
 * @throws never
 * @example
 * ```ts
 * sumByCurrency([
 *   { amount: toDecimal("10"), currency: "EUR" },
 *   { amount: toDecimal("5"), currency: "USD" },
 *   { amount: toDecimal("-2.5"), currency: "EUR" },
 * ]); //=> Map { "EUR" => Decimal("7.5"), "USD" => Decimal("5") }
 * ```
 * @category Money
 */
export function sumByCurrency(
  items: Iterable<{ readonly amount: Decimal; readonly currency: string }>,
): Map<string, Decimal> {
  const totals = new Map<string, Decimal>();
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? ZERO).plus(item.amount));
  return totals;
}
