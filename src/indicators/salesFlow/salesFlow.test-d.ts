import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "decimal.js";
import type { IndicatorWarning } from "../warnings.js";
import { negotiations, negotiationsGrouped, type NegotiationsGroupedOptions } from "./negotiations.js";
import { offerSuccess } from "./offerSuccess.js";
import { tenderResponseTime } from "./tenderResponseTime.js";
import { requestsOnTime } from "./requestsOnTime.js";
import type { SalesFlowWarningCode } from "./salesFlowTypes.js";

const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };

describe("sales-flow result types", () => {
  it("types ratios, reasons, durations and warnings", () => {
    const n = negotiations({ offers: [], deals: [], requests: [] }, { period });
    expectTypeOf(n.proposalRate.reason).toEqualTypeOf<"no-deals" | null>();
    expectTypeOf(n.warnings).toEqualTypeOf<readonly IndicatorWarning<SalesFlowWarningCode>[]>();
    const s = offerSuccess({ offers: [] }, { period });
    expectTypeOf(s.offers.rateByValue.reason).toEqualTypeOf<"no-offers" | "no-offer-value" | null>();
    expectTypeOf(s.offers.issuedAmount).toEqualTypeOf<Decimal>();
    const t = tenderResponseTime([], { period, unit: "hours", dayCount: "business" });
    expectTypeOf(t.indicator).toEqualTypeOf<"tender-response-time">();
    expectTypeOf(t.open.mean.reason).toEqualTypeOf<"none-open" | null>();
    expectTypeOf(requestsOnTime([], { period }).share.reason).toEqualTypeOf<"nothing-due" | null>();
  });

  it("refuses unknown kinds and units, and a scope on a grouped call", () => {
    // @ts-expect-error -- "rfp" is not a request kind
    requestsOnTime([], { period, kinds: ["rfp"] });
    // @ts-expect-error -- durations are in hours or days
    tenderResponseTime([], { period, unit: "weeks" });
    const _grouped: NegotiationsGroupedOptions = {
      period,
      groupBy: "seller",
      // @ts-expect-error -- a grouped call has no scope: each group is one
      scope: { level: "company" },
    };
    expectTypeOf(negotiationsGrouped).parameter(1).toEqualTypeOf<typeof _grouped>();
  });
});
