import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import type { Penalty } from "../../model/serviceTypes.js";
import { penaltyTable } from "../../table/serviceTables.js";
import { penaltyAmountSeries } from "./penaltyAmountSeries.js";

const penalty = (id: string, date: string, amount: string, currency = "EUR"): Penalty => ({
  id,
  customerId: "c1",
  date: new Date(date),
  amount: new Dec(amount),
  currency,
});
const range = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };

// Worked by hand: p1 100 (January), p2 40.50 and p3 -10.50 (a waived one, March), p4 7 (May, after asOf).
const penalties = [
  penalty("p1", "2026-01-15T00:00:00Z", "100"),
  penalty("p2", "2026-03-02T00:00:00Z", "40.50"),
  penalty("p3", "2026-03-30T00:00:00Z", "-10.50"),
  penalty("p4", "2026-05-20T00:00:00Z", "7"),
];

describe("penaltyAmountSeries (19)", () => {
  it("sums each quarter's penalties before asOf: Q1 100 + 40.50 - 10.50 = 130, Q2 nothing before 1 May", () => {
    const series = penaltyAmountSeries(penalties, {
      range,
      grain: "quarter",
      asOf: new Date("2026-05-01T00:00:00Z"),
      explain: true,
    });
    expect(series.buckets.map((b) => [b.label, b.amount.toString(), b.count, b.explain?.penaltyIds])).toEqual([
      ["2026-Q1", "130", 3, ["p1", "p2", "p3"]],
      ["2026-Q2", "0", 0, []],
    ]);
    expect(series.buckets[1]?.period.start).toEqual(new Date("2026-04-01T00:00:00Z"));
    expect([series.currency, series.total.amount.toString()]).toEqual(["EUR", "130"]);
  });

  it("gives the same series from a table, and one currency check over the whole series", () => {
    expect(penaltyAmountSeries(penaltyTable(penalties), { range })).toEqual(penaltyAmountSeries(penalties, { range }));
    expect(() =>
      penaltyAmountSeries([...penalties, penalty("p5", "2026-06-01T00:00:00Z", "1", "USD")], { range }),
    ).toThrow(/EUR.*USD|USD.*EUR/);
  });
});
