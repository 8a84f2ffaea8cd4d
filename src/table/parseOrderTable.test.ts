import { expect, test } from "vitest";
import { RowValidationError } from "../errors/index.js";
import { parseOrders } from "../model/parseOrders.js";
import { amountAt, type OrderColumns } from "./_columns.js";
import { orderTable } from "./orderTable.js";
import { parseOrderTable } from "./parseOrderTable.js";

const rows = [
  { id: "o-1", date: "2026-03-02", amount: "12000.00", currency: "EUR", sellerId: "ana", customerId: "acme" },
  { id: "o-2", date: "2026-02-30", amount: "10", currency: "EUR", sellerId: "ben", customerId: "acme" },
  // Not in a lane's form (a Date, a number with decimals, more than four decimals): read by parseOrders's readers.
  {
    id: "o-3",
    date: new Date("2026-03-03T00:00:00Z"),
    amount: 10.5,
    currency: "EUR",
    sellerId: "ben",
    customerId: "acme",
  },
  { id: "o-4", date: "2026-03-04", amount: "0.123456", currency: "EUR", sellerId: "ana", customerId: "acme" },
  { id: "o-1", date: "2026-03-05", amount: "1", currency: "EUR", sellerId: "ana", customerId: "acme" },
];

test("the TSDoc example: valid rows become the table, bad ones row errors", () => {
  const { table, errors, inputCount } = parseOrderTable(rows.slice(0, 2));
  expect(table.size).toBe(1);
  expect(errors[0]?.message).toBe("2026-02-30 is not a calendar date");
  expect(inputCount).toBe(2);
});

test("the same table and errors as orderTable(parseOrders(rows).records), rows in any form", () => {
  const parsed = parseOrderTable(rows);
  const records = parseOrders(rows);
  expect(parsed.errors).toEqual(records.errors);
  expect(parsed.table).toEqual(orderTable(records.records));
  expect(parsed.errors.map((error) => [error.index, error.path])).toEqual([
    [1, ["date"]],
    [4, ["id"]],
  ]);
  const columns = parsed.table as OrderColumns;
  expect(columns.ids).toEqual(["o-1", "o-3", "o-4"]);
  expect([0, 1, 2].map((row) => amountAt(columns, row).toString())).toEqual(["12000", "10.5", "0.123456"]);
});

test("fail-fast mode throws the first row error; strict mode reports unknown keys", () => {
  expect(() => parseOrderTable(rows, { mode: "fail-fast" })).toThrow(RowValidationError);
  const strict = parseOrderTable([{ ...rows[0], note: "x" }], { unknownKeys: "reject" });
  expect(strict.table.size).toBe(0);
  expect(strict.errors[0]?.path).toEqual(["note"]);
});

test("duplicate ids are found whether the ids arrive in increasing order or not (an invalid row still claims its id)", () => {
  const base = { date: "2026-03-02", amount: "1", currency: "EUR", sellerId: "ana", customerId: "acme" };
  const ids = ["o-1", "o-3", "o-5", "o-3", "o-2", "o-5", "o-1", "o-2"];
  const input = ids.map((id, index) => ({ ...base, id, date: index === 2 ? "2026-02-30" : base.date }));
  const parsed = parseOrderTable(input);
  expect((parsed.table as OrderColumns).ids).toEqual(["o-1", "o-3", "o-2"]);
  // Expected by hand: rows 3, 5, 6 and 7 repeat the ids of rows 1, 2, 0 and 4; row 2 has a bad date.
  expect(parsed.errors.map((error) => [error.index, error.message])).toEqual([
    [2, "2026-02-30 is not a calendar date"],
    [3, 'duplicate id "o-3": row 1 has the same id (the later row is rejected)'],
    [5, 'duplicate id "o-5": row 2 has the same id (the later row is rejected)'],
    [6, 'duplicate id "o-1": row 0 has the same id (the later row is rejected)'],
    [7, 'duplicate id "o-2": row 4 has the same id (the later row is rejected)'],
  ]);
  expect(parsed.errors).toEqual(parseOrders(input).errors);
});
