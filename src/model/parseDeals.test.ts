import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { createDealSchema, DealSchema } from "./dealSchema.js";
import { parseDeals } from "./parseDeals.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "d-1",
    ownerId: "s-1",
    amount: 50_000,
    currency: "EUR",
    stage: "proposal",
    createdAt: "2026-01-10T09:00:00Z",
    status: "open",
    ...overrides,
  };
}

function csvRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id: "d-1",
    ownerId: "s-1",
    customerId: "",
    amount: "50000.00",
    currency: "EUR",
    stage: "proposal",
    probability: "",
    createdAt: "2026-01-10T09:00:00Z",
    expectedCloseDate: "",
    status: "open",
    closedAt: "",
    lossReason: "",
    competitor: "",
    ...overrides,
  };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseDeals>[1]): [string, string][] {
  const result = parseDeals(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseDeals: valid rows", () => {
  it("reads an open deal in JSON form", () => {
    const deal = parseDeals([row({ probability: 0.4, expectedCloseDate: "2026-03-31", customerId: "c-1" })])
      .records[0]!;
    expect(deal.amount.toString()).toBe("50000");
    expect(deal.probability?.toString()).toBe("0.4");
    expect(deal.probability).toBeInstanceOf(Decimal);
    expect(deal.createdAt.toISOString()).toBe("2026-01-10T09:00:00.000Z");
    expect(deal.expectedCloseDate?.toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(deal.status).toBe("open");
    expect(deal.closedAt).toBeUndefined();
    expect(deal.customerId).toBe("c-1");
  });

  it("reads a lost deal from CSV cells", () => {
    const result = parseDeals([
      csvRow({
        status: "lost",
        closedAt: "2026-02-20",
        lossReason: "price",
        competitor: "Acme",
        probability: "0",
        customerId: "c-2",
      }),
    ]);
    expect(result.errors).toEqual([]);
    const deal = result.records[0]!;
    expect(deal.status).toBe("lost");
    expect(deal.closedAt?.toISOString()).toBe("2026-02-20T00:00:00.000Z");
    expect(deal.lossReason).toBe("price");
    expect(deal.competitor).toBe("Acme");
    // An explicit 0 is kept (it overrides the stage map, settled detail 7).
    expect(deal.probability?.isZero()).toBe(true);
    expect(deal.expectedCloseDate).toBeUndefined();
  });

  it("reads probabilities in [0, 1] as strings or numbers, bounds included", () => {
    for (const probability of ["0", "1", "1.0", "0.125", 0, 1, 0.5, "-0"]) {
      expect(issues([row({ probability })])).toEqual([]);
    }
    expect(parseDeals([row({ probability: "0,75" })], { decimalComma: true }).records[0]?.probability?.toString()).toBe(
      "0.75",
    );
  });

  it("accepts closedAt equal to createdAt", () => {
    expect(issues([row({ status: "won", closedAt: "2026-01-10T09:00:00Z" })])).toEqual([]);
  });
});

describe("parseDeals: expected close day (settled detail 8)", () => {
  it("reduces a date-time to the first instant of its calendar day in the zone", () => {
    // Worked by hand: 2026-03-31T23:30Z is 2026-04-01 01:30 in Paris (UTC+2 after 29 March);
    // that day starts at 2026-04-01 00:00 local = 2026-03-31T22:00Z.
    const deal = parseDeals([row({ expectedCloseDate: "2026-03-31T23:30:00Z" })], { timeZone: "Europe/Paris" })
      .records[0]!;
    expect(deal.expectedCloseDate?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    // In UTC the same instant is on 31 March.
    expect(
      parseDeals([row({ expectedCloseDate: "2026-03-31T23:30:00Z" })]).records[0]?.expectedCloseDate?.toISOString(),
    ).toBe("2026-03-31T00:00:00.000Z");
  });

  it("reduces a naive date-time and a Date too", () => {
    const [a, b] = parseDeals(
      [
        row({ id: "a", expectedCloseDate: "2026-06-15T17:45" }),
        row({ id: "b", expectedCloseDate: new Date("2026-06-15T21:59:59.999Z") }),
      ],
      { timeZone: "Europe/Paris" },
    ).records;
    // Worked by hand: 15 June starts at 14 June 22:00Z in Paris (UTC+2); 21:59:59.999Z is still 15 June local.
    expect(a?.expectedCloseDate?.toISOString()).toBe("2026-06-14T22:00:00.000Z");
    expect(b?.expectedCloseDate?.toISOString()).toBe("2026-06-14T22:00:00.000Z");
  });

  it("takes the first instant of a day whose midnight is skipped (settled detail 19)", () => {
    // Santiago skips 2026-09-06 00:00 (clocks jump to 01:00 at 04:00Z); the day starts at 01:00 local = 04:00Z.
    const deal = parseDeals([row({ expectedCloseDate: "2026-09-06T15:00" })], { timeZone: "America/Santiago" })
      .records[0]!;
    expect(deal.expectedCloseDate?.toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("rejects impossible expected close dates", () => {
    expect(issues([row({ expectedCloseDate: "2026-02-30" })])).toEqual([
      ["expectedCloseDate", "2026-02-30 is not a calendar date"],
    ]);
    expect(issues([row({ expectedCloseDate: "2201-01-01" })])[0]?.[1]).toContain("year 2201");
  });
});

describe("parseDeals: rejected rows", () => {
  it("rejects probabilities outside [0, 1] and bad forms", () => {
    expect(issues([row({ probability: "1.5" })])).toEqual([["probability", "must be between 0 and 1 (got 1.5)"]]);
    expect(issues([row({ probability: -0.1 })])).toEqual([["probability", "must be between 0 and 1 (got -0.1)"]]);
    // "50%" is now read as 0.5 (issue 9, item 4); a percentage above 100 is out of bounds.
    expect(issues([row({ probability: "150%" })])).toEqual([["probability", "must be between 0 and 1 (got 1.5)"]]);
    expect(issues([row({ probability: "50%%" })])).toEqual([["probability", '"50%" is not a decimal number']]);
    expect(issues([row({ probability: "5e-1" })])[0]?.[1]).toContain("exponents are not accepted in numbers");
    expect(issues([row({ probability: Number.NaN })])[0]?.[1]).toBe("NaN is not a finite number");
    expect(issues([row({ probability: true })])[0]?.[1]).toBe(
      "a number must be a decimal string, a finite number or a Decimal, not boolean",
    );
  });

  it("rejects a deal closed before it was created, on the closedAt path", () => {
    expect(issues([row({ createdAt: "2026-02-01", status: "won", closedAt: "2026-01-15" })])).toEqual([
      ["closedAt", "closedAt (2026-01-15T00:00:00.000Z) is before createdAt (2026-02-01T00:00:00.000Z)"],
    ]);
  });

  it("requires closedAt for won and lost deals and forbids it for open ones (settled detail 6)", () => {
    expect(issues([row({ status: "won" })])).toEqual([["closedAt", "required: a won deal needs closedAt"]]);
    expect(issues([row({ status: "lost", closedAt: "" })])).toEqual([
      ["closedAt", "required: a lost deal needs closedAt"],
    ]);
    expect(issues([row({ status: "open", closedAt: "2026-03-01" })])).toEqual([
      ["closedAt", "an open deal has no closedAt (leave it empty, or set status to won or lost)"],
    ]);
  });

  it("does not pile cross-field issues on a bad status or a bad closedAt", () => {
    expect(issues([row({ status: "Won", closedAt: "2026-03-01" })])).toEqual([
      ["status", 'expected one of "open", "won", "lost", got "Won"'],
    ]);
    expect(issues([row({ status: "won", closedAt: "2026-13-01" })])).toEqual([
      ["closedAt", "2026-13-01 is not a calendar date"],
    ]);
    expect(issues([row({ status: "won", closedAt: "2026-03-01", createdAt: "soon" })])[0]?.[0]).toBe("createdAt");
  });

  it("reports field issues and cross-field issues of one row together", () => {
    expect(issues([row({ amount: "1,5", status: "won" })])).toEqual([
      [
        "amount",
        "commas are not accepted in amounts (no thousands separators; a decimal comma needs the decimalComma option)",
      ],
      ["closedAt", "required: a won deal needs closedAt"],
    ]);
  });

  it("requires the stage and rejects an unknown currency", () => {
    expect(issues([row({ stage: "" })])).toEqual([["stage", "required: the value is missing, null or empty"]]);
    expect(issues([row({ currency: "ABC" })])).toEqual([["currency", 'unknown ISO 4217 currency code "ABC"']]);
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row({ id: "constructor" }), row({ id: "constructor" })])).toEqual([
      ["id", 'duplicate id "constructor": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues([row({ owner: "x" })], { unknownKeys: "reject" })[0]?.[0]).toBe("owner");
  });

  it("is usable as a zod schema, with the zone of the factory", () => {
    expect(DealSchema.safeParse(row()).success).toBe(true);
    const deal = createDealSchema({ timeZone: "Asia/Tokyo" }).parse(row({ createdAt: "2026-01-10" }));
    // Worked by hand: Tokyo is UTC+9, midnight of 10 January = 9 January 15:00Z.
    expect(deal.createdAt.toISOString()).toBe("2026-01-09T15:00:00.000Z");
  });
});
