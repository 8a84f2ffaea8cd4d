import { describe, expect, it } from "vitest";
import { RowValidationError } from "../errors/index.js";
import { EXPENSE_CATEGORIES, ExpenseSchema } from "./expenseSchema.js";
import { parseExpenses } from "./parseExpenses.js";

const row = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "e-1",
  sellerId: "s-1",
  date: "2026-03-04",
  amount: "84.50",
  currency: "EUR",
  category: "representation",
  ...overrides,
});

describe("parseExpenses", () => {
  it("reads an exact amount, its currency, the category and the date in the reporting zone", () => {
    const result = parseExpenses([row({ amount: "0.10" })], { timeZone: "Europe/Paris" });
    expect(result.errors).toEqual([]);
    const expense = result.records[0]!;
    expect(expense.amount.toString()).toBe("0.1");
    expect(expense.currency).toBe("EUR");
    expect(expense.category).toBe("representation");
    // 4 March 2026 00:00 in Paris (UTC+1) is 3 March 23:00Z.
    expect(expense.date.toISOString()).toBe("2026-03-03T23:00:00.000Z");
  });

  it("accepts the four categories and nothing else", () => {
    expect(EXPENSE_CATEGORIES).toEqual(["representation", "travel", "commercial", "other"]);
    const ok = parseExpenses(EXPENSE_CATEGORIES.map((category, i) => row({ id: `e-${i}`, category })));
    expect(ok.records.map((expense) => expense.category)).toEqual([...EXPENSE_CATEGORIES]);
    const bad = parseExpenses([row({ category: "Travel" }), row({ id: "e-2", category: "" })]);
    expect(bad.errors.map((error) => [error.id, error.path.join("."), error.message])).toEqual([
      ["e-1", "category", 'expected one of "representation", "travel", "commercial", "other", got "Travel"'],
      ["e-2", "category", "required: the value is missing, null or empty"],
    ]);
  });

  it("keeps a negative amount (a refund) and reads locale forms on request", () => {
    expect(parseExpenses([row({ amount: "-40" })]).records[0]?.amount.toString()).toBe("-40");
    expect(parseExpenses([row({ amount: "1 250,50" })], { decimalComma: true }).records[0]?.amount.toString()).toBe(
      "1250.5",
    );
  });

  it("names every problem of a row, with its index and id, and loses no row", () => {
    const result = parseExpenses([
      row(),
      row({ id: "e-2", amount: "1e3", currency: "EURO", sellerId: "", date: "2026-02-30" }),
      row(),
    ]);
    expect(result.inputCount).toBe(3);
    expect(result.records.map((expense) => expense.id)).toEqual(["e-1"]);
    expect(result.errors.map((error) => [error.index, error.id, error.issues.map((issue) => issue.path[0])])).toEqual([
      [1, "e-2", ["sellerId", "date", "amount", "currency"]],
      [2, "e-1", ["id"]],
    ]);
    expect(result.errors[1]?.message).toContain("duplicate id");
  });

  it("stops at the first bad row in fail-fast mode and reports unknown keys in strict mode", () => {
    expect(() => parseExpenses([row({ category: "x" })], { mode: "fail-fast" })).toThrow(RowValidationError);
    const strict = parseExpenses([row({ note: "lunch" })], { unknownKeys: "reject" });
    expect(strict.errors[0]?.path).toEqual(["note"]);
  });

  it("gives what the zod schema gives (fast path and schema agree)", () => {
    const rows = [row(), row({ id: "e-2", amount: 12.5 }), row({ id: "e-3", date: "2026-03-04T10:15:00+02:00" })];
    expect(parseExpenses(rows).records).toEqual(rows.map((r) => ExpenseSchema.parse(r)));
  });
});
