import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { toDecimal } from "../money/decimal.js";
import { executePlan } from "./kernel/executePlan.js";
import { orderTable } from "./orderTable.js";
import { recordColumns } from "./recordTable.js";
import type { OrderColumns } from "./_columns.js";

const t = (iso: string): number => Date.parse(iso);
const ALL = { from: null, to: null };

// Requests as the extended catalogue gives them (spec section 7): a tender answered after two days,
// one still open, and one answered within the hour, owned by a seller named __proto__.
const REQUESTS = recordColumns("requests", [
  {
    id: "r1",
    ownerId: "ann",
    customerId: "acme",
    kind: "tender",
    status: "processed",
    receivedAt: new Date("2026-03-02T09:00:00Z"),
    respondedAt: new Date("2026-03-04T09:00:00Z"),
  },
  {
    id: "r2",
    ownerId: "bob",
    customerId: "acme",
    kind: "tender",
    status: "open",
    receivedAt: new Date("2026-03-03T09:00:00Z"),
  },
  {
    id: "r3",
    ownerId: "__proto__",
    kind: "request",
    status: "processed",
    receivedAt: new Date("2026-03-05T09:00:00Z"),
    respondedAt: new Date("2026-03-05T09:45:00Z"),
  },
] as const);

describe("record tables", () => {
  it("give each kept row's instants in table order, aligned with the ids", () => {
    const cells = executePlan(
      {
        table: "requests",
        time: "receivedAt",
        window: ALL,
        groupBy: [{ column: "kind" }],
        measures: {
          ids: { kind: "ids" },
          received: { kind: "timeValues", column: "receivedAt" },
          responded: { kind: "timeValues", column: "respondedAt" },
        },
      },
      REQUESTS,
    );
    expect(cells.keys).toEqual([["tender", "request"]]);
    expect(cells.get(0, "tender")).toEqual({
      ids: ["r1", "r2"],
      received: [t("2026-03-02T09:00:00Z"), t("2026-03-03T09:00:00Z")],
      responded: [t("2026-03-04T09:00:00Z"), null], // r2 is still open: no response instant
    });
    // Over several cells (the total), rows stay in table order.
    expect(cells.total(null).ids).toEqual([]);
  });

  it("scope by owner and leave out rows that name nobody", () => {
    const surveys = recordColumns("surveys", [
      {
        id: "s1",
        customerId: "acme",
        date: new Date("2026-03-01T00:00:00Z"),
        score: toDecimal("9"),
        scaleMin: toDecimal("0"),
        scaleMax: toDecimal("10"),
      },
      {
        id: "s2",
        ownerId: "ann",
        customerId: "acme",
        date: new Date("2026-03-02T00:00:00Z"),
        score: toDecimal("7"),
        scaleMin: toDecimal("0"),
        scaleMax: toDecimal("10"),
      },
    ]);
    const plan = { table: "surveys", time: "date", window: ALL, measures: { n: { kind: "count" } } } as const;
    expect(executePlan(plan, surveys).total().n).toBe(2);
    expect(executePlan({ ...plan, owners: ["ann"] }, surveys).total().n).toBe(1);
    expect(executePlan({ ...plan, where: [{ kind: "in", column: "owner", values: [null] }] }, surveys).total().n).toBe(
      1,
    );
  });

  it("sum decimals exactly, past 2^53 units and with many decimals, and give them row by row", () => {
    const big = "9007199254740993.5"; // 2^53 + 1.5: no safe scaled form
    const surveys = recordColumns("surveys", [
      {
        id: "s1",
        customerId: "a",
        date: new Date("2026-03-01T00:00:00Z"),
        score: toDecimal(big),
        scaleMin: toDecimal("0"),
        scaleMax: toDecimal("10"),
      },
      {
        id: "s2",
        customerId: "a",
        date: new Date("2026-03-01T00:00:00Z"),
        score: toDecimal("0.123456789"),
        scaleMin: toDecimal("0"),
        scaleMax: toDecimal("10"),
      },
      {
        id: "s3",
        customerId: "a",
        date: new Date("2026-03-01T00:00:00Z"),
        score: toDecimal("-1.5"),
        scaleMin: toDecimal("0"),
        scaleMax: toDecimal("10"),
      },
    ]);
    const cells = executePlan(
      {
        table: "surveys",
        time: "date",
        window: ALL,
        measures: {
          total: { kind: "decimalSum", column: "score" },
          scores: { kind: "decimalValues", column: "score" },
        },
      },
      surveys,
    );
    // 9007199254740993.5 + 0.123456789 - 1.5, by hand.
    expect(cells.total().total.toString()).toBe("9007199254740992.123456789");
    expect(cells.total().scores.map(String)).toEqual([big, "0.123456789", "-1.5"]);
  });

  it("code booleans as text", () => {
    const deliveries = recordColumns("deliveries", [
      { id: "v1", orderId: "o1", customerId: "a", promisedAt: new Date("2026-03-01T00:00:00Z"), conforming: true },
      {
        id: "v2",
        orderId: "o2",
        customerId: "a",
        promisedAt: new Date("2026-03-02T00:00:00Z"),
        conforming: false,
        nonConformityReason: "wrong size",
      },
    ]);
    const cells = executePlan(
      {
        table: "deliveries",
        time: "promisedAt",
        window: ALL,
        groupBy: [{ column: "conforming" }],
        measures: { ids: { kind: "ids" } },
      },
      deliveries,
    );
    expect(cells.keys).toEqual([["true", "false"]]);
    expect(cells.total("false").ids).toEqual(["v2"]);
  });

  it("join by id: the orders whose id is in a list", () => {
    const orders = orderTable([
      {
        id: "o1",
        sellerId: "ann",
        customerId: "a",
        date: new Date("2026-02-01T00:00:00Z"),
        amount: toDecimal("10"),
        currency: "EUR",
      },
      {
        id: "o2",
        sellerId: "ann",
        customerId: "a",
        date: new Date("2026-02-05T00:00:00Z"),
        amount: toDecimal("20"),
        currency: "EUR",
      },
    ]) as unknown as OrderColumns;
    const cells = executePlan(
      {
        table: "orders",
        time: "date",
        window: ALL,
        where: [{ kind: "in", column: "id", values: ["o2", "o9"] }],
        measures: { ids: { kind: "ids" }, dates: { kind: "timeValues", column: "date" } },
      },
      orders,
    );
    expect(cells.total()).toEqual({ ids: ["o2"], dates: [t("2026-02-05T00:00:00Z")] });
  });

  it("name a record that lacks a stored field", () => {
    expect(() =>
      recordColumns("expenses", [
        { id: "e1", sellerId: "ann", date: new Date("2026-03-01T00:00:00Z"), category: "travel" },
      ]),
    ).toThrow(
      new InvalidArgumentError("expenses[0] is not a valid record of expenses (records come from the parse functions)"),
    );
    expect(() =>
      recordColumns("complaints", [{ id: "c1", customerId: "a", receivedAt: "2026-03-01", category: "billing" }]),
    ).toThrow(InvalidArgumentError);
  });
});
