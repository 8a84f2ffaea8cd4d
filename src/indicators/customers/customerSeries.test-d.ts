import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order } from "../../model/types.js";
import type { Grain, Period } from "../../period/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import {
  newCustomerRevenueSeries,
  NewCustomerRevenueSeriesResultSchema,
  type NewCustomerRevenueSeriesResult,
} from "./newCustomerRevenueSeries.js";
import { newVsExistingRevenueSeries, type NewVsExistingRevenueSeriesResult } from "./newVsExistingRevenueSeries.js";
import { renewalRateSeries, type RenewalRateSeriesOptions, type RenewalRateSeriesResult } from "./renewalRateSeries.js";

declare const orders: readonly Order[];
declare const table: OrderTable;
declare const range: Period;

describe("customer series types", () => {
  it("returns typed series from arrays and tables", () => {
    const fresh = newCustomerRevenueSeries(table, { range, grain: "quarter" });
    expectTypeOf(fresh).toEqualTypeOf<NewCustomerRevenueSeriesResult>();
    expectTypeOf(fresh.indicator).toEqualTypeOf<"new-customer-revenue">();
    expectTypeOf(fresh.grain).toEqualTypeOf<Grain>();
    expectTypeOf(fresh.currency).toEqualTypeOf<string | null>();
    expectTypeOf(fresh.buckets[0]!.label).toEqualTypeOf<string>();
    expectTypeOf(fresh.buckets[0]!.newCustomers.revenue).toEqualTypeOf<Decimal>();
    expectTypeOf(fresh.total.meanRevenuePerNewCustomer.reason).toEqualTypeOf<"no-new-customers" | null>();
    expectTypeOf(newVsExistingRevenueSeries(orders, { range })).toEqualTypeOf<NewVsExistingRevenueSeriesResult>();
    const renewal = renewalRateSeries(orders, { range, asOf: new Date() });
    expectTypeOf(renewal).toEqualTypeOf<RenewalRateSeriesResult>();
    expectTypeOf(renewal.buckets[0]!.rate.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(
      resultFromJSON(NewCustomerRevenueSeriesResultSchema, "{}"),
    ).toEqualTypeOf<NewCustomerRevenueSeriesResult>();
  });

  it("takes a range, not a period, and no previousPeriod for the renewal series", () => {
    // @ts-expect-error a series takes a range
    newCustomerRevenueSeries(orders, { period: range });
    // @ts-expect-error each bucket is compared with the period just before it
    renewalRateSeries(orders, { range, previousPeriod: range });
    expectTypeOf<RenewalRateSeriesOptions>().not.toHaveProperty("previousPeriod");
    // @ts-expect-error not a grain
    renewalRateSeries(orders, { range, grain: "fortnight" });
  });
});
