import { describe, expectTypeOf, it } from "vitest";
import type { ComplaintsPerInterventionResult } from "../../indicators/service/complaintsPerInterventionTypes.js";
import type { CustomerSatisfactionResult } from "../../indicators/service/customerSatisfactionTypes.js";
import type { DeliveryLatenessResult } from "../../indicators/service/deliveryLatenessTypes.js";
import type { DeliveryLeadTimeResult } from "../../indicators/service/deliveryLeadTimeTypes.js";
import type { NonConformingDeliveriesResult } from "../../indicators/service/nonConformingDeliveriesTypes.js";
import type { PenaltyAmountResult } from "../../indicators/service/penaltyAmountTypes.js";
import { computeIndicator } from "../computeIndicator.js";
import type { IndicatorData } from "../indicatorData.js";
import type { IndicatorOptionsOf } from "../registry.js";
import type {
  ComplaintsPerInterventionCatalogueOptions,
  DeliveryLatenessCatalogueOptions,
  PenaltyAmountCatalogueOptions,
} from "./service.js";

declare const data: IndicatorData;

describe("the service indicators by catalogue id", () => {
  it("give each id its own result type", () => {
    expectTypeOf(
      computeIndicator("customer-satisfaction", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<CustomerSatisfactionResult>();
    expectTypeOf(
      computeIndicator("complaints-per-intervention", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<ComplaintsPerInterventionResult>();
    expectTypeOf(
      computeIndicator("delivery-lateness", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<DeliveryLatenessResult>();
    expectTypeOf(computeIndicator("penalty-amount", data, { period: "2026-Q2" })).toEqualTypeOf<PenaltyAmountResult>();
    expectTypeOf(
      computeIndicator("non-conforming-deliveries", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<NonConformingDeliveriesResult>();
    expectTypeOf(
      computeIndicator("delivery-lead-time", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<DeliveryLeadTimeResult>();
    expectTypeOf<IndicatorOptionsOf<"delivery-lateness">>().toEqualTypeOf<DeliveryLatenessCatalogueOptions>();
    expectTypeOf<
      IndicatorOptionsOf<"complaints-per-intervention">
    >().toEqualTypeOf<ComplaintsPerInterventionCatalogueOptions>();
    expectTypeOf<IndicatorOptionsOf<"penalty-amount">>().toEqualTypeOf<PenaltyAmountCatalogueOptions>();
  });

  it("take their own options, periods and instants as values or text", () => {
    computeIndicator("complaints-per-intervention", data, {
      period: { start: "2026-04-01", end: new Date() },
      asOf: "2026-06-15",
      scope: { level: "seller", sellerId: "s-01" },
      complaintCategories: ["commercial", "billing"],
      interventionTypes: ["call"],
      explain: true,
    });
    computeIndicator("delivery-lead-time", data, { period: "2026-Q2", unit: "hours", dayCount: "business" });
    computeIndicator("penalty-amount", data, { period: "2026", currency: "EUR", timeZone: "Europe/Paris" });
  });

  it("make a wrong option for the id a compile error", () => {
    // @ts-expect-error: the service indicators read a period, not a range
    computeIndicator("delivery-lateness", data, { range: "2026-Q2" });
    // @ts-expect-error: the units are hours and days
    computeIndicator("delivery-lead-time", data, { period: "2026-Q2", unit: "weeks" });
    // @ts-expect-error: the roster is data, not an option
    computeIndicator("complaints-per-intervention", data, { period: "2026-Q2", sellers: [] });
    // @ts-expect-error: "legal" is no complaint category
    computeIndicator("complaints-per-intervention", data, { period: "2026-Q2", complaintCategories: ["legal"] });
    // @ts-expect-error: satisfaction takes no currency
    computeIndicator("customer-satisfaction", data, { period: "2026-Q2", currency: "EUR" });
    // @ts-expect-error: penalties need a period
    computeIndicator("penalty-amount", data, { asOf: "2026-06-15" });
  });
});
