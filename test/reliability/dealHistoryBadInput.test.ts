/**
 * The bad-input catalogue of the deal history records (spec section 7: stage changes and
 * close-date changes): one line per bad input, with the exact row error (index, id, field path,
 * message) the parse function reports. Messages are the library's own texts (src/model/_fields.ts,
 * src/model/_textFields.ts, src/period/parseInstant.ts, src/model/parseRows.ts), held word for word.
 */
import { describe, expect, it } from "vitest";
import { REQUIRED, rowErrors, type Parser } from "./rowErrors.js";
import { parseDealCloseDateChanges, parseDealStageChanges } from "../../src/index.js";

const STAGE_CHANGE = { id: "h-1", dealId: "d-1", stage: "proposal", enteredAt: "2026-02-03T10:00:00Z" } as const;
const CLOSE_CHANGE = { id: "c-1", dealId: "d-1", expectedCloseDate: "2026-04-30", changedAt: "2026-03-02" } as const;

const LINES: readonly (readonly [string, Parser, Record<string, unknown>, readonly (string | number)[], string])[] = [
  ["stage change without dealId", parseDealStageChanges, { ...STAGE_CHANGE, dealId: "" }, ["dealId"], REQUIRED],
  [
    "stage change with a numeric dealId",
    parseDealStageChanges,
    { ...STAGE_CHANGE, dealId: 42 },
    ["dealId"],
    "expected text, got a number (42)",
  ],
  [
    "stage change with spaces for a stage",
    parseDealStageChanges,
    { ...STAGE_CHANGE, stage: "   " },
    ["stage"],
    "must not be blank (only spaces)",
  ],
  [
    "stage change without enteredAt",
    parseDealStageChanges,
    { ...STAGE_CHANGE, enteredAt: null },
    ["enteredAt"],
    REQUIRED,
  ],
  [
    "stage change on 30 February",
    parseDealStageChanges,
    { ...STAGE_CHANGE, enteredAt: "2026-02-30" },
    ["enteredAt"],
    "2026-02-30 is not a calendar date",
  ],
  [
    "stage change at 24:00",
    parseDealStageChanges,
    { ...STAGE_CHANGE, enteredAt: "2026-02-03T24:00" },
    ["enteredAt"],
    "24:00 is not a time of day (00:00 to 23:59:59)",
  ],
  [
    "close change without expected close",
    parseDealCloseDateChanges,
    { ...CLOSE_CHANGE, expectedCloseDate: "" },
    ["expectedCloseDate"],
    REQUIRED,
  ],
  [
    "close change on 30 February",
    parseDealCloseDateChanges,
    { ...CLOSE_CHANGE, expectedCloseDate: "2026-02-30" },
    ["expectedCloseDate"],
    "2026-02-30 is not a calendar date",
  ],
  [
    "close change with an epoch number",
    parseDealCloseDateChanges,
    { ...CLOSE_CHANGE, changedAt: 1_772_409_600_000 },
    ["changedAt"],
    "a date must be an ISO 8601 string or a Date, not number",
  ],
  ["close change without id", parseDealCloseDateChanges, { ...CLOSE_CHANGE, id: "" }, ["id"], REQUIRED],
];

describe("deal history: bad rows", () => {
  it.each(LINES)("%s", (_name, parse, row, path, message) => {
    const errors = rowErrors(parse, [row]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 0, path, message });
  });

  it("a row that is not an object, and a duplicate id, are row errors naming the index", () => {
    expect(rowErrors(parseDealStageChanges, [STAGE_CHANGE, null, STAGE_CHANGE])).toEqual([
      { index: 1, id: null, path: [], message: "a row must be a plain object (field names to values), not null" },
      {
        index: 2,
        id: "h-1",
        path: ["id"],
        message: 'duplicate id "h-1": row 0 has the same id (the later row is rejected)',
      },
    ]);
  });

  it("a local time in the daylight-saving gap is rejected, one in the fold takes the earlier instant", () => {
    // Paris skips 02:00-03:00 on 29 March 2026 and repeats 02:00-03:00 on 25 October (02:30 CEST = 00:30Z).
    expect(
      rowErrors(parseDealStageChanges, [{ ...STAGE_CHANGE, enteredAt: "2026-03-29T02:30" }], {
        timeZone: "Europe/Paris",
      })[0],
    ).toMatchObject({
      path: ["enteredAt"],
    });
    const fold = parseDealStageChanges([{ ...STAGE_CHANGE, enteredAt: "2026-10-25T02:30" }], {
      timeZone: "Europe/Paris",
    });
    expect(fold.records[0]?.enteredAt.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
});
