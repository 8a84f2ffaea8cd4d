/**
 * Charts of the activity rate (2.4): by type, by seller and type, and over time.
 *
 * @module
 */
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { ActivityRateSeriesResult } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateResult, ActivityTypeRate } from "../indicators/activity/activityRateTypes.js";
import type { VegaLiteDatum, VegaLiteSpec } from "./vegaLiteTypes.js";
import {
  categoryAxis,
  drawn,
  exactRatio,
  frame,
  periodText,
  quantity,
  statusScale,
  tooltip,
  type ChartContext,
} from "./_vegaLiteParts.js";

/** One type's rate as a datum: the rate drawn (0 without a target), its exact parts, its status. */
function typeDatum(ctx: ChartContext, x: string, line: ActivityTypeRate, row: string | null): VegaLiteDatum {
  const rate = line.rate;
  return {
    x,
    ...(row === null ? {} : { row }),
    value: rate.value === null ? null : drawn(rate.value),
    exact: rate.value === null ? String(line.done) : exactRatio(rate),
    formatted: rate.value === null ? `${line.done} (${ctx.text.noTarget})` : ctx.percent(rate),
    short: rate.value === null ? String(line.done) : ctx.percent(rate),
    status: ctx.status(line.status, line.statusReason),
  };
}

/** 2.4 for one scope: each type's rate (done / target), coloured by status, 100% marked. */
export function activityRateChart(ctx: ChartContext, result: ActivityRateResult): VegaLiteSpec {
  const { text } = ctx;
  const values = result.byType.map((line) => typeDatum(ctx, line.type, line, null));
  return frame(ctx, text.activityRate, periodText(result.period), values, [
    {
      name: "bars",
      transform: [{ filter: "datum.value !== null" }],
      mark: { type: "bar", cornerRadiusEnd: 2, width: { band: 0.6 } },
      encoding: {
        x: categoryAxis(text.type, values.length),
        y: quantity(text.rate, "percent"),
        color: statusScale(ctx),
        tooltip: [...tooltip(ctx, text.type, null), { field: "status", type: "nominal", title: text.status }],
      },
    },
    { name: "full", mark: { type: "rule", color: "#111827", strokeDash: [4, 3] }, encoding: { y: { datum: 1 } } },
  ]);
}

/** 2.4 by seller (or team) and type: a grid of cells, each the rate coloured by status, its percentage written in. */
export function activityRateGroupedChart(ctx: ChartContext, result: ActivityRateGroupedResult): VegaLiteSpec {
  const { text } = ctx;
  const types = [...new Set(result.groups.flatMap((group) => group.result.byType.map((line) => line.type)))];
  const rows = result.groups.map((group) => ctx.name(group.key));
  const values = result.groups.flatMap((group) =>
    group.result.byType.map((line) => typeDatum(ctx, line.type, line, ctx.name(group.key))),
  );
  const cellHeight = Math.max(22, Math.min(40, Math.floor(ctx.height / Math.max(1, rows.length))));
  const encoding = {
    x: {
      field: "x",
      type: "nominal",
      sort: types,
      title: text.type,
      axis: { orient: "top", labelAngle: 0, domain: false, ticks: false },
    },
    y: { field: "row", type: "nominal", sort: rows, title: null, axis: { domain: false, ticks: false } },
  };
  const spec = frame(
    ctx,
    text.activityRateBy,
    periodText(result.groups[0]?.result.period ?? { start: new Date(0), end: new Date(0) }),
    values,
    [
      {
        name: "cells",
        mark: { type: "rect", cornerRadius: 3, stroke: "#ffffff", strokeWidth: 2 },
        encoding: {
          ...encoding,
          color: statusScale(ctx),
          tooltip: [
            ...tooltip(ctx, text.type, null),
            { field: "row", type: "nominal", title: text.seller },
            { field: "status", type: "nominal", title: text.status },
          ],
        },
      },
      {
        name: "labels",
        mark: { type: "text", fontSize: 11, fontWeight: 600, color: "#ffffff" },
        encoding: { ...encoding, text: { field: "short", type: "nominal" } },
      },
    ],
  );
  return { ...spec, height: cellHeight * Math.max(1, rows.length) };
}

/** 2.4 bucket by bucket: the overall rate of each bucket as a line, 100% marked. */
export function activityRateSeriesChart(ctx: ChartContext, result: ActivityRateSeriesResult): VegaLiteSpec {
  const { text } = ctx;
  const values: VegaLiteDatum[] = result.buckets.map((bucket) => ({
    x: bucket.label,
    value: bucket.overall.value === null ? null : drawn(bucket.overall.value),
    exact: exactRatio(bucket.overall),
    formatted: ctx.percent(bucket.overall),
  }));
  const encoding = {
    x: categoryAxis(text.period, values.length),
    y: quantity(text.rate, "percent"),
    tooltip: tooltip(ctx, text.period, null),
  };
  return frame(ctx, text.activityRateSeries, periodText(result.range), values, [
    { name: "line", mark: { type: "line", strokeWidth: 2, color: "#2563eb" }, encoding },
    {
      name: "points",
      transform: [{ filter: "datum.value !== null" }],
      mark: { type: "point", filled: true, size: 36, color: "#2563eb" },
      encoding,
    },
    { name: "full", mark: { type: "rule", color: "#111827", strokeDash: [4, 3] }, encoding: { y: { datum: 1 } } },
  ]);
}
