import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import { recordColumns } from "../recordTable.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { executePlan } from "./executePlan.js";
import { finishPartial } from "./finishPartial.js";
import { mergePartials } from "./mergePartials.js";
import { partialPlan } from "./partial.js";
import type { AggregationPlan } from "./plan.js";

const response = (id: string, day: string, score: string, min = "0", max = "10"): SurveyResponse => ({
  id,
  customerId: "c1",
  date: new Date(`2026-${day}T00:00:00Z`),
  score: toDecimal(score),
  scaleMin: toDecimal(min),
  scaleMax: toDecimal(max),
});

const plan: AggregationPlan = {
  table: "surveys",
  time: "date",
  window: { from: Date.parse("2026-01-01T00:00:00Z"), to: Date.parse("2026-03-01T00:00:00Z") },
  buckets: [Date.parse("2026-01-01T00:00:00Z"), Date.parse("2026-02-01T00:00:00Z")],
  measures: { t: { kind: "decimalTally", columns: ["score", "scaleMin", "scaleMax"] } },
};

// Worked by hand. January: 9 twice and 3 on 0-10, 4 on 1-5. February: 9 on 0-10, and 2.33333 on
// 1-4 (five decimals: no scaled form). Entries in ascending order: score first, then the scale.
const responses = [
  response("q1", "01-05", "9"),
  response("q2", "01-06", "3"),
  response("q3", "01-07", "4", "1", "5"),
  response("q4", "01-08", "9"),
  response("q5", "02-02", "2.33333", "1", "4"),
  response("q6", "02-03", "9"),
];
const entry = (count: number, ...values: string[]) => ({ values: values.map((v) => toDecimal(v)), count });

describe("the decimalTally measure", () => {
  it("counts each combination of values by cell, in ascending order", () => {
    const cells = executePlan(plan, recordColumns("surveys", responses));
    expect(cells.get(0).t).toEqual([entry(1, "3", "0", "10"), entry(1, "4", "1", "5"), entry(2, "9", "0", "10")]);
    expect(cells.get(1).t).toEqual([entry(1, "2.33333", "1", "4"), entry(1, "9", "0", "10")]);
    expect(cells.total().t).toEqual([
      entry(1, "2.33333", "1", "4"),
      entry(1, "3", "0", "10"),
      entry(1, "4", "1", "5"),
      entry(3, "9", "0", "10"),
    ]);
  });

  it("is the same record by record and from merged partial states", () => {
    const table = executePlan(plan, recordColumns("surveys", responses));
    const reference = referenceRunner({ surveys: responses })(plan);
    expect(reference.total().t).toEqual(table.total().t);
    const first = partialPlan(plan, recordColumns("surveys", responses.slice(0, 3)), { part: 0 });
    const second = partialPlan(plan, recordColumns("surveys", responses.slice(3)), { part: 1 });
    const merged = finishPartial(JSON.parse(JSON.stringify(mergePartials(second, first))) as typeof first);
    expect(merged.get(0).t).toEqual(table.get(0).t);
    expect(merged.total().t).toEqual(table.total().t);
  });
});
