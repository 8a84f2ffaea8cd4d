import { describe, expect, it } from "vitest";
import { MissingFieldsError, RowValidationError } from "../errors/index.js";
import { createDealCloseDateChangeSchema, DealCloseDateChangeSchema } from "./closeDateChangeSchema.js";
import { parseDealCloseDateChanges } from "./parseDealCloseDateChanges.js";
import { parseDealStageChanges } from "./parseDealStageChanges.js";
import type { ParseOptions } from "./parseRows.js";
import { createDealStageChangeSchema, DealStageChangeSchema } from "./stageChangeSchema.js";

// The deal history records of spec section 7 (stage changes, close-date changes): the row-error
// contract of parseOrders (index, id, path, every issue; collect and fail-fast; strict keys;
// duplicate ids; nothing lost), and settled detail 8 for the expected close day.

const stageRow = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "h-1",
  dealId: "d-1",
  stage: "proposal",
  enteredAt: "2026-02-03T10:00:00Z",
  ...overrides,
});

const closeRow = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "c-1",
  dealId: "d-1",
  expectedCloseDate: "2026-04-30",
  changedAt: "2026-03-02T10:00:00Z",
  ...overrides,
});

type Parse = (rows: readonly unknown[], options?: ParseOptions) => { records: unknown[]; errors: unknown[] };

function issues(parse: Parse, rows: readonly unknown[], options?: ParseOptions): [string, string][] {
  const result = parse(rows, options) as ReturnType<typeof parseDealStageChanges>;
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseDealStageChanges", () => {
  it("reads JSON values and CSV cells", () => {
    const result = parseDealStageChanges([
      stageRow(),
      stageRow({ id: "h-2", enteredAt: new Date("2026-02-05T00:00:00Z") }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: new Date("2026-02-03T10:00:00Z") },
      { id: "h-2", dealId: "d-1", stage: "proposal", enteredAt: new Date("2026-02-05T00:00:00Z") },
    ]);
  });

  it("reads a date-only or naive enteredAt in the reporting zone", () => {
    // Worked by hand: Paris is UTC+1 in February, so 3 February 00:00 local is 2 February 23:00Z.
    const [a, b] = parseDealStageChanges(
      [stageRow({ enteredAt: "2026-02-03" }), stageRow({ id: "h-2", enteredAt: "2026-02-03T10:00" })],
      { timeZone: "Europe/Paris" },
    ).records;
    expect(a?.enteredAt.toISOString()).toBe("2026-02-02T23:00:00.000Z");
    expect(b?.enteredAt.toISOString()).toBe("2026-02-03T09:00:00.000Z");
  });

  it("names every problem of a row, with its index and id", () => {
    const result = parseDealStageChanges([
      stageRow(),
      stageRow({ id: "h-2", dealId: "", stage: 7, enteredAt: "2026-13-01" }),
    ]);
    expect(result.records).toHaveLength(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ index: 1, id: "h-2", path: ["dealId"] });
    expect(
      issues(parseDealStageChanges, [stageRow({ id: "h-2", dealId: "", stage: 7, enteredAt: "2026-13-01" })]),
    ).toEqual([
      ["dealId", "required: the value is missing, null or empty"],
      ["stage", "expected text, got a number (7)"],
      ["enteredAt", "2026-13-01 is not a calendar date"],
    ]);
  });

  it("rejects duplicate ids (the later row), unknown keys in strict mode, and stops at the first bad row in fail-fast mode", () => {
    expect(issues(parseDealStageChanges, [stageRow({ id: "__proto__" }), stageRow({ id: "__proto__" })])).toEqual([
      ["id", 'duplicate id "__proto__": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues(parseDealStageChanges, [stageRow({ owner: "x" })], { unknownKeys: "reject" })[0]?.[0]).toBe("owner");
    expect(issues(parseDealStageChanges, [stageRow({ owner: "x" })])).toEqual([]);
    expect(() =>
      parseDealStageChanges([stageRow(), stageRow({ id: "h-2", stage: "" })], { mode: "fail-fast" }),
    ).toThrow(RowValidationError);
  });

  it("throws MissingFieldsError for rows with none of its fields (a CSV with other headers)", () => {
    expect(() => parseDealStageChanges([{ Deal: "d-1", Phase: "proposal" }])).toThrow(MissingFieldsError);
  });

  it("is usable as a zod schema, with the factory's zone", () => {
    expect(DealStageChangeSchema.safeParse(stageRow()).success).toBe(true);
    // Worked by hand: Tokyo is UTC+9, midnight of 3 February is 2 February 15:00Z.
    expect(
      createDealStageChangeSchema({ timeZone: "Asia/Tokyo" }).parse(stageRow({ enteredAt: "2026-02-03" })).enteredAt,
    ).toEqual(new Date("2026-02-02T15:00:00Z"));
  });
});

describe("parseDealCloseDateChanges", () => {
  it("reads the expected close as a calendar day of the zone (settled detail 8)", () => {
    // Worked by hand: 2026-04-30T23:30Z is 1 May 01:30 in Paris (UTC+2); 1 May starts at 30 April 22:00Z.
    const [change] = parseDealCloseDateChanges([closeRow({ expectedCloseDate: "2026-04-30T23:30:00Z" })], {
      timeZone: "Europe/Paris",
    }).records;
    expect(change?.expectedCloseDate.toISOString()).toBe("2026-04-30T22:00:00.000Z");
    expect(change?.changedAt.toISOString()).toBe("2026-03-02T10:00:00.000Z");
    // In UTC the same instant is still 30 April.
    expect(
      parseDealCloseDateChanges([closeRow({ expectedCloseDate: "2026-04-30T23:30:00Z" })]).records[0]
        ?.expectedCloseDate,
    ).toEqual(new Date("2026-04-30T00:00:00Z"));
  });

  it("accepts an expected close before the change (a deal already late when moved)", () => {
    expect(
      issues(parseDealCloseDateChanges, [closeRow({ expectedCloseDate: "2026-01-31", changedAt: "2026-03-02" })]),
    ).toEqual([]);
  });

  it("requires every field and names every problem", () => {
    expect(issues(parseDealCloseDateChanges, [closeRow({ expectedCloseDate: "", changedAt: "1899-12-31" })])).toEqual([
      ["expectedCloseDate", "required: the value is missing, null or empty"],
      ["changedAt", expect.stringContaining("year 1899") as unknown as string],
    ]);
    expect(issues(parseDealCloseDateChanges, [closeRow({ dealId: null })])).toEqual([
      ["dealId", "required: the value is missing, null or empty"],
    ]);
  });

  it("rejects duplicate ids and keeps every row accounted for", () => {
    const rows = [closeRow(), closeRow({ dealId: "d-2" }), "not a row", closeRow({ id: "c-2" })];
    const result = parseDealCloseDateChanges(rows);
    expect(result.inputCount).toBe(4);
    expect(result.records.map((record) => record.id)).toEqual(["c-1", "c-2"]);
    expect(result.errors.map((error) => [error.index, error.path])).toEqual([
      [1, ["id"]],
      [2, []],
    ]);
  });

  it("is usable as a zod schema, with the factory's zone", () => {
    expect(DealCloseDateChangeSchema.safeParse(closeRow()).success).toBe(true);
    // Worked by hand: New York is UTC-4 on 30 April; that day starts at 04:00Z.
    expect(
      createDealCloseDateChangeSchema({ timeZone: "America/New_York" })
        .parse(closeRow())
        .expectedCloseDate.toISOString(),
    ).toBe("2026-04-30T04:00:00.000Z");
  });
});
