import { describe, expect, it } from "vitest";
import { parsePenalties } from "./parsePenalties.js";

const row = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "p-1",
  customerId: "c-1",
  date: "2026-03-20",
  amount: "250.00",
  currency: "EUR",
  ...overrides,
});

describe("parsePenalties", () => {
  it("reads an exact amount, its currency and the optional links", () => {
    const [penalty] = parsePenalties([row({ amount: "0.10", orderId: "o-1", deliveryId: "l-1" })]).records;
    expect(penalty?.amount.toString()).toBe("0.1");
    expect(penalty?.currency).toBe("EUR");
    expect(penalty?.orderId).toBe("o-1");
    expect(penalty?.deliveryId).toBe("l-1");
  });

  it("accepts a negative amount (a penalty refunded), and the locale forms on request", () => {
    expect(parsePenalties([row({ amount: "-40" })]).records[0]?.amount.toString()).toBe("-40");
    const comma = parsePenalties([row({ amount: "1 250,50" })], { decimalComma: true });
    expect(comma.records[0]?.amount.toString()).toBe("1250.5");
  });

  it("rejects the money forms section 1 rejects, and a currency that is not ISO 4217", () => {
    const result = parsePenalties([
      row({ id: "a", amount: "1e3" }),
      row({ id: "b", amount: "1,250.50" }),
      row({ id: "c", amount: Number.NaN }),
      row({ id: "d", currency: "EURO" }),
      row({ id: "e", currency: "" }),
    ]);
    expect(result.records).toEqual([]);
    expect(result.errors.map((e) => [e.id, e.path.join(".")])).toEqual([
      ["a", "amount"],
      ["b", "amount"],
      ["c", "amount"],
      ["d", "currency"],
      ["e", "currency"],
    ]);
  });
});
