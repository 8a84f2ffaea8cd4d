import { Dictionary } from "../_lib/dictionary.js";
import type { Order } from "../model/types.js";
import { branded, MoneyColumnsBuilder, type MoneyColumns } from "./_columns.js";

/**
 * Orders stored by column: what the revenue indicators read, one typed array per field, built once
 * by {@link orderTable}. Pass it wherever an array of orders is accepted to skip the per-call
 * conversion (the indicators read every input as a table: an array is converted on each call).
 *
 * Treat it as read-only: its arrays are the indicators' input, not a copy.
 */
export interface OrderTable extends MoneyColumns {
  /** What the table holds. */
  readonly kind: "orders";
  /** Number of rows. */
  readonly size: number;
  /** Each row's order id. */
  readonly ids: readonly string[];
  /** Each row's `date`, in epoch milliseconds. */
  readonly times: Float64Array;
  /** Each row's seller (`sellerId`), as a code into `owners`. */
  readonly ownerCodes: Uint32Array;
  /** The distinct seller ids, in order of first appearance. */
  readonly owners: readonly string[];
}

/**
 * Builds the columnar table of a list of orders, once, for repeated indicator calls over the same
 * orders (a dashboard, a benchmark, a notebook): each later call reads typed arrays instead of one
 * object per order. The figures are the same as from the array (each indicator's property tests
 * hold both inputs equal).
 *
 * Formula: row `i` of every column is `orders[i]`'s field; strings are dictionary-encoded.
 *
 * @param orders - valid orders (from `parseOrders`); the table is a snapshot of them
 * @returns the table, in the orders' order
 * @throws never for valid orders (indicators trust records, spec section 1)
 * @example
 * ```ts
 * const table = orderTable(orders);
 * table.size; //=> orders.length
 * revenueVsTarget(table, targets, { period }); // same result as revenueVsTarget(orders, targets, { period })
 * ```
 */
export function orderTable(orders: readonly Order[]): OrderTable {
  const size = orders.length;
  const ids = new Array<string>(size);
  const times = new Float64Array(size);
  const ownerCodes = new Uint32Array(size);
  const owners = new Dictionary();
  const money = new MoneyColumnsBuilder(size);
  for (let row = 0; row < size; row++) {
    const order = orders[row] as Order;
    ids[row] = order.id;
    times[row] = order.date.getTime();
    ownerCodes[row] = owners.codeOf(order.sellerId);
    money.set(row, order.amount, order.currency);
  }
  return branded({ kind: "orders", size, ids, times, ownerCodes, owners: owners.values, ...money.columns() });
}
