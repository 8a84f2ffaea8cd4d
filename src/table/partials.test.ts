import { describe, expect, it } from "vitest";
import { createExchangeRates } from "../money/exchangeRates.js";
import { toDecimal } from "../money/decimal.js";
import type { Order } from "../model/types.js";
import { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import { revenuePerSeller } from "../indicators/revenue/revenuePerSeller.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import { orderTable } from "./orderTable.js";
import {
  combinePartials,
  computeFromPartials,
  computePartials,
  partialTables,
  plansOf,
  type PartialResult,
  type PartialTables,
} from "./partials.js";

const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const order = (id: string, date: string, amount: string, currency = "EUR", sellerId = "ann"): Order => ({
  id,
  date: new Date(date),
  amount: toDecimal(amount),
  currency,
  sellerId,
  customerId: "c-1",
});
const quarter = (tables: Pick<PartialTables, "orders">): ReturnType<typeof revenueVsTarget> =>
  revenueVsTarget(tables.orders, { period, targets: [], asOf: period.end });
const plans = plansOf(quarter);
const roundTrip = (states: readonly PartialResult[]): PartialResult[] =>
  JSON.parse(JSON.stringify(states)) as PartialResult[];

describe("partial results", () => {
  it("give the whole's figures, sellers named __proto__ included (worked by hand: 100 + 50.25 - 0.25)", async () => {
    const pieces = [
      [order("o-1", "2026-01-10T09:00:00Z", "100", "EUR", "__proto__")],
      [
        order("o-2", "2026-02-10T09:00:00Z", "50.25", "EUR", "constructor"),
        order("o-3", "2026-03-01T00:00:00Z", "-0.25"),
      ],
    ];
    const range = period;
    const perSeller = (tables: Pick<PartialTables, "orders">): RevenuePerSellerResult =>
      revenuePerSeller(tables.orders, { range, grain: "month" });
    const split = await computeFromPartials(perSeller, (asked) =>
      roundTrip(pieces.flatMap((records, part) => computePartials(asked, { orders: orderTable(records) }, { part }))),
    );
    expect(JSON.stringify(split)).toBe(JSON.stringify(perSeller({ orders: orderTable(pieces.flat()) })));
    expect(split.sellers.map((seller) => seller.sellerId)).toEqual(["__proto__", "constructor", "ann"]);
    const total = quarter(
      partialTables(
        roundTrip(pieces.flatMap((records, part) => computePartials(plans, { orders: orderTable(records) }, { part }))),
      ),
    );
    expect(total.realized.toString()).toBe("150");
  });

  it("throw the whole's MixedCurrencyError when pieces hold two currencies", () => {
    const eur = [order("o-1", "2026-01-10T09:00:00Z", "100")];
    const usd = [order("o-2", "2026-02-10T09:00:00Z", "50", "USD")];
    const states = [
      ...computePartials(plans, { orders: orderTable(usd) }, { part: 2 }),
      ...computePartials(plans, { orders: orderTable(eur) }, { part: 1 }),
    ];
    expect(() => quarter(partialTables(states))).toThrow(
      expect.objectContaining({ name: "MixedCurrencyError", message: expect.stringContaining("EUR") as unknown }),
    );
    let whole: unknown;
    try {
      quarter({ orders: orderTable([...eur, ...usd]) });
    } catch (error) {
      whole = (error as Error).message;
    }
    expect(() => quarter(partialTables(states))).toThrow(whole);
  });

  it("convert with the pieces' exchange rates, and refuse states converted and not", () => {
    const exchangeRates = createExchangeRates({
      reportingCurrency: "EUR",
      rates: [{ currency: "USD", rate: "0.5", validFrom: new Date("2025-01-01T00:00:00Z") }],
    });
    const converting = plansOf((tables) =>
      revenueVsTarget(tables.orders, { period, targets: [], asOf: period.end, exchangeRates }),
    );
    const usd = computePartials(
      converting,
      { orders: orderTable([order("o-2", "2026-02-10T09:00:00Z", "50", "USD")]) },
      { part: 2, exchangeRates },
    );
    const eur = computePartials(
      converting,
      { orders: orderTable([order("o-1", "2026-01-10T09:00:00Z", "100")]) },
      { part: 1, exchangeRates },
    );
    // worked by hand: 100 + 50 x 0.5
    expect(
      revenueVsTarget(partialTables([...usd, ...eur]).orders, {
        period,
        targets: [],
        asOf: period.end,
        exchangeRates,
      }).realized.toString(),
    ).toBe("125");
    const plain = computePartials(
      converting,
      { orders: orderTable([order("o-3", "2026-03-10T09:00:00Z", "1")]) },
      { part: 3 },
    );
    expect(() => combinePartials([...eur, ...plain])).toThrow(/converted to EUR and null/);
  });

  it("refuse a piece counted twice, states of no known format, and plans no state answers", () => {
    const january = computePartials(
      plans,
      { orders: orderTable([order("o-1", "2026-01-10T09:00:00Z", "1")]) },
      { part: 1 },
    );
    expect(() => combinePartials([...january, ...january])).toThrow(/cover piece 1/);
    expect(() => combinePartials([{ format: "x", plan: { table: "orders" }, parts: [], rowCount: 0 }])).toThrow(
      /not a partial state/,
    );
    expect(() => computePartials(plans, {}, { part: 1 })).toThrow(/reads orders, which the piece does not give/);
    expect(() => computePartials(plans, { orders: [] }, { part: -1 })).toThrow(/non-negative integer/);
    const other = { ...period, end: new Date("2026-02-01T00:00:00Z") };
    expect(() =>
      revenueVsTarget(partialTables(january).orders, { period: other, targets: [], asOf: other.end }),
    ).toThrow(/no partial state answers/);
  });

  it("say when partialsOf leaves a plan without a state", async () => {
    await expect(computeFromPartials(quarter, () => [])).rejects.toThrow(/gave no state/);
  });
});
