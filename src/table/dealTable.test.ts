import { expect, test } from "vitest";
import { Dec } from "../money/dec.js";
import { NO_CODE } from "./dictionary.js";
import type { Deal } from "../model/types.js";
import { probabilityAt, type DealColumns } from "./_columns.js";
import { dealTable } from "./dealTable.js";

const base: Deal = {
  id: "d-1",
  ownerId: "s-1",
  amount: new Dec("1000"),
  currency: "EUR",
  stage: "proposal",
  createdAt: new Date(Date.UTC(2026, 0, 5)),
  status: "open",
};

test("absent dates are NaN, absent strings have no code, statuses are codes", () => {
  const table = dealTable([
    base,
    {
      ...base,
      id: "d-2",
      status: "lost",
      closedAt: new Date(Date.UTC(2026, 1, 1)),
      lossReason: "price",
      competitor: "Globex",
      probability: new Dec("0.25"),
    },
    {
      ...base,
      id: "d-3",
      status: "won",
      closedAt: new Date(Date.UTC(2026, 1, 2)),
      expectedCloseDate: new Date(Date.UTC(2026, 1, 3)),
      probability: new Dec("0.123456"),
    },
  ]) as DealColumns;
  expect([...table.statusCodes]).toEqual([0, 2, 1]);
  expect([...table.closedTimes]).toEqual([Number.NaN, Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 2)]);
  expect([...table.expectedCloseTimes]).toEqual([Number.NaN, Number.NaN, Date.UTC(2026, 1, 3)]);
  expect([...table.lossReasonCodes]).toEqual([NO_CODE, 0, NO_CODE]);
  expect(table.lossReasons).toEqual(["price"]);
  expect([...table.competitorCodes]).toEqual([NO_CODE, 0, NO_CODE]);
  expect([0, 1, 2].map((row) => probabilityAt(table, row)?.toString())).toEqual([undefined, "0.25", "0.123456"]);
  // 0.25 -> 2500 at 10^4; 0.123456 has six decimals: no fast form.
  expect([...table.scaledProbabilities]).toEqual([Number.NaN, 2500, Number.NaN]);
  expect(table.stages).toEqual(["proposal"]);
});
