/**
 * The parts of a grouping by customer that are not one customer's group: the customers folded
 * beyond `top`, and the orders that name no customer.
 *
 * @module
 */
import type { Decimal } from "decimal.js";

/**
 * The customers beyond `top` of a grouping by customer, measured together as one group.
 *
 * @typeParam R - The result of one customer group.
 * @category Indicators
 */
export interface FoldedCustomers<R> {
  /** How many customers were folded (at least 1). */
  readonly groupCount: number;
  /** Their records measured together, as one group's result. */
  readonly result: R;
}

/**
 * The orders of the window and scope that name no customer (records built by hand can lack one),
 * which no customer group holds.
 *
 * @category Indicators
 */
export interface OrdersWithoutCustomer {
  /** How many there are. */
  readonly orderCount: number;
  /** Their realized revenue. */
  readonly realized: Decimal;
}
