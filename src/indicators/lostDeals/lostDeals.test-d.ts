import type { IndicatorWarning } from "../warnings.js";
import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import type { Deal } from "../../model/types.js";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Grain, Period } from "../../period/types.js";
import type { DealTable } from "../../table/dealTable.js";
import {
  lostDeals,
  LostDealsResultSchema,
  type LossCategory,
  type LostDealsOptions,
  type LostDealsResult,
} from "./lostDeals.js";
import { lostDealsGrouped, type LostDealsGroupedResult } from "./lostDealsGrouped.js";

declare const deals: readonly Deal[];
declare const range: Period;
declare const table: DealTable;

describe("lostDeals types", () => {
  it("returns a typed result", () => {
    const result = lostDeals(deals, { range });
    expectTypeOf(result).toEqualTypeOf<LostDealsResult>();
    expectTypeOf(result.indicator).toEqualTypeOf<"lost-deals">();
    expectTypeOf(result.unit).toEqualTypeOf<"count">();
    expectTypeOf(result.currency).toEqualTypeOf<string | null>();
    expectTypeOf(result.grain).toEqualTypeOf<Grain>();
    const bucket = result.buckets[0]!;
    expectTypeOf(bucket.lostCount).toEqualTypeOf<number>();
    expectTypeOf(bucket.lostAmount).toEqualTypeOf<Decimal>();
    expectTypeOf(bucket.lossRateByCount.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(bucket.lossRateByCount.reason).toEqualTypeOf<"no-closed-deals" | null>();
    expectTypeOf(bucket.lossRateByValue.reason).toEqualTypeOf<"no-closed-deals" | "no-closed-value" | null>();
    expectTypeOf(bucket.mean).toEqualTypeOf<Decimal | null>();
    expectTypeOf(bucket.std).toEqualTypeOf<Decimal | null>();
    expectTypeOf(bucket.threshold).toEqualTypeOf<Decimal | null>();
    expectTypeOf(bucket.flags).toEqualTypeOf<
      readonly ("spike" | "insufficient-history" | "partial" | "not-started")[]
    >();
    expectTypeOf(bucket).not.toHaveProperty("spike");
    expectTypeOf(result.asOf).toEqualTypeOf<Date | null>();
    expectTypeOf(result.warnings).toEqualTypeOf<readonly IndicatorWarning<"partial-range" | "range-not-started">[]>();
    expectTypeOf(result.spikeSettings.trailingBuckets).toEqualTypeOf<number>();
    expectTypeOf(bucket.byReason[0]!.reason).toEqualTypeOf<string | null>();
    expectTypeOf(bucket.byCategory[0]!.category).toEqualTypeOf<LossCategory>();
    expectTypeOf(result.spikeSettings.k).toEqualTypeOf<Decimal>();
    expectTypeOf<LossCategory>().toEqualTypeOf<"market" | "offer" | "internal" | "other">();
  });

  it("accepts a Map or a record of categories, and checks option types", () => {
    lostDeals(deals, { range, reasonCategories: new Map<string, LossCategory>([["price", "offer"]]) });
    lostDeals(deals, { range, reasonCategories: { price: "offer" } });
    // @ts-expect-error not a category
    lostDeals(deals, { range, reasonCategories: { price: "pricing" } });
    // @ts-expect-error the range is required
    lostDeals(deals, {});
    lostDeals(deals, { range, spike: { k: "1.5", deviation: "population", trailingBuckets: 3, minCount: 1 } });
    lostDeals(deals, { range, asOf: new Date() });
    // @ts-expect-error spike.history is now spike.trailingBuckets
    lostDeals(deals, { range, spike: { history: 3 } });
    // @ts-expect-error unknown deviation
    lostDeals(deals, { range, spike: { deviation: "mad" } });
    expectTypeOf<LostDealsOptions["grain"]>().toEqualTypeOf<Grain | undefined>();
  });

  it("reads results back with the schema and groups", () => {
    expectTypeOf(resultFromJSON(LostDealsResultSchema, "{}")).toEqualTypeOf<LostDealsResult>();
    expectTypeOf(lostDealsGrouped(deals, { range, groupBy: "seller" })).toEqualTypeOf<LostDealsGroupedResult>();
  });

  it("accepts the deals' table wherever it accepts the deals", () => {
    expectTypeOf(lostDeals(table, { range })).toEqualTypeOf<LostDealsResult>();
    expectTypeOf(lostDealsGrouped(table, { range, groupBy: "team" })).toEqualTypeOf<LostDealsGroupedResult>();
    expectTypeOf(lostDeals).parameter(0).toEqualTypeOf<readonly Deal[] | DealTable>();
    expectTypeOf(lostDealsGrouped).parameter(0).toEqualTypeOf<readonly Deal[] | DealTable>();
    // @ts-expect-error neither an array of deals nor a deal table
    lostDeals({ kind: "deals" }, { range });
  });
});
