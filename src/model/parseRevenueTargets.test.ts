import { describe, expect, it } from "vitest";
import { RevenueTargetSchema } from "./revenueTargetSchema.js";
import { parseRevenueTargets } from "./parseRevenueTargets.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "t-1",
    level: "seller",
    scopeId: "s-1",
    start: "2026-01-01",
    end: "2027-01-01",
    amount: 1_200_000,
    currency: "EUR",
    ...overrides,
  };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseRevenueTargets>[1]): [string, string][] {
  const result = parseRevenueTargets(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseRevenueTargets", () => {
  it("reads a JSON row", () => {
    const target = parseRevenueTargets([row()]).records[0]!;
    expect(target.level).toBe("seller");
    expect(target.scopeId).toBe("s-1");
    expect(target.start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(target.end.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(target.amount.toString()).toBe("1200000");
    expect(target.currency).toBe("EUR");
  });

  it("reads a company target from CSV cells in the reporting zone", () => {
    // Worked by hand: Paris is UTC+1 on 1 January, so both bounds are 23:00Z the day before.
    const result = parseRevenueTargets(
      [
        {
          id: "t-2",
          level: "company",
          scopeId: "",
          start: "2026-01-01",
          end: "2027-01-01",
          amount: "1200000,50",
          currency: "EUR",
        },
      ],
      { timeZone: "Europe/Paris", decimalComma: true },
    );
    expect(result.errors).toEqual([]);
    const target = result.records[0]!;
    expect(target.scopeId).toBeUndefined();
    expect(target.start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(target.end.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(target.amount.toString()).toBe("1200000.5");
  });

  it("accepts a zero target", () => {
    expect(parseRevenueTargets([row({ amount: "0" })]).records[0]?.amount.isZero()).toBe(true);
    expect(parseRevenueTargets([row({ amount: "-0" })]).records[0]?.amount.isZero()).toBe(true);
  });

  it("rejects a negative amount and bad money", () => {
    expect(issues([row({ amount: "-1" })])).toEqual([["amount", "a target amount must be at least 0 (got -1)"]]);
    expect(issues([row({ amount: "1e6" })])[0]?.[1]).toContain("exponents");
    expect(issues([row({ amount: "" })])).toEqual([["amount", "required: the value is missing, null or empty"]]);
  });

  it("rejects a target ending before (or when) it starts, on the end path", () => {
    expect(issues([row({ start: "2026-02-01", end: "2026-01-01" })])).toEqual([
      ["end", "end (2026-01-01T00:00:00.000Z) must be after start (2026-02-01T00:00:00.000Z)"],
    ]);
    expect(issues([row({ start: "2026-02-01", end: "2026-02-01" })])[0]?.[0]).toBe("end");
  });

  it("requires scopeId for seller and team targets and forbids it for the company", () => {
    expect(issues([row({ scopeId: "" })])).toEqual([
      ["scopeId", "required: a seller target needs the seller id in scopeId"],
    ]);
    expect(issues([row({ level: "team", scopeId: undefined })])).toEqual([
      ["scopeId", "required: a team target needs the team id in scopeId"],
    ]);
    expect(issues([row({ level: "company", scopeId: "s-1" })])).toEqual([
      ["scopeId", "a company target has no scopeId (leave it empty)"],
    ]);
    expect(parseRevenueTargets([row({ level: "company", scopeId: null })]).records).toHaveLength(1);
  });

  it("rejects an unknown level without piling a scope issue on it", () => {
    expect(issues([row({ level: "region" })])).toEqual([
      ["level", 'expected one of "seller", "team", "company", got "region"'],
    ]);
    expect(issues([row({ level: "Seller" })])[0]?.[1]).toContain('got "Seller"');
  });

  it("lists field and cross-field issues of one row together", () => {
    expect(issues([row({ currency: "XYZ", level: "company", start: "2026-03-01", end: "2026-01-01" })])).toEqual([
      ["currency", 'unknown ISO 4217 currency code "XYZ"'],
      ["scopeId", "a company target has no scopeId (leave it empty)"],
      ["end", "end (2026-01-01T00:00:00.000Z) must be after start (2026-03-01T00:00:00.000Z)"],
    ]);
  });

  it("does not compare the range when a bound is invalid", () => {
    expect(issues([row({ start: "2026-02-30" })])).toEqual([["start", "2026-02-30 is not a calendar date"]]);
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row(), row()])).toEqual([
      ["id", 'duplicate id "t-1": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues([row({ quota: 1 })], { unknownKeys: "reject" })[0]?.[0]).toBe("quota");
  });

  it("is usable as a zod schema", () => {
    expect(RevenueTargetSchema.safeParse(row()).success).toBe(true);
    expect(RevenueTargetSchema.safeParse(row({ level: "company" })).success).toBe(false);
  });
});
