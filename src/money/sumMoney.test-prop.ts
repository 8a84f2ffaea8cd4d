import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "./dec.js";
import { toDecimal } from "./decimal.js";
import { createExchangeRates } from "./exchangeRates.js";
import { sumByCurrency } from "./sumByCurrency.js";
import { sumMoney, type MoneyItem } from "./sumMoney.js";

// Amounts with up to 15 digits and 4 decimals: every sum and product below stays far under the
// 60 significant digits of the library's Decimal, so equalities are exact.
const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => new Dec(n.toString()).div(10_000));
const date = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) - 1 }).map((t) => new Date(t));
const currency = fc.constantFrom("EUR", "USD", "GBP");
const eurItem = fc.record({ amount, currency: fc.constant("EUR"), date });
const anyItem = fc.record({ amount, currency, date });

const rates = createExchangeRates({
  reportingCurrency: "EUR",
  rates: [
    { currency: "USD", rate: "0.91", validFrom: new Date("2026-01-01T00:00:00Z") },
    { currency: "USD", rate: "0.875", validFrom: new Date("2026-07-01T00:00:00Z") },
    { currency: "GBP", rate: "1.1734", validFrom: new Date("2026-01-01T00:00:00Z") },
  ],
});

test.prop(
  [
    fc
      .array(eurItem, { maxLength: 30 })
      .chain((items) =>
        fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })),
      ),
  ],
  { numRuns: 100 },
)("sumMoney is order-independent (one currency)", ([items, shuffled]) => {
  expect(sumMoney(shuffled).amount.equals(sumMoney(items).amount)).toBe(true);
});

test.prop(
  [
    fc
      .array(anyItem, { maxLength: 30 })
      .chain((items) =>
        fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })),
      ),
  ],
  { numRuns: 100 },
)("sumMoney is order-independent with exchange rates", ([items, shuffled]) => {
  const a = sumMoney(items, { exchangeRates: rates });
  const b = sumMoney(shuffled, { exchangeRates: rates });
  expect(b.amount.equals(a.amount)).toBe(true);
  expect(b.currency).toBe("EUR");
});

test.prop([fc.array(anyItem, { maxLength: 20 }), fc.integer({ min: -1000, max: 1000 })], { numRuns: 100 })(
  "scaling every amount by k scales the total by k",
  (items, k) => {
    const scaled: MoneyItem[] = items.map((i) => ({ ...i, amount: i.amount.times(k) }));
    const total = sumMoney(items, { exchangeRates: rates }).amount;
    expect(sumMoney(scaled, { exchangeRates: rates }).amount.equals(total.times(k))).toBe(true);
    const eur = items.map((i) => ({ ...i, currency: "EUR" }));
    const eurScaled = scaled.map((i) => ({ ...i, currency: "EUR" }));
    expect(sumMoney(eurScaled).amount.equals(sumMoney(eur).amount.times(k))).toBe(true);
  },
);

test.prop([fc.array(eurItem, { maxLength: 30 })], { numRuns: 100 })(
  "sumMoney equals the per-currency total for one currency",
  (items) => {
    const total = sumMoney(items);
    const byCurrency = sumByCurrency(items);
    expect(total.currency).toBe(items.length === 0 ? null : "EUR");
    expect(total.amount.equals(byCurrency.get("EUR") ?? toDecimal(0))).toBe(true);
  },
);

test.prop([fc.array(anyItem, { maxLength: 30 })], { numRuns: 100 })(
  "converting the per-currency totals gives the converted total when one rate applies per currency",
  (items) => {
    // Force one rate per currency by dating every item in the first half of 2026.
    const firstHalf = items.map((i) => ({ ...i, date: new Date(Math.min(i.date.getTime(), Date.UTC(2026, 5, 30))) }));
    const converted = sumMoney(firstHalf, { exchangeRates: rates }).amount;
    let expected = toDecimal(0);
    for (const [code, subtotal] of sumByCurrency(firstHalf))
      expected = expected.plus(subtotal.times(rates.rateOn(code, new Date("2026-01-01T00:00:00Z"))));
    expect(converted.equals(expected)).toBe(true);
  },
);

test.prop([fc.array(anyItem, { minLength: 1, maxLength: 20 })], { numRuns: 100 })(
  "without rates, mixing currencies throws exactly when two currencies appear",
  (items) => {
    const distinct = new Set(items.map((i) => i.currency));
    if (distinct.size === 1) expect(sumMoney(items).currency).toBe(items[0]?.currency);
    else expect(() => sumMoney(items)).toThrow(/several currencies/);
  },
);
