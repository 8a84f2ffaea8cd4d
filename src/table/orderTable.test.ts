import { expect, test } from "vitest";
import { Dec } from "../money/dec.js";
import type { Order } from "../model/types.js";
import { amountAt, isTable, type OrderColumns } from "./_columns.js";
import { orderTable } from "./orderTable.js";

const columns = (orders: Order[]): OrderColumns => orderTable(orders) as OrderColumns;

const order = (id: string, sellerId: string, amount: string, currency = "EUR"): Order => ({
  id,
  date: new Date(Date.UTC(2026, 0, 15)),
  amount: new Dec(amount),
  currency,
  sellerId,
  customerId: "c-1",
});

test("columns hold each order's fields, strings dictionary-encoded in order of first appearance", () => {
  const table = columns([
    order("o-1", "__proto__", "12.5"),
    order("o-2", "constructor", "-3"),
    order("o-3", "__proto__", "7", "USD"),
  ]);
  expect(table.kind).toBe("orders");
  expect(table.size).toBe(3);
  expect(table.ids).toEqual(["o-1", "o-2", "o-3"]);
  expect([...table.times]).toEqual([Date.UTC(2026, 0, 15), Date.UTC(2026, 0, 15), Date.UTC(2026, 0, 15)]);
  expect(table.owners).toEqual(["__proto__", "constructor"]);
  expect([...table.ownerCodes]).toEqual([0, 1, 0]);
  expect(table.currencies).toEqual(["EUR", "USD"]);
  expect([...table.currencyCodes]).toEqual([0, 0, 1]);
  // Scaled to 10^4: 12.5 -> 125000.
  expect([...table.scaledAmounts]).toEqual([125_000, -30_000, 70_000]);
});

test("an amount with more than four decimals, or past 2^53 once scaled, keeps only its Decimal (scaled NaN)", () => {
  const table = columns([order("o-1", "s", "0.00001"), order("o-2", "s", "9007199254740993")]);
  expect([...table.scaledAmounts]).toEqual([Number.NaN, Number.NaN]);
  expect([...table.exactAmounts.keys()]).toEqual([0, 1]);
  expect([amountAt(table, 0).toString(), amountAt(table, 1).toString()]).toEqual(["0.00001", "9007199254740993"]);
});

test("an empty list gives an empty table", () => {
  const table = columns([]);
  expect(table.size).toBe(0);
  expect(table.owners).toEqual([]);
});

test("the public type shows only the kind and the size; the columns stay private", () => {
  const table = orderTable([order("o-1", "s", "1")]);
  expect(Object.keys(table).slice(0, 2)).toEqual(["kind", "size"]);
  expect(table.kind).toBe("orders");
});

test("a table is frozen and branded; a look-alike object (from JSON) is not a table", () => {
  const table = orderTable([order("o-1", "s", "1")]);
  expect(Object.isFrozen(table)).toBe(true);
  expect(isTable(table, "orders")).toBe(true);
  expect(isTable(table, "deals")).toBe(false);
  expect(isTable(JSON.parse(JSON.stringify(table)), "orders")).toBe(false);
  expect(isTable({ ...table }, "orders")).toBe(false);
});
