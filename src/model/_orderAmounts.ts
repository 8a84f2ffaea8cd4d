/**
 * `OrderSchema`'s cross-field rules on the extended amounts, for the paths that accept a row
 * without zod (the record fast path and the order table parser). The schema's refinements state
 * the same rules with their messages; property tests hold both fast paths equal to the schema.
 *
 * - `discount` and `hoursSold` are not negative, unless the order is a credit note (`amount < 0`),
 *   which may carry back the discount or the hours of the order it cancels;
 * - when `grossAmount` and `discount` are both given, `amount = grossAmount - discount` exactly.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";

/** The extended amounts of an order, as the record parser reads them. */
export interface OrderAmounts {
  readonly amount: Decimal;
  readonly grossAmount?: Decimal | undefined;
  readonly discount?: Decimal | undefined;
  readonly hoursSold?: Decimal | undefined;
}

/** The problems of an order's extended amounts: `[field, message]` pairs, none when they agree. */
export function orderAmountProblems(order: OrderAmounts): [string, string][] {
  const problems: [string, string][] = [];
  const credit = order.amount.isNegative() && !order.amount.isZero();
  for (const field of ["discount", "hoursSold"] as const) {
    const value = order[field];
    if (!credit && value !== undefined && value.isNegative() && !value.isZero()) {
      problems.push([
        field,
        `${field} is negative (${value.toString()}) on an order whose amount is not negative: only a credit note may carry a negative ${field}`,
      ]);
    }
  }
  const { grossAmount, discount } = order;
  if (grossAmount !== undefined && discount !== undefined && !grossAmount.minus(discount).equals(order.amount)) {
    problems.push([
      "amount",
      `amount (${order.amount.toString()}) is not grossAmount (${grossAmount.toString()}) minus discount (${discount.toString()}) = ${grossAmount.minus(discount).toString()}`,
    ]);
  }
  return problems;
}

/** Whether an order's extended amounts agree (no {@link orderAmountProblems}). */
export function orderAmountsConsistent(order: OrderAmounts): boolean {
  const credit = order.amount.isNegative() && !order.amount.isZero();
  if (!credit) {
    if (order.discount !== undefined && order.discount.isNegative() && !order.discount.isZero()) return false;
    if (order.hoursSold !== undefined && order.hoursSold.isNegative() && !order.hoursSold.isZero()) return false;
  }
  const { grossAmount, discount } = order;
  return grossAmount === undefined || discount === undefined || grossAmount.minus(discount).equals(order.amount);
}

/**
 * The same rules on scaled values (x 10^4 safe integers, `undefined` when absent), as the table
 * parser's lanes read them. `false` also when the check cannot be done exactly on numbers (a
 * difference past the safe integers): the record parser then decides.
 */
export function scaledOrderAmountsConsistent(
  amount: number,
  grossAmount: number | undefined,
  discount: number | undefined,
  hoursSold: number | undefined,
): boolean {
  if (amount >= 0 && ((discount !== undefined && discount < 0) || (hoursSold !== undefined && hoursSold < 0)))
    return false;
  if (grossAmount === undefined || discount === undefined) return true;
  const net = grossAmount - discount;
  return Number.isSafeInteger(net) && net === amount;
}
