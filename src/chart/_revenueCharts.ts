/**
 * Charts of revenue against target (2.1: one result, a series, by group) and of revenue per seller
 * over time (2.2).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Ratio, Status } from "../model/figures.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetGroupedResult } from "../indicators/revenue/revenueVsTargetGrouped.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";
import type { ReasonCode } from "../format/labelCodes.js";
import type { VegaLiteDatum, VegaLiteSpec } from "./vegaLiteTypes.js";
import {
  categoryAxis,
  drawn,
  exactRatio,
  frame,
  periodText,
  quantity,
  statusScale,
  subtitle,
  tooltip,
  type ChartContext,
} from "./_vegaLiteParts.js";

/** The figures one bar of realized revenue and its target tick show. */
interface RealizedAgainstTarget {
  readonly x: string;
  readonly realized: Decimal;
  readonly target: Decimal;
  readonly attainment: Ratio<ReasonCode>;
  readonly status: Status | null;
  readonly statusReason: ReasonCode | null;
}

/** Realized revenue as bars coloured by status, each with its target as a dark tick. */
function realizedAgainstTarget(
  ctx: ChartContext,
  rows: readonly RealizedAgainstTarget[],
  currency: string | null,
  title: string,
  sub: string,
  xTitle: string,
): VegaLiteSpec {
  const { text } = ctx;
  const values: VegaLiteDatum[] = rows.flatMap((row) => [
    {
      x: row.x,
      series: text.realized,
      value: drawn(row.realized),
      exact: row.realized.toString(),
      formatted: ctx.money(row.realized, currency),
      attainment: ctx.percent(row.attainment),
      attainmentExact: exactRatio(row.attainment),
      status: ctx.status(row.status, row.statusReason),
    },
    {
      x: row.x,
      series: text.target,
      value: drawn(row.target),
      exact: row.target.toString(),
      formatted: ctx.money(row.target, currency),
    },
  ]);
  return frame(ctx, title, sub, values, [
    {
      name: "realized",
      transform: [{ filter: { field: "series", equal: text.realized } }],
      mark: { type: "bar", cornerRadiusEnd: 2, width: { band: 0.6 } },
      encoding: {
        x: categoryAxis(xTitle, rows.length),
        y: quantity(`${text.realized} / ${text.target}`, "money"),
        color: statusScale(ctx),
        tooltip: [
          ...tooltip(ctx, xTitle, null),
          { field: "attainment", type: "nominal", title: `${text.realized} / ${text.target}` },
          { field: "attainmentExact", type: "nominal", title: text.exact },
          { field: "status", type: "nominal", title: text.status },
        ],
      },
    },
    {
      name: "target",
      transform: [{ filter: { field: "series", equal: text.target } }],
      mark: { type: "tick", color: "#111827", thickness: 2.5, bandSize: 0.8 },
      encoding: {
        x: categoryAxis(xTitle, rows.length),
        y: { field: "value", type: "quantitative" },
        tooltip: tooltip(ctx, xTitle, text.measure),
      },
    },
  ]);
}

/** 2.1 for one period: its realized revenue against its target. */
export function revenueVsTargetChart(ctx: ChartContext, result: RevenueVsTargetResult): VegaLiteSpec {
  const label = periodText(result.period);
  return realizedAgainstTarget(
    ctx,
    [{ x: label, ...result }],
    result.currency,
    ctx.text.revenueVsTarget,
    subtitle(ctx, [label, ctx.text.barsAndTicks], result.currency),
    ctx.text.period,
  );
}

/** 2.1 bucket by bucket: each bucket's realized revenue against its prorated target. */
export function revenueVsTargetSeriesChart(ctx: ChartContext, result: RevenueVsTargetSeriesResult): VegaLiteSpec {
  return realizedAgainstTarget(
    ctx,
    result.buckets.map((bucket) => ({ x: bucket.label, ...bucket })),
    result.currency,
    ctx.text.revenueVsTarget,
    subtitle(ctx, [periodText(result.range), ctx.text.barsAndTicks], result.currency),
    ctx.text.period,
  );
}

/** 2.1 by seller or team: each group's realized revenue against its target. */
export function revenueVsTargetGroupedChart(ctx: ChartContext, result: RevenueVsTargetGroupedResult): VegaLiteSpec {
  return realizedAgainstTarget(
    ctx,
    result.groups.map((group) => ({ x: ctx.name(group.key), ...group.result })),
    result.currency,
    ctx.text.revenueVsTargetBy,
    subtitle(ctx, [periodText(result.period), ctx.text.barsAndTicks], result.currency),
    ctx.text.group,
  );
}

/** 2.2: one line per seller through the buckets, a point on each bucket. */
export function revenuePerSellerChart(ctx: ChartContext, result: RevenuePerSellerResult): VegaLiteSpec {
  const { text } = ctx;
  const sellers = result.sellers.map((seller) => ctx.name(seller.sellerId));
  // A bucket not started at asOf has no revenue yet, not a revenue of zero: it is left undrawn.
  const values: VegaLiteDatum[] = result.sellers.flatMap((seller) =>
    seller.points
      .filter((point) => !point.flags.includes("not-started"))
      .map((point) => ({
        x: point.label,
        series: ctx.name(seller.sellerId),
        value: drawn(point.realized),
        exact: point.realized.toString(),
        formatted: ctx.money(point.realized, result.currency),
      })),
  );
  const encoding = {
    x: {
      ...categoryAxis(text.period, result.buckets.length),
      scale: { domain: result.buckets.map((bucket) => bucket.label) },
    },
    y: quantity(text.realized, "money"),
    color: {
      field: "series",
      type: "nominal",
      title: text.seller,
      sort: sellers,
      legend: { orient: "bottom", columns: 4, title: null },
    },
    tooltip: tooltip(ctx, text.period, text.seller),
  };
  return frame(ctx, text.revenuePerSeller, subtitle(ctx, [periodText(result.range)], result.currency), values, [
    { name: "lines", mark: { type: "line", strokeWidth: 2 }, encoding },
    { name: "points", mark: { type: "point", filled: true, size: 36 }, encoding },
  ]);
}
