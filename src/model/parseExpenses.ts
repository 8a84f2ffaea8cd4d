import { createExpenseSchema, ExpenseSchema, type Expense } from "./expenseSchema.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";

/**
 * Parses raw expense rows (JSON values or CSV cells) into {@link Expense} records and row errors,
 * with {@link ExpenseSchema}'s rules (see {@link createExpenseSchema}) and {@link parseRows}'
 * guarantees: `records.length + errors.length === inputCount`, one error per rejected row listing
 * all its problems, duplicate ids rejected (the later row, naming the earlier one), unknown keys
 * ignored unless `unknownKeys: "reject"`. In CSV cells, an empty string means absent: an error
 * ("required"), since every field of an expense is required.
 *
 * @param rows - the raw rows
 * @param options - {@link ParseOptions}: `timeZone`, `decimalComma`, `thousandsSeparator`, `dateFormat`, `mode`, `unknownKeys`, `firstLine`
 * @returns the valid records, the row errors and the input count
 * @throws {@link MissingFieldsError} when no row has any of the expected fields (a CSV with its own headers)
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed (unknown time zone...)
 * @example
 * ```ts
 * parseExpenses([
 *   { id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "representation" },
 *   { id: "e-2", sellerId: "s-1", date: "2026-03-05", amount: "1e3", currency: "EUR", category: "gifts" },
 * ]).errors[0]?.issues.map((issue) => issue.path[0]);
 * //=> ["amount", "category"]
 * ```
 * @category Model
 */
export function parseExpenses(rows: readonly unknown[], options?: ParseOptions): ParseResult<Expense> {
  return parseRows(schemaForOptions(options, ExpenseSchema, createExpenseSchema), rows, options);
}
