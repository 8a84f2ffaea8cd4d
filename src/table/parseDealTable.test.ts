import { expect, test } from "vitest";
import { parseDealTable } from "./parseDealTable.js";

test("the TSDoc example: a lost deal without closedAt is rejected by DealSchema's rule", () => {
  const { table, errors } = parseDealTable([
    {
      id: "d-1",
      ownerId: "ana",
      amount: "50000",
      currency: "EUR",
      stage: "proposal",
      createdAt: "2026-01-05",
      status: "open",
    },
    {
      id: "d-2",
      ownerId: "ana",
      amount: "9000",
      currency: "EUR",
      stage: "lost",
      createdAt: "2026-01-05",
      status: "lost",
    },
  ]);
  expect(table.size).toBe(1);
  expect(errors[0]?.message).toBe("required: a lost deal needs closedAt");
});

test("a deal closed before it was created is rejected, as parseDeals does", () => {
  const { table, errors } = parseDealTable([
    {
      id: "d-1",
      ownerId: "ana",
      amount: "1",
      currency: "EUR",
      stage: "won",
      createdAt: "2026-02-01",
      status: "won",
      closedAt: "2026-01-31",
    },
  ]);
  expect(table.size).toBe(0);
  expect(errors[0]?.path).toEqual(["closedAt"]);
});
