import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseOrMissing } from "../../test/reliability/missingFields.js";
import { startOfDayContaining } from "../period/zone.js";
import { parseDealCloseDateChanges } from "./parseDealCloseDateChanges.js";
import { parseDealStageChanges } from "./parseDealStageChanges.js";

// Properties of the deal history parsers: every row ends up in exactly one place, nothing but the
// library's errors is thrown, and an expected close is always the first instant of its day.

const PARSERS = [parseDealStageChanges, parseDealCloseDateChanges] as const;
const FIELDS = ["id", "dealId", "stage", "enteredAt", "expectedCloseDate", "changedAt", "__proto__"];
const CELL = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom("", "d-1", "2026-01-01", "2026-02-30", "2026-03-29T02:30", "proposal", "__proto__"),
);
const row = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 4 })), CELL, { maxKeys: 6 });

test.prop([fc.array(fc.oneof(row, fc.jsonValue({ maxDepth: 1 })), { maxLength: 12 }), fc.constantFrom(...PARSERS)], {
  numRuns: 100,
})("valid + rejected = input, in input order, each index once", (rows, parse) => {
  const result = parseOrMissing(rows, () => parse(rows));
  if (result === null) return;
  expect(result.inputCount).toBe(rows.length);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  const indices = result.errors.map((error) => error.index);
  expect([...indices].sort((a, b) => a - b)).toEqual(indices);
  expect(new Set(indices).size).toBe(indices.length);
  for (const error of result.errors) expect(error.issues.length).toBeGreaterThan(0);
});

const instant = fc.date({
  min: new Date("1950-01-01T00:00:00Z"),
  max: new Date("2150-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const zone = fc.constantFrom("UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu");

test.prop([instant, instant, zone], { numRuns: 100 })(
  "an expected close is the first instant of the day holding it in the zone; changedAt and enteredAt are kept to the millisecond",
  (close, changed, timeZone) => {
    const closeResult = parseDealCloseDateChanges(
      [{ id: "c", dealId: "d", expectedCloseDate: close.toISOString(), changedAt: changed.toISOString() }],
      { timeZone },
    );
    expect(closeResult.errors).toEqual([]);
    const record = closeResult.records[0]!;
    expect(record.expectedCloseDate.getTime()).toBe(startOfDayContaining(timeZone, close.getTime()));
    expect(record.changedAt.getTime()).toBe(changed.getTime());
    const stage = parseDealStageChanges([{ id: "h", dealId: "d", stage: "s", enteredAt: changed }], { timeZone });
    expect(stage.records[0]?.enteredAt.getTime()).toBe(changed.getTime());
  },
);
