import type { Order } from "../model/types.js";
import { orderColumnsOf } from "./_columns.js";
import type { OrderTable } from "./types.js";

export type { OrderTable } from "./types.js";

/**
 * Builds the columnar table of a list of orders, once, for repeated indicator calls over the same
 * orders (a dashboard, a benchmark, a notebook): each call then reads a few typed arrays instead of
 * one object per order. The figures are the same as from the array (each indicator's property tests
 * hold both inputs equal).
 *
 * Formula: row `i` of every column is `orders[i]`'s field, in the orders' order.
 *
 * @param orders - valid orders (from `parseOrders`); the table is a snapshot of their values
 * @returns the table
 * @throws never for valid orders (indicators trust records, spec section 1)
 * @example
 * ```ts
 * const { orders, revenueTargets, range } = generateSampleDataset({ orders: 200 });
 * const table = orderTable(orders);
 * table.size; //=> 200
 * const fromTable = revenueVsTarget(table, { targets: revenueTargets, period: range });
 * fromTable.realized.equals(revenueVsTarget(orders, { targets: revenueTargets, period: range }).realized); //=> true
 * ```
 * @category Tables
 */
export function orderTable(orders: readonly Order[]): OrderTable {
  return orderColumnsOf(orders, "orders");
}
