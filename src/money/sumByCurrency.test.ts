import { describe, expect, it } from "vitest";
import { toDecimal } from "./decimal.js";
import { sumByCurrency } from "./sumByCurrency.js";

describe("sumByCurrency", () => {
  it("sums per currency without converting, in order of first appearance", () => {
    // worked by hand: EUR 10 - 2.5 + 0.1 + 0.2 = 7.8; USD 5 + 0.05 = 5.05; JPY 1000
    const totals = sumByCurrency([
      { amount: toDecimal("10"), currency: "USD" },
      { amount: toDecimal("10"), currency: "EUR" },
      { amount: toDecimal("-5"), currency: "USD" },
      { amount: toDecimal("-2.5"), currency: "EUR" },
      { amount: toDecimal("1000"), currency: "JPY" },
      { amount: toDecimal("0.1"), currency: "EUR" },
      { amount: toDecimal("0.2"), currency: "EUR" },
      { amount: toDecimal("0.05"), currency: "USD" },
    ]);
    expect([...totals.keys()]).toEqual(["USD", "EUR", "JPY"]);
    expect(totals.get("EUR")?.toFixed()).toBe("7.8");
    expect(totals.get("USD")?.toFixed()).toBe("5.05");
    expect(totals.get("JPY")?.toFixed()).toBe("1000");
  });

  it("returns an empty map for no items", () => {
    expect(sumByCurrency([]).size).toBe(0);
  });

  it("groups with a Map, so any key works (no prototype keys)", () => {
    const totals = sumByCurrency([
      { amount: toDecimal("1"), currency: "__proto__" },
      { amount: toDecimal("2"), currency: "constructor" },
      { amount: toDecimal("3"), currency: "__proto__" },
    ]);
    expect(totals.get("__proto__")?.toFixed()).toBe("4");
    expect(totals.get("constructor")?.toFixed()).toBe("2");
  });

  it("gives a plain zero, not -0, when amounts cancel", () => {
    const totals = sumByCurrency([
      { amount: toDecimal("-1.5"), currency: "EUR" },
      { amount: toDecimal("1.5"), currency: "EUR" },
    ]);
    expect(JSON.stringify(totals.get("EUR"))).toBe('"0"');
  });

  it("keeps sums exact beyond 20 digits", () => {
    const totals = sumByCurrency([
      { amount: toDecimal("99999999999999999999.99"), currency: "EUR" },
      { amount: toDecimal("0.01"), currency: "EUR" },
    ]);
    expect(totals.get("EUR")?.toFixed()).toBe("100000000000000000000");
  });
});
