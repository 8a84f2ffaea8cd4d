/**
 * Properties of `customerSatisfactionSeries`: on random responses (mixed scales, scores between
 * points and past four decimals), zones, grains and `asOf` cuts, the series is the same on the
 * tables and record by record, each bucket is `customerSatisfaction` over that bucket, and the
 * buckets' responses add up to the total's.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../../money/dec.js";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import type { Grain } from "../../period/types.js";
import { recordColumns } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { checkSeriesOptions, checkServiceOptions } from "./_serviceSettings.js";
import { customerSatisfactionOf, customerSatisfactionSeriesOf } from "./_customerSatisfaction.js";

const FROM = Date.parse("2026-01-01T00:00:00Z");
const TO = Date.parse("2026-07-01T00:00:00Z");
const RANGE = { start: new Date("2026-02-01T00:00:00Z"), end: new Date("2026-06-01T00:00:00Z") };

const surveyArb: fc.Arbitrary<SurveyResponse> = fc
  .record({
    id: fc.constantFrom("q", "__proto__"),
    customerId: fc.constantFrom("c1", "__proto__"),
    date: fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
    scale: fc.constantFrom([0, 10], [1, 5], [1, 4], [-5, 5]),
    // Out of 60 steps: whole points, halves, thirds (past four decimals, no scaled form).
    position: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ scale, position, ...rest }) => {
    const [min, max] = scale as [number, number];
    return {
      ...rest,
      score: new Dec(min).plus(new Dec(max - min).times(position).div(60)),
      scaleMin: new Dec(min),
      scaleMax: new Dec(max),
    };
  });

test.prop([
  fc.array(surveyArb, { maxLength: 40 }).map((list) => list.map((r, i) => ({ ...r, id: `${r.id}-${i}` }))),
  fc.constantFrom("UTC", "Europe/Paris", "Australia/Lord_Howe"),
  fc.option(
    fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
    { nil: undefined },
  ),
  fc.constantFrom<Grain>("week", "month", "quarter"),
  fc.boolean(),
])(
  "customerSatisfactionSeries: tables = reference, each bucket = customerSatisfaction over it",
  (responses, timeZone, asOf, grain, explain) => {
    const base = { timeZone, explain, ...(asOf === undefined ? {} : { asOf }) };
    const { settings, series } = checkSeriesOptions({ ...base, range: RANGE, grain }, "month", checkServiceOptions);
    const table = tableRunner({ surveys: recordColumns("surveys", responses) });
    const result = customerSatisfactionSeriesOf(table, settings, series.buckets);
    expect(result).toEqual(
      customerSatisfactionSeriesOf(referenceRunner({ surveys: responses }), settings, series.buckets),
    );
    series.buckets.forEach((bucket, index) => {
      const { label, ...figures } = result.buckets[index] ?? { label: "" };
      expect(label).toBe(bucket.label);
      expect(figures).toEqual(
        customerSatisfactionOf(
          table,
          checkServiceOptions({ ...base, period: { start: bucket.start, end: bucket.end } }),
        ),
      );
    });
    expect(result.total).toEqual(customerSatisfactionOf(table, settings));
    const counted = result.buckets.reduce((total, b) => total + b.responses, 0);
    expect(counted).toBe(result.total.responses);
  },
);
