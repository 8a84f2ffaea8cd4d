import { describe, expect, it } from "vitest";
import { InvalidArgumentError, MixedCurrencyError } from "../../errors/index.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Deal, Seller } from "../../model/types.js";
import { toDecimal } from "../../money/decimal.js";
import { createExchangeRates } from "../../money/exchangeRates.js";
import { dealTable } from "../../table/dealTable.js";
import { lostDealsGrouped, LostDealsGroupedResultSchema } from "./lostDealsGrouped.js";

// Worked by hand: counts and rates are written next to each assertion.

function deal(
  id: string,
  ownerId: string,
  status: "won" | "lost" | "open",
  closedAt: string | null,
  amount: number,
  currency = "EUR",
): Deal {
  return {
    id,
    ownerId,
    amount: toDecimal(amount),
    currency,
    stage: "s",
    status,
    createdAt: new Date("2025-06-01T00:00:00Z"),
    ...(closedAt === null ? {} : { closedAt: new Date(closedAt) }),
  };
}

const RANGE = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-03-01T00:00:00Z") };
const ROSTER: Seller[] = [
  { id: "ann", name: "Ann", teamId: "north" },
  { id: "bob", name: "Bob", teamId: "north" },
  { id: "cid", name: "Cid", teamId: "south" },
];
const DEALS = [
  deal("1", "ann", "lost", "2026-01-10T00:00:00Z", 100),
  deal("2", "ann", "won", "2026-01-11T00:00:00Z", 300),
  deal("3", "bob", "lost", "2026-02-10T00:00:00Z", 200),
  deal("4", "dan", "lost", "2026-02-10T00:00:00Z", 50),
  deal("5", "eve", "open", null, 70),
  deal("6", "fay", "lost", "2025-11-10T00:00:00Z", 10, "USD"),
];

describe("lostDealsGrouped", () => {
  it("by seller: roster sellers with zeros, then owners of deals closed in the range", () => {
    const grouped = lostDealsGrouped(DEALS, { range: RANGE, groupBy: "seller", sellers: ROSTER });
    expect(grouped.indicator).toBe("lost-deals");
    expect(grouped.groupBy).toBe("seller");
    expect(grouped.currency).toBe("EUR");
    // eve's deal is open and fay's closed before the range: no group for them
    expect(grouped.groups.map((g) => [g.key, g.result.totals.lostCount, g.result.totals.wonCount])).toEqual([
      ["ann", 1, 1],
      ["bob", 1, 0],
      ["cid", 0, 0],
      ["dan", 1, 0],
    ]);
    expect(grouped.groups[0]?.result.totals.lossRateByValue.value?.toString()).toBe("0.25"); // 100 / (300 + 100)
    expect(grouped.groups[0]?.result.scope).toEqual({ level: "seller", sellerId: "ann" });
    // cid has no deal but carries the shared currency
    expect(grouped.groups[2]?.result.currency).toBe("EUR");
    expect(grouped.groups[2]?.result.buckets.map((b) => b.lossRateByCount.reason)).toEqual([
      "no-closed-deals",
      "no-closed-deals",
    ]);
  });

  it("by team: owners without a team are in no group", () => {
    const grouped = lostDealsGrouped(DEALS, { range: RANGE, groupBy: "team", sellers: ROSTER });
    expect(
      grouped.groups.map((g) => [g.key, g.result.totals.lostCount, g.result.totals.lostAmount.toString()]),
    ).toEqual([
      ["north", 2, "300"], // ann 100 + bob 200
      ["south", 0, "0"],
    ]);
  });

  it("keeps one currency across groups", () => {
    const mixed = [...DEALS, deal("7", "cid", "lost", "2026-01-15T00:00:00Z", 10, "USD")];
    expect(() => lostDealsGrouped(mixed, { range: RANGE, groupBy: "seller", sellers: ROSTER })).toThrow(
      MixedCurrencyError,
    );
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.5", validFrom: new Date("2026-01-01T00:00:00Z") }],
    });
    const converted = lostDealsGrouped(mixed, { range: RANGE, groupBy: "seller", sellers: ROSTER, exchangeRates });
    expect(converted.groups[2]?.result.totals.lostAmount.toString()).toBe("5"); // 10 USD x 0.5
  });

  it("checks groupBy and the roster", () => {
    expect(() => lostDealsGrouped(DEALS, { range: RANGE, groupBy: "team" })).toThrow(InvalidArgumentError);
    expect(() => lostDealsGrouped(DEALS, { range: RANGE, groupBy: "owner" as "seller" })).toThrow(InvalidArgumentError);
    expect(() => lostDealsGrouped(DEALS, { range: { start: RANGE.end, end: RANGE.start }, groupBy: "seller" })).toThrow(
      InvalidArgumentError,
    );
  });

  it("round-trips through JSON", () => {
    const grouped = lostDealsGrouped(DEALS, {
      range: RANGE,
      groupBy: "seller",
      sellers: ROSTER,
      explain: true,
      spike: { trailingBuckets: 1, deviation: "population" },
    });
    expect(resultFromJSON(LostDealsGroupedResultSchema, JSON.stringify(grouped))).toEqual(grouped);
  });

  it("gives the same groups from dealTable(deals), each with the loss reasons of its own deals only", () => {
    const deals = [
      ...DEALS,
      { ...deal("8", "bob", "lost", "2026-01-20T00:00:00Z", 40), lossReason: "price", competitor: "Acme" },
      { ...deal("9", "ann", "lost", "2026-02-20T00:00:00Z", 60), lossReason: "budget" },
    ];
    const options = { range: RANGE, groupBy: "team" as const, sellers: ROSTER, explain: true };
    const fromTable = lostDealsGrouped(dealTable(deals), options);
    expect(fromTable).toEqual(lostDealsGrouped(deals, options));
    // Worked by hand: north = ann (1: none 100, 9: budget 60) and bob (3: none 200, 8: price 40, Acme).
    expect(fromTable.groups[0]?.result.totals.byReason.map((r) => [r.reason, r.count, r.amount.toString()])).toEqual([
      [null, 2, "300"],
      ["budget", 1, "60"],
      ["price", 1, "40"],
    ]);
    expect(fromTable.groups[0]?.result.explain?.buckets.map((b) => b.lostDealIds)).toEqual([
      ["1", "8"],
      ["3", "9"],
    ]);
    expect(fromTable.groups[1]?.result.totals.byReason).toEqual([]);
  });

  it("checks currencies team by team, owner by owner in roster order, as the records were grouped", () => {
    // bob's GBP deal comes first in the table, but ann is first in the roster: her EUR deal is met
    // first, then her USD deal (the error names the first two currencies met).
    const deals = [
      deal("1", "bob", "lost", "2026-01-10T00:00:00Z", 10, "GBP"),
      deal("2", "ann", "lost", "2026-01-11T00:00:00Z", 20),
      deal("3", "ann", "lost", "2026-01-12T00:00:00Z", 30, "USD"),
    ];
    for (const input of [deals, dealTable(deals)]) {
      const error = (() => {
        try {
          lostDealsGrouped(input, { range: RANGE, groupBy: "team", sellers: ROSTER });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(MixedCurrencyError);
      expect((error as MixedCurrencyError).currencies).toEqual(["EUR", "USD"]);
    }
  });
});
