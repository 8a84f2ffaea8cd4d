import { describe, expect, it } from "vitest";
import { parseSurveyResponses } from "./parseSurveyResponses.js";

const row = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "q-1",
  customerId: "c-1",
  date: "2026-03-02",
  score: "9",
  scaleMin: "0",
  scaleMax: "10",
  ...overrides,
});

function issues(rows: readonly unknown[]): [string, string][] {
  const result = parseSurveyResponses(rows);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseSurveyResponses", () => {
  it("reads scores as exact decimals, on any scale, ends included", () => {
    const { records, errors } = parseSurveyResponses([
      row(),
      row({ id: "q-2", score: 1, scaleMin: 1, scaleMax: 5 }),
      row({ id: "q-3", score: "-5", scaleMin: "-5", scaleMax: "5" }),
      row({ id: "q-4", score: "8.5" }),
    ]);
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.score.toString(), r.scaleMin.toString(), r.scaleMax.toString()])).toEqual([
      ["9", "0", "10"],
      ["1", "1", "5"],
      ["-5", "-5", "5"],
      ["8.5", "0", "10"],
    ]);
  });

  it("rejects a scale that is empty or upside down, on scaleMax", () => {
    expect(issues([row({ scaleMin: "10", scaleMax: "10", score: "10" })])).toEqual([
      ["scaleMax", "scaleMax (10) must be above scaleMin (10)"],
    ]);
  });

  it("rejects a score outside its own scale, on score", () => {
    expect(issues([row({ score: "10.01" }), row({ id: "q-2", score: "0", scaleMin: "1", scaleMax: "5" })])).toEqual([
      ["score", "score 10.01 is outside its scale [0, 10]"],
      ["score", "score 0 is outside its scale [1, 5]"],
    ]);
  });

  it("does not judge the scale when a bound is itself bad, and reports every field problem", () => {
    expect(issues([row({ score: "9", scaleMin: "1e1", scaleMax: "" })])).toEqual([
      ["scaleMin", "exponents are not accepted in numbers (write the digits)"],
      ["scaleMax", "required: the value is missing, null or empty"],
    ]);
  });
});
