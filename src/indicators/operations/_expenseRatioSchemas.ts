/**
 * The JSON shapes shared by the results of indicators 8 and 9.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { EXPENSE_CATEGORIES, type Expense } from "../../model/expenseSchema.js";
import type { Order } from "../../model/types.js";
import type { ExpenseTable } from "../../table/expenseTable.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";

/** The categories of a result. */
export const CategoriesJsonSchema = z.array(z.enum(EXPENSE_CATEGORIES));

/** A runner over the orders and the expenses of one computation. */
export function ordersAndExpensesRunner(
  orders: readonly Order[] | OrderTable,
  expenses: readonly Expense[] | ExpenseTable,
): PlanRunner {
  return tableRunner({
    orders: orderColumnsOf(orders, "orders"),
    expenses: recordColumnsOf(expenses, "expenses", "expenses"),
  });
}

/** The explanation of indicators 8 and 9: per bucket, the orders and the expenses summed. */
export const OrdersAndExpensesExplainSchema = z.object({
  buckets: z.array(z.object({ label: z.string(), orderIds: z.array(z.string()), expenseIds: z.array(z.string()) })),
});
