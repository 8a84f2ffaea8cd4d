import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "decimal.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "../model/types.js";
import type { Period } from "../period/types.js";
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  toRawRows,
  type SampleDataset,
  type SampleDatasetOptions,
  type SampleLossReasonCategory,
  type SampleOrderRow,
  type SampleRawRows,
  type SampleRecords,
} from "./index.js";

describe("sample types", () => {
  it("generateSampleDataset takes optional options and returns typed records", () => {
    expectTypeOf(generateSampleDataset).parameter(0).toEqualTypeOf<SampleDatasetOptions | undefined>();
    const data = generateSampleDataset();
    expectTypeOf(data).toEqualTypeOf<SampleDataset>();
    expectTypeOf(data.sellers).toEqualTypeOf<readonly Seller[]>();
    expectTypeOf(data.orders).toEqualTypeOf<readonly Order[]>();
    expectTypeOf(data.revenueTargets).toEqualTypeOf<readonly RevenueTarget[]>();
    expectTypeOf(data.deals).toEqualTypeOf<readonly Deal[]>();
    expectTypeOf(data.activities).toEqualTypeOf<readonly Activity[]>();
    expectTypeOf(data.activityTargets).toEqualTypeOf<readonly ActivityTarget[]>();
    expectTypeOf(data.stageProbabilities).toEqualTypeOf<Map<string, Decimal>>();
    expectTypeOf(data.lossReasonCategories).toEqualTypeOf<Map<string, SampleLossReasonCategory>>();
    expectTypeOf<SampleLossReasonCategory>().toEqualTypeOf<"market" | "offer" | "internal" | "other">();
    expectTypeOf(data.currency).toEqualTypeOf<"EUR">();
    expectTypeOf(data.range).toEqualTypeOf<Period>();
    expectTypeOf(data.asOf).toEqualTypeOf<Date>();
    expectTypeOf(SAMPLE_AS_OF).toEqualTypeOf<Date>();
    expectTypeOf<SampleDataset>().toExtend<SampleRecords>();
    // @ts-expect-error the start is a Date, not a string
    generateSampleDataset({ start: "2025-01-01" });
    // @ts-expect-error unknown options are rejected at compile time too
    generateSampleDataset({ order: 10 });
  });

  it("toRawRows gives plain rows: money as strings, optional fields optional", () => {
    const rows = toRawRows(generateSampleDataset());
    expectTypeOf(rows).toEqualTypeOf<SampleRawRows>();
    expectTypeOf(rows.orders).toEqualTypeOf<SampleOrderRow[]>();
    expectTypeOf<SampleOrderRow["amount"]>().toEqualTypeOf<string>();
    expectTypeOf<SampleOrderRow["date"]>().toEqualTypeOf<string>();
    expectTypeOf<SampleRawRows["deals"][number]["probability"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SampleRawRows["activities"][number]["durationMinutes"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SampleRawRows["activityTargets"][number]["count"]>().toEqualTypeOf<string>();
    expectTypeOf(toRawRows).parameter(0).toEqualTypeOf<SampleRecords>();
  });
});
