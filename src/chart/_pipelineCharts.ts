/**
 * Charts of the commercial pipeline (2.3): by month of expected close, the forecast per period,
 * and by group.
 *
 * @module
 */
import type { PipelineGroupedResult } from "../indicators/pipeline/pipelineGrouped.js";
import type { PipelineSeriesResult } from "../indicators/pipeline/pipelineSeries.js";
import type { PipelineAmounts, PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { VegaLiteDatum, VegaLiteSpec } from "./vegaLiteTypes.js";
import {
  categoryAxis,
  drawn,
  frame,
  groupedBars,
  periodText,
  quantity,
  subtitle,
  tooltip,
  type ChartContext,
} from "./_vegaLiteParts.js";

/** Unweighted and weighted amounts of each category, as two bars side by side. */
function amountBars(
  ctx: ChartContext,
  rows: readonly { readonly x: string; readonly amounts: PipelineAmounts }[],
  currency: string | null,
): VegaLiteDatum[] {
  const { text } = ctx;
  return rows.flatMap(({ x, amounts }) =>
    (
      [
        [text.unweighted, amounts.unweighted],
        [text.weighted, amounts.weighted],
      ] as const
    ).map(([series, amount]) => ({
      x,
      series,
      value: drawn(amount),
      exact: amount.toString(),
      formatted: ctx.money(amount, currency),
      deals: amounts.dealCount,
    })),
  );
}

/** 2.3: open deals by month (or other grain) of expected close, the overdue first and the undated last. */
export function pipelineChart(ctx: ChartContext, result: PipelineResult): VegaLiteSpec {
  const { text } = ctx;
  const rows = [
    { x: text.overdue, amounts: result.overdue },
    ...result.buckets.map((bucket) => ({ x: bucket.label, amounts: bucket })),
    { x: text.noDate, amounts: result.undated },
  ];
  const bars = groupedBars(
    ctx,
    text.expectedClose,
    text.amount,
    text.measure,
    [text.unweighted, text.weighted],
    "money",
    rows.length,
  );
  return frame(
    ctx,
    text.pipeline,
    subtitle(ctx, [`${result.totals.dealCount} ${text.deals.toLowerCase()}`], result.currency),
    amountBars(ctx, rows, result.currency),
    [withDealsTooltip(ctx, bars, text.expectedClose)],
  );
}

/** 2.3 by seller, team or customer: each group's open deals, unweighted and weighted. */
export function pipelineGroupedChart(ctx: ChartContext, result: PipelineGroupedResult): VegaLiteSpec {
  const { text } = ctx;
  const rows = [
    ...result.groups.map((group) => ({ x: ctx.name(group.key), amounts: group.result.totals })),
    ...(result.rest === null ? [] : [{ x: `+${result.rest.groupCount}`, amounts: result.rest.result.totals }]),
  ];
  const bars = groupedBars(
    ctx,
    text.group,
    text.amount,
    text.measure,
    [text.unweighted, text.weighted],
    "money",
    rows.length,
  );
  return frame(ctx, text.pipelineBy, subtitle(ctx, [], result.currency), amountBars(ctx, rows, result.currency), [
    withDealsTooltip(ctx, bars, text.group),
  ]);
}

function withDealsTooltip(ctx: ChartContext, layer: Record<string, unknown>, xTitle: string): Record<string, unknown> {
  const encoding = layer["encoding"] as Record<string, unknown>;
  return {
    ...layer,
    encoding: {
      ...encoding,
      tooltip: [
        ...tooltip(ctx, xTitle, ctx.text.measure),
        { field: "deals", type: "quantitative", title: ctx.text.deals },
      ],
    },
  };
}

/** 2.3 per forecast period: realized revenue and the weighted pipeline due in it, stacked, against the target. */
export function pipelineSeriesChart(ctx: ChartContext, result: PipelineSeriesResult): VegaLiteSpec {
  const { text } = ctx;
  const series = [text.realized, text.forecast] as const;
  const values: VegaLiteDatum[] = result.buckets.flatMap((bucket) => [
    ...(
      [
        [text.realized, bucket.realized, 0],
        [text.forecast, bucket.weightedInWindow, 1],
      ] as const
    ).map(([name, amount, order]) => ({
      x: bucket.label,
      series: name,
      order,
      value: drawn(amount),
      exact: amount.toString(),
      formatted: ctx.money(amount, result.currency),
    })),
    {
      x: bucket.label,
      series: text.target,
      order: 2,
      value: drawn(bucket.target),
      exact: bucket.target.toString(),
      formatted: ctx.money(bucket.target, result.currency),
    },
  ]);
  return frame(ctx, text.pipelineSeries, subtitle(ctx, [periodText(result.range)], result.currency), values, [
    {
      name: "bars",
      transform: [{ filter: { field: "series", oneOf: [...series] } }],
      mark: { type: "bar", width: { band: 0.6 } },
      encoding: {
        x: categoryAxis(text.period, result.buckets.length),
        y: { ...quantity(text.amount, "money"), stack: "zero" },
        color: {
          field: "series",
          type: "nominal",
          title: null,
          scale: { domain: [...series], range: ["#2563eb", "#93c5fd"] },
        },
        order: { field: "order", type: "quantitative" },
        tooltip: tooltip(ctx, text.period, text.measure),
      },
    },
    {
      name: "target",
      transform: [{ filter: { field: "series", equal: text.target } }],
      mark: { type: "tick", color: "#111827", thickness: 2.5, bandSize: 0.8 },
      encoding: {
        x: categoryAxis(text.period, result.buckets.length),
        y: { field: "value", type: "quantitative" },
        tooltip: tooltip(ctx, text.period, text.measure),
      },
    },
  ]);
}
