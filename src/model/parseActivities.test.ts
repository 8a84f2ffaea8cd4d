import { describe, expect, it } from "vitest";
import { ActivitySchema } from "./activitySchema.js";
import { parseActivities } from "./parseActivities.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: "a-1", ownerId: "s-1", type: "visit", date: "2026-03-02T10:00:00Z", status: "done", ...overrides };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseActivities>[1]): [string, string][] {
  const result = parseActivities(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseActivities", () => {
  it("reads a JSON row", () => {
    const activity = parseActivities([row({ durationMinutes: 90, customerId: "c-1", dealId: "d-1" })]).records[0]!;
    expect(activity).toEqual({
      id: "a-1",
      ownerId: "s-1",
      type: "visit",
      date: new Date("2026-03-02T10:00:00Z"),
      status: "done",
      customerId: "c-1",
      dealId: "d-1",
      durationMinutes: 90,
    });
  });

  it("reads a CSV row (naive time in the zone, decimal minutes as a string)", () => {
    const result = parseActivities(
      [
        {
          id: "a-2",
          ownerId: "s-1",
          type: "meeting",
          date: "2026-03-02 09:30",
          status: "cancelled",
          customerId: "",
          dealId: "",
          durationMinutes: "12.5",
          cancellationCause: "service",
        },
      ],
      { timeZone: "Europe/Paris" },
    );
    expect(result.errors).toEqual([]);
    const activity = result.records[0]!;
    // Worked by hand: Paris is UTC+1 on 2 March, 09:30 local = 08:30Z.
    expect(activity.date.toISOString()).toBe("2026-03-02T08:30:00.000Z");
    expect(activity.durationMinutes).toBe(12.5);
    expect(activity.cancellationCause).toBe("service");
    expect(activity.customerId).toBeUndefined();
  });

  it("accepts any non-empty type, the known ones and the caller's own", () => {
    for (const type of [
      "call",
      "email",
      "meeting",
      "demo",
      "quote",
      "qualified-lead",
      "visit",
      "webinar",
      "Salon pro",
    ]) {
      expect(issues([row({ type })])).toEqual([]);
    }
    expect(issues([row({ type: "" })])).toEqual([["type", "required: the value is missing, null or empty"]]);
    expect(issues([row({ type: 3 })])).toEqual([["type", "expected text, got a number (3)"]]);
  });

  it("accepts the three statuses and nothing else", () => {
    for (const status of ["done", "planned", "cancelled"]) expect(issues([row({ status })])).toEqual([]);
    expect(issues([row({ status: "canceled" })])).toEqual([
      ["status", 'expected one of "done", "planned", "cancelled", got "canceled"'],
    ]);
  });

  it("reads durationMinutes as a non-negative finite number", () => {
    expect(parseActivities([row({ durationMinutes: "0" })]).records[0]?.durationMinutes).toBe(0);
    expect(parseActivities([row({ durationMinutes: "-0" })]).records[0]?.durationMinutes).toBe(0);
    expect(parseActivities([row({ durationMinutes: "7,5" })], { decimalComma: true }).records[0]?.durationMinutes).toBe(
      7.5,
    );
    expect(issues([row({ durationMinutes: -5 })])).toEqual([["durationMinutes", "must be at least 0 (got -5)"]]);
    expect(issues([row({ durationMinutes: Number.POSITIVE_INFINITY })])).toEqual([
      ["durationMinutes", "Infinity is not a finite number"],
    ]);
    expect(issues([row({ durationMinutes: "1h30" })])).toEqual([["durationMinutes", '"1h30" is not a decimal number']]);
    expect(issues([row({ durationMinutes: "9".repeat(65) })])).toEqual([
      ["durationMinutes", "a number has at most 64 characters"],
    ]);
  });

  it("rejects bad dates, a DST-gap time included", () => {
    expect(issues([row({ date: "2026-03-29T02:15" })], { timeZone: "Europe/Paris" })[0]?.[1]).toContain(
      "daylight-saving gap",
    );
    expect(issues([row({ date: "1899-06-01" })])[0]?.[1]).toContain("year 1899");
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row(), row({ type: "call" })])).toEqual([
      ["id", 'duplicate id "a-1": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues([row({ notes: "x" })], { unknownKeys: "reject" })[0]?.[0]).toBe("notes");
  });

  it("is usable as a zod schema", () => {
    expect(ActivitySchema.safeParse(row()).success).toBe(true);
  });
});
