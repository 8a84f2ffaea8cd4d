import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { parseExpenses } from "../model/parseExpenses.js";
import { CurrencyGuard } from "../money/currencyGuard.js";
import { toDecimal } from "../money/decimal.js";
import { expenseTable, parseExpenseTable } from "./expenseTable.js";
import { executePlan } from "./kernel/executePlan.js";
import type { RecordColumns } from "./recordTable.js";

const ROWS = [
  { id: "e-1", sellerId: "ann", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "representation" },
  { id: "e-2", sellerId: "bob", date: "2026-03-05", amount: "120", currency: "EUR", category: "travel" },
  { id: "e-3", sellerId: "ann", date: "2026-04-01", amount: "-4.50", currency: "EUR", category: "representation" },
  { id: "e-4", sellerId: "ann", date: "2026-04-02", amount: "10", currency: "EUR", category: "lunch" },
];

describe("expenseTable and parseExpenseTable", () => {
  it("give the table of the records parseExpenses keeps, and its errors", () => {
    const parsed = parseExpenseTable(ROWS);
    const records = parseExpenses(ROWS);
    expect(parsed.errors).toEqual(records.errors);
    expect(parsed.inputCount).toBe(4);
    expect(parsed.table).toEqual(expenseTable(records.records));
    expect(parsed.table.size).toBe(3);
  });

  it("are read by the kernel: amounts by category and seller", () => {
    const table = expenseTable(parseExpenses(ROWS).records) as unknown as RecordColumns;
    const cells = executePlan(
      {
        table: "expenses",
        time: "date",
        window: { from: Date.parse("2026-03-01T00:00:00Z"), to: Date.parse("2026-05-01T00:00:00Z") },
        groupBy: [{ column: "category" }, { column: "owner" }],
        measures: { n: { kind: "count" }, amount: { kind: "sum", column: "amount" } },
      },
      table,
      new CurrencyGuard({}),
    );
    // Worked by hand: ann's representation costs are 84.50 - 4.50 (a refund) = 80.
    expect(cells.total("representation", "ann")).toEqual({ n: 2, amount: toDecimal("80") });
    expect(cells.total("travel", "bob")).toEqual({ n: 1, amount: toDecimal("120") });
  });

  it("refuses what is not an expense record", () => {
    expect(() => expenseTable([{ id: "e-1" } as never])).toThrow(InvalidArgumentError);
  });
});
