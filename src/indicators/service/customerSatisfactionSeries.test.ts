import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import { surveyResponseTable } from "../../table/serviceTables.js";
import { customerSatisfactionSeries, CustomerSatisfactionSeriesResultSchema } from "./customerSatisfactionSeries.js";

const response = (id: string, date: string, score: string, scaleMin = "0", scaleMax = "10"): SurveyResponse => ({
  id,
  customerId: "c1",
  date: new Date(date),
  score: toDecimal(score),
  scaleMin: toDecimal(scaleMin),
  scaleMax: toDecimal(scaleMax),
});
const range = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const responses = [
  response("q1", "2026-01-05T00:00:00Z", "10"),
  response("q2", "2026-01-06T00:00:00Z", "9"),
  response("q3", "2026-01-07T00:00:00Z", "3"),
  response("q4", "2026-02-02T00:00:00Z", "4", "1", "5"),
  response("q5", "2026-02-03T00:00:00Z", "2.5", "1", "4"),
  response("q6", "2026-03-20T00:00:00Z", "7"),
];

describe("customerSatisfactionSeries (13)", () => {
  it("gives each month's index and NPS, the total over every response", () => {
    // Worked by hand: January 100, 90, 30: index 220/3, NPS (2 - 1) / 3 = 33.3...; February 4 on
    // 1-5 = 75 and 2.5 on 1-4 = 50: index 62.5, no 0-10 response, mixed scales not (no 0-10);
    // March 70, NPS 0 (a passive); total (100 + 90 + 30 + 75 + 50 + 70) / 6 = 69.1666...
    const series = customerSatisfactionSeries(responses, { range });
    expect(
      series.buckets.map((b) => [
        b.label,
        b.responses,
        b.index.value?.toFixed(4),
        b.nps.value?.toFixed(4) ?? b.nps.reason,
      ]),
    ).toEqual([
      ["2026-01", 3, "73.3333", "33.3333"],
      ["2026-02", 2, "62.5000", "no-0-10-responses"],
      ["2026-03", 1, "70.0000", "0.0000"],
    ]);
    expect(series.total.index.value?.toFixed(4)).toBe("69.1667");
    expect([series.total.nps.responses, series.total.nps.otherScales]).toEqual([4, 2]);
    expect(series.total.warnings.map((w) => w.code)).toEqual(["mixed-scales"]);
    expect(series.buckets.map((b) => b.warnings.length)).toEqual([0, 0, 0]);
    expect(customerSatisfactionSeries(surveyResponseTable(responses), { range })).toEqual(series);
  });

  it("cuts at asOf, lists each bucket's responses and reads back from JSON", () => {
    const series = customerSatisfactionSeries(responses, {
      range,
      grain: "quarter",
      asOf: new Date("2026-02-03T00:00:00Z"),
      explain: true,
    });
    expect(series.buckets.map((b) => [b.label, b.responses, b.explain?.responseIds])).toEqual([
      ["2026-Q1", 4, ["q1", "q2", "q3", "q4"]],
    ]);
    const back = resultFromJSON(CustomerSatisfactionSeriesResultSchema, JSON.stringify(series));
    expect(JSON.stringify(back)).toBe(JSON.stringify(series));
    expect(() => customerSatisfactionSeries(responses, { range, grain: "decade" as never })).toThrow(/grain/);
  });
});
