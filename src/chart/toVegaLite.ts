/**
 * `toVegaLite`: a headline indicator's result as a Vega-Lite chart specification, for a notebook
 * or a web page to draw in one line.
 *
 * @module
 */
import { describeValue } from "../errors/describe.js";
import { InvalidArgumentError } from "../errors/index.js";
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { ActivityRateSeriesResult } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateResult } from "../indicators/activity/activityRateTypes.js";
import type { LostDealsGroupedResult } from "../indicators/lostDeals/lostDealsGrouped.js";
import type { LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineGroupedResult } from "../indicators/pipeline/pipelineGrouped.js";
import type { PipelineSeriesResult } from "../indicators/pipeline/pipelineSeries.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetGroupedResult } from "../indicators/revenue/revenueVsTargetGrouped.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";
import { activityRateChart, activityRateGroupedChart, activityRateSeriesChart } from "./_activityCharts.js";
import { lostDealsChart, lostDealsGroupedChart } from "./_lostDealsCharts.js";
import { pipelineChart, pipelineGroupedChart, pipelineSeriesChart } from "./_pipelineCharts.js";
import {
  revenuePerSellerChart,
  revenueVsTargetChart,
  revenueVsTargetGroupedChart,
  revenueVsTargetSeriesChart,
} from "./_revenueCharts.js";
import { chartContext } from "./_vegaLiteParts.js";
import type { ChartOptions, VegaLiteSpec } from "./vegaLiteTypes.js";

/**
 * The results `toVegaLite` draws: the five headline indicators, and their series and grouped forms.
 *
 * @category Charts
 */
export type ChartableResult =
  | RevenueVsTargetResult
  | RevenueVsTargetSeriesResult
  | RevenueVsTargetGroupedResult
  | RevenuePerSellerResult
  | PipelineResult
  | PipelineSeriesResult
  | PipelineGroupedResult
  | ActivityRateResult
  | ActivityRateSeriesResult
  | ActivityRateGroupedResult
  | LostDealsResult
  | LostDealsGroupedResult;

/**
 * A headline result as a Vega-Lite chart specification (plain data, its rows inlined), so that a
 * notebook plots it in one line (`Deno.jupyter.display`, `vega-embed`, or `vega-lite`'s `compile`
 * then `vega`).
 *
 * What each result draws:
 * - revenue against target (CA réalisé / objectifs, 2.1): realized revenue as bars coloured by
 *   status, the target as a dark tick on each; one bar for a result, one per bucket for a series,
 *   one per seller or team for a grouped result;
 * - revenue per seller (CA par vendeur, 2.2): one line per seller through the buckets;
 * - pipeline (pipeline commercial, 2.3): unweighted and weighted amounts side by side by month of
 *   expected close (overdue first, undated last); per group for a grouped result; for a series,
 *   realized revenue and the weighted pipeline due in each period stacked against its target;
 * - activity rate (taux d'activité, 2.4): each type's rate coloured by status; by seller and type
 *   as a grid of cells for a grouped result; the overall rate per bucket for a series;
 * - lost deals (volume des affaires perdues, 2.5): lost deals per bucket, spikes in red with a ▲;
 *   per group for a grouped result.
 *
 * Each row carries the figure as a number for drawing only (`value`) and its exact text
 * (`exact`: the decimal as the result holds it; for a ratio, `numerator/denominator`), which the
 * tooltip shows beside the figure in the locale's style (`formatted`).
 *
 * Interpretation: the spec asks for no chart; the chart of each indicator shows the figures its
 * section of the spec names (realized against target, per seller over time, by month of expected
 * close, by seller and type, spikes marked), and a ratio's exact value is written as its parts.
 *
 * @param result - a result of `revenueVsTarget`, `revenueVsTargetSeries`, `revenueVsTargetGrouped`
 *   (by seller or team), `revenuePerSeller` (by seller), `pipeline`, `pipelineSeries`,
 *   `pipelineGrouped`, `activityRate`, `activityRateSeries`, `activityRateGrouped`, `lostDeals` or
 *   `lostDealsGrouped`
 * @param options - `locale` (French words for `fr`), `names` (display names by seller or team id),
 *   `width` and `height` of the plotting area in pixels
 * @returns a Vega-Lite specification (version 6)
 * @throws {@link InvalidArgumentError} when the result is not one of those, or an option is malformed
 * @example
 * ```ts
 * const { orders, revenueTargets, asOf } = generateSampleDataset();
 * const series = revenueVsTargetSeries(orders, { targets: revenueTargets, range: periodContaining(asOf, "quarter"), asOf });
 * const spec = toVegaLite(series, { locale: "fr-FR" });
 * spec.title.text;                //=> "CA réalisé / objectifs"
 * spec.data.values.length;        //=> 6   (a realized bar and a target tick for each of 3 months)
 * spec.data.values[0]?.series;    //=> "Réalisé"
 * typeof spec.data.values[0]?.exact; //=> "string"
 * ```
 * @category Charts
 */
export function toVegaLite(result: ChartableResult, options?: ChartOptions): VegaLiteSpec {
  const ctx = chartContext(options);
  const value: unknown = result;
  if (typeof value !== "object" || value === null)
    throw new InvalidArgumentError(`toVegaLite needs an indicator's result, got ${describeValue(value)}`);
  // Read as untyped data: a caller without types can pass anything, and each form is told by its keys.
  const shape = value as Readonly<Record<string, unknown>>;
  const keyed = (key: string): boolean => Object.hasOwn(shape, key);
  switch (shape["indicator"]) {
    case "revenue-vs-target":
      if (keyed("groups")) {
        if (shape["groupBy"] === "seller" || shape["groupBy"] === "team")
          return revenueVsTargetGroupedChart(ctx, result as RevenueVsTargetGroupedResult);
        break;
      }
      if (keyed("buckets")) return revenueVsTargetSeriesChart(ctx, result as RevenueVsTargetSeriesResult);
      if (shape["target"] !== null) return revenueVsTargetChart(ctx, result as RevenueVsTargetResult);
      break;
    case "revenue-per-seller":
      if (shape["by"] === "seller") return revenuePerSellerChart(ctx, result as RevenuePerSellerResult);
      break;
    case "pipeline":
      if (keyed("groups")) return pipelineGroupedChart(ctx, result as PipelineGroupedResult);
      if (keyed("range")) return pipelineSeriesChart(ctx, result as PipelineSeriesResult);
      return pipelineChart(ctx, result as PipelineResult);
    case "activity-rate":
      if (keyed("groups")) return activityRateGroupedChart(ctx, result as ActivityRateGroupedResult);
      if (keyed("buckets")) return activityRateSeriesChart(ctx, result as ActivityRateSeriesResult);
      return activityRateChart(ctx, result as ActivityRateResult);
    case "lost-deals":
      if (keyed("groups")) return lostDealsGroupedChart(ctx, result as LostDealsGroupedResult);
      return lostDealsChart(ctx, result as LostDealsResult);
  }
  const indicator = shape["indicator"];
  throw new InvalidArgumentError(
    `toVegaLite draws the headline results (revenue against target by seller or team, revenue per seller by seller, pipeline, activity rate, lost deals), got ${describeValue(indicator)} of that shape`,
  );
}
