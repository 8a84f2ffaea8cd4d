/** The deal indicators by catalogue id: each id's result type, and its options as types check them. */
import { describe, expectTypeOf, it } from "vitest";
import type { AverageDealSizeResult } from "../../indicators/deals/averageDealSizeTypes.js";
import type { ForecastAccuracyResult, PipelineCoverageResult } from "../../indicators/deals/forecastTypes.js";
import type { PipelineAgeingResult } from "../../indicators/deals/pipelineAgeingTypes.js";
import type { SalesCycleLengthResult } from "../../indicators/deals/salesCycleLengthTypes.js";
import type { SalesVelocityResult } from "../../indicators/deals/salesVelocityTypes.js";
import type { SlippedDealsResult } from "../../indicators/deals/slippedDealsTypes.js";
import type { StageConversionResult } from "../../indicators/deals/stageConversionTypes.js";
import type { WinRateResult } from "../../indicators/deals/winRateTypes.js";
import { computeIndicator } from "../computeIndicator.js";
import type { IndicatorData } from "../indicatorData.js";
import type { AnyIndicatorResult, IndicatorResultOf } from "../registry.js";

declare const data: IndicatorData;

describe("deal indicators by catalogue id", () => {
  it("give each id its own result type", () => {
    expectTypeOf(computeIndicator("win-rate", data, { period: "2026-Q2" })).toEqualTypeOf<WinRateResult>();
    expectTypeOf(
      computeIndicator("average-deal-size", data, { period: "2026-Q2" }),
    ).toEqualTypeOf<AverageDealSizeResult>();
    expectTypeOf(
      computeIndicator("sales-cycle-length", data, { period: "2026", dayCount: "business" }),
    ).toEqualTypeOf<SalesCycleLengthResult>();
    expectTypeOf(computeIndicator("sales-velocity", data, { period: "2026" })).toEqualTypeOf<SalesVelocityResult>();
    expectTypeOf(
      computeIndicator("pipeline-coverage", data, { asOf: "2026-06-15", forecast: { period: "2026-Q2" } }),
    ).toEqualTypeOf<PipelineCoverageResult>();
    expectTypeOf(
      computeIndicator("stage-conversion", data, { stages: ["a", "b"] }),
    ).toEqualTypeOf<StageConversionResult>();
    expectTypeOf(computeIndicator("slipped-deals", data, { period: "2026-06" })).toEqualTypeOf<SlippedDealsResult>();
    expectTypeOf(computeIndicator("pipeline-ageing", data, { asOf: new Date() })).toEqualTypeOf<PipelineAgeingResult>();
    expectTypeOf(
      computeIndicator("forecast-accuracy", data, { period: "2026-Q2", forecastAsOf: "2026-04-01" }),
    ).toEqualTypeOf<ForecastAccuracyResult>();
    expectTypeOf<IndicatorResultOf<"win-rate">>().toExtend<AnyIndicatorResult>();
  });

  it("make a wrong or missing option a compile error", () => {
    // @ts-expect-error: the records come from the data, not the options
    computeIndicator("win-rate", data, { period: "2026", activities: [] });
    // @ts-expect-error: stage conversion takes no currency
    computeIndicator("stage-conversion", data, { stages: ["a", "b"], currency: "EUR" });
    // @ts-expect-error: forecastAsOf is required
    computeIndicator("forecast-accuracy", data, { period: "2026-Q2" });
    // @ts-expect-error: the coverage names only the forecast's period
    computeIndicator("pipeline-coverage", data, { asOf: "2026-06-15", forecast: { period: "2026-Q2", orders: [] } });
  });
});
