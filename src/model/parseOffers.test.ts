import { describe, expect, it } from "vitest";
import { createOfferSchema, OfferSchema } from "./offerSchema.js";
import { parseOffers } from "./parseOffers.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "q-1",
    ownerId: "s-1",
    customerId: "c-1",
    issuedAt: "2026-03-02T09:00:00Z",
    amount: "12000.50",
    currency: "EUR",
    status: "pending",
    ...overrides,
  };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseOffers>[1]): [string, string][] {
  const result = parseOffers(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseOffers: valid rows", () => {
  it("reads a pending offer and an accepted one from CSV cells", () => {
    const result = parseOffers([
      row({ decidedAt: "", orderId: "", dealId: "" }),
      row({ id: "q-2", status: "accepted", decidedAt: "2026-03-20", orderId: "o-7", dealId: "d-3" }),
    ]);
    expect(result.errors).toEqual([]);
    const [pending, accepted] = result.records;
    expect(pending?.amount.toString()).toBe("12000.5");
    expect(pending?.decidedAt).toBeUndefined();
    expect(accepted?.decidedAt?.toISOString()).toBe("2026-03-20T00:00:00.000Z");
    expect(accepted?.orderId).toBe("o-7");
    expect(accepted?.dealId).toBe("d-3");
  });

  it("accepts every decided status with decidedAt, decidedAt equal to issuedAt included", () => {
    for (const status of ["accepted", "rejected", "expired", "withdrawn"]) {
      expect(issues([row({ status, decidedAt: "2026-03-02T09:00:00Z" })])).toEqual([]);
    }
  });

  it("reads dates in the reporting zone (worked by hand: Paris is UTC+1 on 2 March)", () => {
    const offer = parseOffers([row({ issuedAt: "2026-03-02" })], { timeZone: "Europe/Paris" }).records[0];
    expect(offer?.issuedAt.toISOString()).toBe("2026-03-01T23:00:00.000Z");
  });

  it("is usable as a zod schema, with the zone of the factory", () => {
    expect(OfferSchema.safeParse(row()).success).toBe(true);
    // Worked by hand: Tokyo is UTC+9, midnight of 2 March = 1 March 15:00Z.
    expect(
      createOfferSchema({ timeZone: "Asia/Tokyo" })
        .parse(row({ issuedAt: "2026-03-02" }))
        .issuedAt.toISOString(),
    ).toBe("2026-03-01T15:00:00.000Z");
  });
});

describe("parseOffers: rejected rows", () => {
  it("requires decidedAt for decided offers and forbids it for pending ones", () => {
    expect(issues([row({ status: "rejected" })])).toEqual([
      ["decidedAt", "required: an offer with status rejected needs decidedAt"],
    ]);
    expect(issues([row({ status: "expired", decidedAt: "" })])).toEqual([
      ["decidedAt", "required: an offer with status expired needs decidedAt"],
    ]);
    expect(issues([row({ decidedAt: "2026-03-05" })])).toEqual([
      ["decidedAt", "a pending offer has no decidedAt (leave it empty, or set the status it was decided with)"],
    ]);
  });

  it("rejects an offer decided before it was issued, on the decidedAt path", () => {
    expect(issues([row({ status: "accepted", decidedAt: "2026-03-01" })])).toEqual([
      ["decidedAt", "decidedAt (2026-03-01T00:00:00.000Z) is before issuedAt (2026-03-02T09:00:00.000Z)"],
    ]);
  });

  it("allows orderId only on an accepted offer", () => {
    expect(issues([row({ status: "rejected", decidedAt: "2026-03-05", orderId: "o-1" })])).toEqual([
      ["orderId", "an offer with status rejected has no orderId (only an accepted offer turns into an order)"],
    ]);
    expect(issues([row({ orderId: "o-1" })])).toEqual([
      ["orderId", "an offer with status pending has no orderId (only an accepted offer turns into an order)"],
    ]);
  });

  it("does not pile cross-field issues on a bad status or a bad decidedAt", () => {
    expect(issues([row({ status: "Won", decidedAt: "2026-03-05" })])).toEqual([
      ["status", 'expected one of "pending", "accepted", "rejected", "expired", "withdrawn", got "Won"'],
    ]);
    expect(issues([row({ status: "accepted", decidedAt: "2026-13-01" })])).toEqual([
      ["decidedAt", "2026-13-01 is not a calendar date"],
    ]);
  });

  it("reports field issues and cross-field issues of one row together", () => {
    expect(issues([row({ amount: "1e3", customerId: "", status: "accepted" })])).toEqual([
      ["customerId", "required: the value is missing, null or empty"],
      ["amount", expect.stringContaining("exponents are not accepted") as unknown as string],
      ["decidedAt", "required: an offer with status accepted needs decidedAt"],
    ]);
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row({ id: "__proto__" }), row({ id: "__proto__" })])).toEqual([
      ["id", 'duplicate id "__proto__": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues([row({ owner: "x" })], { unknownKeys: "reject" })[0]?.[0]).toBe("owner");
  });
});
