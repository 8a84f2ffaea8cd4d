import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { SurveyResponse } from "../../model/serviceTypes.js";
import type { Period } from "../../period/types.js";
import {
  customerSatisfactionSeries,
  CustomerSatisfactionSeriesResultSchema,
  type CustomerSatisfactionSeriesResult,
} from "./customerSatisfactionSeries.js";

declare const responses: readonly SurveyResponse[];
declare const range: Period;

describe("customerSatisfactionSeries types", () => {
  it("returns a typed series", () => {
    const series = customerSatisfactionSeries(responses, { range, grain: "week" });
    expectTypeOf(series).toEqualTypeOf<CustomerSatisfactionSeriesResult>();
    expectTypeOf(series.buckets[0]!.index.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(series.buckets[0]!.label).toEqualTypeOf<string>();
    expectTypeOf(series.total.nps.promoters).toEqualTypeOf<number>();
    expectTypeOf(
      resultFromJSON(CustomerSatisfactionSeriesResultSchema, "{}"),
    ).toEqualTypeOf<CustomerSatisfactionSeriesResult>();
    // @ts-expect-error a series takes a range
    customerSatisfactionSeries(responses, { period: range });
  });
});
