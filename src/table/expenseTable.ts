import type { Expense } from "../model/expenseSchema.js";
import { parseExpenses } from "../model/parseExpenses.js";
import type { ParseOptions } from "../model/parseRows.js";
import { recordColumns } from "./recordTable.js";
import type { TableParseResult } from "./types.js";

/**
 * Expenses stored by column, built once by {@link expenseTable} or {@link parseExpenseTable}. Pass
 * it wherever an array of expenses is accepted: the indicators read every input as columns, and an
 * array is converted on each call. Its layout is private, so it can change without breaking
 * callers.
 *
 * @example
 * ```ts
 * const table: ExpenseTable = expenseTable([]);
 * table.kind; //=> "expenses"
 * ```
 * @category Tables
 */
export interface ExpenseTable {
  /** What the table holds. */
  readonly kind: "expenses";
  /** Number of expenses. */
  readonly size: number;
}

/**
 * Builds the columnar table of a list of expenses, once, for repeated indicator calls over the
 * same expenses. The figures are the same as from the array.
 *
 * Formula: row `i` of every column is `expenses[i]`'s field, in the expenses' order.
 *
 * @param expenses - valid expenses (from `parseExpenses`); the table is a snapshot of their values
 * @returns the table
 * @throws {@link InvalidArgumentError} when an element is not an expense record (records come from `parseExpenses`)
 * @example
 * ```ts
 * const { records } = parseExpenses([{ id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "travel" }]);
 * expenseTable(records).size; //=> 1
 * ```
 * @category Tables
 */
export function expenseTable(expenses: readonly Expense[]): ExpenseTable {
  return recordColumns("expenses", expenses) as unknown as ExpenseTable;
}

/**
 * Parses raw expense rows straight into an {@link ExpenseTable}: the same rules, the same rejected
 * rows and the same table as `expenseTable(parseExpenses(rows, options).records)` (it is that:
 * expenses are few next to orders, so no separate fast path).
 *
 * Formula: for each row, in order: valid (by `ExpenseSchema`'s rules, first occurrence of its id)
 * -> a row of the table; invalid -> a row error.
 *
 * @param rows - raw rows (JSON objects, CSV records)
 * @param options - `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`, as for `parseExpenses`
 * @returns the table of the valid rows, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * const { table, errors } = parseExpenseTable([
 *   { id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "representation" },
 *   { id: "e-2", sellerId: "s-1", date: "2026-03-05", amount: "20", currency: "EUR", category: "meals" },
 * ]);
 * table.size; //=> 1
 * errors[0]?.path; //=> ["category"]
 * ```
 * @category Tables
 */
export function parseExpenseTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<ExpenseTable> {
  const { records, errors, inputCount } = parseExpenses(rows, options);
  return { table: expenseTable(records), errors, inputCount };
}
