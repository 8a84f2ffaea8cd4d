import { describe, expectTypeOf, it } from "vitest";
import type { RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { Order, Deal, Activity } from "../model/types.js";
import type { Bucket } from "../period/types.js";
import { createKpiContext } from "./createKpiContext.js";
import type { KpiContext } from "./kpiContextTypes.js";
import type { IndicatorReport } from "../catalogue/computeReport.js";
import type { IndicatorEntry } from "../catalogue/listIndicators.js";
import type { WinRateResult } from "../indicators/deals/winRateTypes.js";

declare const orders: Order[];
declare const deals: Deal[];
declare const activities: Activity[];

describe("createKpiContext types", () => {
  const kpi = createKpiContext({ timeZone: "Europe/Paris", currency: "EUR", stageProbabilities: { proposal: "0.5" } });
  const period = kpi.period("2026-Q4");

  it("knows which options it binds", () => {
    expectTypeOf(kpi).toEqualTypeOf<KpiContext<"timeZone" | "currency" | "stageProbabilities">>();
    expectTypeOf(period).toEqualTypeOf<Bucket>();
    expectTypeOf(kpi.revenueVsTarget(orders, { targets: [], period })).toEqualTypeOf<RevenueVsTargetResult>();
  });

  it("a bound option can be left out or overridden", () => {
    expectTypeOf(kpi.pipeline(deals, { asOf: new Date() })).toEqualTypeOf<PipelineResult>();
    kpi.pipeline(deals, { asOf: new Date(), stageProbabilities: { proposal: "0.1" } });
    kpi.revenueVsTarget(orders, { targets: [], period, timeZone: "UTC", currency: "USD" });
  });

  it("an option bound nowhere stays required", () => {
    const bare = createKpiContext({ timeZone: "UTC" });
    // @ts-expect-error the stage map is not bound here, so the pipeline needs it
    bare.pipeline(deals, { asOf: new Date() });
  });

  it("a wrong option is a type error", () => {
    // @ts-expect-error `period` must be a Period
    kpi.revenueVsTarget(orders, { targets: [], period: "2026-Q4" });
    // @ts-expect-error unknown option
    kpi.revenueVsTarget(orders, { targets: [], period, periode: period });
    // @ts-expect-error targets are an option, and they are required
    kpi.activityRate(activities, { period });
    // @ts-expect-error a bound option keeps its type
    kpi.lostDeals(deals, { range: period, timeZone: 1 });
    // @ts-expect-error a context does not bind the period
    createKpiContext({ timeZone: "UTC", period });
  });

  it("types the catalogue forms per id, with the bound options optional", () => {
    const bound = createKpiContext({ timeZone: "Europe/Paris", asOf: "2026-06-15", locale: "fr-FR" });
    expectTypeOf(bound.computeIndicator("pipeline", { deals }, {})).toEqualTypeOf<PipelineResult>();
    expectTypeOf(bound.computeIndicator("win-rate", { deals }, { period: "2026-Q2" })).toEqualTypeOf<WinRateResult>();
    expectTypeOf(bound.computeReport({ deals }, { period: "2026-Q2" })).toEqualTypeOf<IndicatorReport>();
    expectTypeOf(bound.listIndicators()).toEqualTypeOf<readonly IndicatorEntry<string, string>[]>();
    expectTypeOf(kpi.listIndicators()).toEqualTypeOf<readonly IndicatorEntry[]>();
    // @ts-expect-error asOf is not bound here, so the pipeline needs it
    kpi.computeIndicator("pipeline", { deals }, {});
    // @ts-expect-error asOf is not bound here, so a report needs it
    kpi.computeReport({ deals }, { period: "2026-Q2" });
    // @ts-expect-error a wrong option for that id
    bound.computeIndicator("win-rate", { deals }, { period: "2026-Q2", grain: "month" });
    // @ts-expect-error no such id
    bound.computeIndicator("win-rat", { deals }, { period: "2026-Q2" });
  });
});
