import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import { resultFromJSON } from "../../model/resultJson.js";
import type { Order, RevenueTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { OrderTable } from "../../table/orderTable.js";
import {
  attainmentDistribution,
  AttainmentDistributionResultSchema,
  type AttainmentBand,
  type AttainmentDistributionResult,
} from "./attainmentDistribution.js";
import { newCustomerRevenue, type NewCustomerRevenueResult } from "./newCustomerRevenue.js";
import { newCustomerRevenueGrouped, type NewCustomerRevenueGroupedResult } from "./newCustomerRevenueGrouped.js";
import { newVsExistingRevenue, type NewVsExistingRevenueResult } from "./newVsExistingRevenue.js";
import {
  renewalRate,
  RenewalRateResultSchema,
  type PreviousPeriodBasis,
  type RenewalRateResult,
} from "./renewalRate.js";
import { renewalRateGrouped } from "./renewalRateGrouped.js";

declare const orders: readonly Order[];
declare const table: OrderTable;
declare const period: Period;
declare const targets: readonly RevenueTarget[];

describe("customer indicator types", () => {
  it("returns typed results from arrays and tables", () => {
    expectTypeOf(newCustomerRevenue(orders, { period })).toEqualTypeOf<NewCustomerRevenueResult>();
    expectTypeOf(newCustomerRevenue(table, { period }).indicator).toEqualTypeOf<"new-customer-revenue">();
    const split = newVsExistingRevenue(orders, { period });
    expectTypeOf(split).toEqualTypeOf<NewVsExistingRevenueResult>();
    expectTypeOf(split.newShare.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(split.newShare.reason).toEqualTypeOf<"no-customer-revenue" | null>();
    const renewal = renewalRate(orders, { period, previousPeriod: period });
    expectTypeOf(renewal.previousBasis).toEqualTypeOf<PreviousPeriodBasis>();
    expectTypeOf(renewal.rate.reason).toEqualTypeOf<"no-previous-customers" | "not-started" | null>();
    const spread = attainmentDistribution(orders, { period, targets });
    expectTypeOf(spread).toEqualTypeOf<AttainmentDistributionResult>();
    expectTypeOf(spread.sellers[0]!.band).toEqualTypeOf<AttainmentBand | null>();
  });

  it("types the grouped forms and refuses a scope or a missing groupBy", () => {
    const grouped = newCustomerRevenueGrouped(orders, { period, groupBy: "seller" });
    expectTypeOf(grouped).toEqualTypeOf<NewCustomerRevenueGroupedResult>();
    expectTypeOf(grouped.groups[0]!.result).toEqualTypeOf<NewCustomerRevenueResult>();
    expectTypeOf(
      renewalRateGrouped(orders, { period, groupBy: "team" }).groups[0]!.result,
    ).toEqualTypeOf<RenewalRateResult>();
    // @ts-expect-error groupBy is required
    newCustomerRevenueGrouped(orders, { period });
    // @ts-expect-error a grouped computation has no scope
    renewalRateGrouped(orders, { period, groupBy: "seller", scope: { level: "company" } });
    // @ts-expect-error the attainment bands are fixed: no thresholds
    attainmentDistribution(orders, { period, targets, thresholds: { good: "1" } });
  });

  it("reads results back with their schemas", () => {
    expectTypeOf(resultFromJSON(RenewalRateResultSchema, "{}")).toEqualTypeOf<RenewalRateResult>();
    expectTypeOf(
      resultFromJSON(AttainmentDistributionResultSchema, "{}"),
    ).toEqualTypeOf<AttainmentDistributionResult>();
  });
});
