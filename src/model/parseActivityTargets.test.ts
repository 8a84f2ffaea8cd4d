import { describe, expect, it } from "vitest";
import { ActivityTargetSchema } from "./activityTargetSchema.js";
import { parseActivityTargets } from "./parseActivityTargets.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "at-1",
    level: "seller",
    scopeId: "s-1",
    type: "call",
    start: "2026-01-01",
    end: "2026-02-01",
    count: 40,
    ...overrides,
  };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseActivityTargets>[1]): [string, string][] {
  const result = parseActivityTargets(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseActivityTargets", () => {
  it("reads a JSON row", () => {
    const target = parseActivityTargets([row()]).records[0]!;
    expect(target.level).toBe("seller");
    expect(target.scopeId).toBe("s-1");
    expect(target.type).toBe("call");
    expect(target.start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(target.end.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(target.count.toString()).toBe("40");
  });

  it("reads a CSV row (team level, fractional count)", () => {
    const result = parseActivityTargets([
      {
        id: "at-2",
        level: "team",
        scopeId: "north",
        type: "demo",
        start: "2026-01-01T00:00:00+01:00",
        end: "2026-04-01",
        count: "12.5",
      },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.records[0]?.start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(result.records[0]?.count.toString()).toBe("12.5");
  });

  it("rejects a negative or malformed count", () => {
    expect(issues([row({ count: -1 })])).toEqual([["count", "must be at least 0 (got -1)"]]);
    expect(issues([row({ count: "1e2" })])[0]?.[1]).toContain("exponents are not accepted in numbers");
    expect(issues([row({ count: "" })])).toEqual([["count", "required: the value is missing, null or empty"]]);
    expect(parseActivityTargets([row({ count: "0" })]).records[0]?.count.isZero()).toBe(true);
  });

  it("applies the scope and range rules of targets", () => {
    expect(issues([row({ level: "company" })])).toEqual([
      ["scopeId", "a company target has no scopeId (leave it empty)"],
    ]);
    expect(issues([row({ scopeId: "" })])).toEqual([
      ["scopeId", "required: a seller target needs the seller id in scopeId"],
    ]);
    expect(issues([row({ end: "2025-12-31" })])).toEqual([
      ["end", "end (2025-12-31T00:00:00.000Z) must be after start (2026-01-01T00:00:00.000Z)"],
    ]);
  });

  it("requires a type", () => {
    expect(issues([row({ type: null })])).toEqual([["type", "required: the value is missing, null or empty"]]);
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row(), row()])[0]?.[0]).toBe("id");
    expect(issues([row({ extra: "" })], { unknownKeys: "reject" })).toEqual([
      ["extra", 'unknown field "extra" (strict mode accepts only id, level, scopeId, start, end, type, count)'],
    ]);
  });

  it("is usable as a zod schema", () => {
    expect(ActivityTargetSchema.safeParse(row()).success).toBe(true);
  });
});
