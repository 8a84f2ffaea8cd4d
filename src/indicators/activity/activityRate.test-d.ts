import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import type { Activity, ActivityTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { Status, Thresholds } from "../types.js";
import {
  activityRate,
  ActivityRateResultSchema,
  type ActivityRateOptions,
  type ActivityRateResult,
  type ActivityRateWarningCode,
  type SellerActivityCounts,
} from "./activityRate.js";
import type { IndicatorWarning } from "../warnings.js";
import { activityRateGrouped, type ActivityRateGroupedResult } from "./activityRateGrouped.js";
import { rollingWindow } from "./rollingWindow.js";
import { activityRateSeries, type ActivityRateSeriesResult } from "./activityRateSeries.js";
import type { ActivityTable } from "../../table/activityTable.js";
import { resultFromJSON } from "../../model/resultJson.js";

declare const activities: readonly Activity[];
declare const targets: readonly ActivityTarget[];
declare const period: Period;
declare const table: ActivityTable;

describe("activityRate types", () => {
  it("returns a typed result", () => {
    const result = activityRate(activities, { targets, period });
    expectTypeOf(result).toEqualTypeOf<ActivityRateResult>();
    expectTypeOf(result.indicator).toEqualTypeOf<"activity-rate">();
    expectTypeOf(result.unit).toEqualTypeOf<"ratio">();
    expectTypeOf(result.overall.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.overall.reason).toEqualTypeOf<"no-target" | null>();
    expectTypeOf(result.overall.numerator).toEqualTypeOf<Decimal>();
    expectTypeOf(result.status).toEqualTypeOf<Status | null>();
    expectTypeOf(result.thresholds).toEqualTypeOf<Thresholds>();
    expectTypeOf(result.asOf).toEqualTypeOf<Date | null>();
    expectTypeOf(result.warnings).toEqualTypeOf<readonly IndicatorWarning<ActivityRateWarningCode>[]>();
    expectTypeOf(result.warnings[0]!.code).toEqualTypeOf<"short-window" | "targets-below-scope">();
    expectTypeOf(result.statusBasis).toEqualTypeOf<"attainment" | "pace">();
    expectTypeOf(result.pace.reason).toEqualTypeOf<"not-started" | "no-target" | null>();
    expectTypeOf(result.byType[0]!.pace.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.statusReason).toEqualTypeOf<"no-target" | "not-started" | null>();
    expectTypeOf(result.bySeller).toEqualTypeOf<readonly SellerActivityCounts[]>();
    expectTypeOf(result.totalDone).toEqualTypeOf<number>();
    expectTypeOf(result.byType[0]!.done).toEqualTypeOf<number>();
    expectTypeOf(result.byType[0]!.target).toEqualTypeOf<Decimal>();
    expectTypeOf(result.byType[0]!.rate.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.bySeller[0]!.byType[0]!.done).toEqualTypeOf<number>();
    expectTypeOf(result.explain).toEqualTypeOf<ActivityRateResult["explain"]>();
  });

  it("narrows a rate on its value", () => {
    const rate = activityRate(activities, { targets, period }).overall;
    if (rate.value === null) expectTypeOf(rate.reason).toEqualTypeOf<"no-target">();
    else expectTypeOf(rate.reason).toEqualTypeOf<null>();
  });

  it("requires a period and checks option types", () => {
    // @ts-expect-error the period is required
    activityRate(activities, { targets });
    // @ts-expect-error minWindowDays is a number
    activityRate(activities, { targets, period, minWindowDays: "28" });
    expectTypeOf<ActivityRateOptions["types"]>().toEqualTypeOf<readonly string[] | undefined>();
  });

  it("takes the targets as an option, no longer as a positional argument", () => {
    expectTypeOf<ActivityRateOptions["targets"]>().toEqualTypeOf<readonly ActivityTarget[]>();
    // @ts-expect-error the targets are required (pass [] for none)
    activityRate(activities, { period });
    // @ts-expect-error the positional form is gone
    activityRate(activities, targets, { period });
  });

  it("reads results back with the schema", () => {
    expectTypeOf(resultFromJSON(ActivityRateResultSchema, "{}")).toEqualTypeOf<ActivityRateResult>();
  });

  it("groups and windows", () => {
    expectTypeOf(
      activityRateGrouped(activities, { targets, period, groupBy: "team" }),
    ).toEqualTypeOf<ActivityRateGroupedResult>();
    // @ts-expect-error no scope on a grouped computation
    activityRateGrouped(activities, { targets, period, groupBy: "seller", scope: { level: "company" } });
    expectTypeOf(rollingWindow(new Date(), 28)).toEqualTypeOf<Period>();
  });

  it("accepts an activity table wherever it accepts activities", () => {
    expectTypeOf(activityRate(table, { targets, period })).toEqualTypeOf<ActivityRateResult>();
    expectTypeOf(activityRateSeries(table, { targets, range: period })).toEqualTypeOf<ActivityRateSeriesResult>();
    expectTypeOf(
      activityRateGrouped(table, { targets, period, groupBy: "seller" }),
    ).toEqualTypeOf<ActivityRateGroupedResult>();
    expectTypeOf(activityRate).parameter(0).toEqualTypeOf<readonly Activity[] | ActivityTable>();
    expectTypeOf(activityRateSeries).parameter(0).toEqualTypeOf<readonly Activity[] | ActivityTable>();
    expectTypeOf(activityRateGrouped).parameter(0).toEqualTypeOf<readonly Activity[] | ActivityTable>();
    // @ts-expect-error a table of another kind is not an activity table
    activityRate({ kind: "orders" }, { targets, period });
  });
});
