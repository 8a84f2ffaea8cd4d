/**
 * Charts of the lost deals (2.5): by period with the spikes marked, and by group.
 *
 * @module
 */
import type { LostDealsGroupedResult } from "../indicators/lostDeals/lostDealsGrouped.js";
import type { LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import { labelOf } from "../format/labels.js";
import type { VegaLiteDatum, VegaLiteSpec } from "./vegaLiteTypes.js";
import { categoryAxis, frame, periodText, quantity, subtitle, tooltip, type ChartContext } from "./_vegaLiteParts.js";

const BAR = "#64748b";
const SPIKE = "#dc2626";

/** 2.5: lost deals per bucket as bars; a bucket flagged as a spike is red and labelled. */
export function lostDealsChart(ctx: ChartContext, result: LostDealsResult): VegaLiteSpec {
  const { text } = ctx;
  const spike = labelOf("flag", "spike", { locale: ctx.locale });
  const values: VegaLiteDatum[] = result.buckets.map((bucket) => ({
    x: bucket.label,
    value: bucket.lostCount,
    exact: String(bucket.lostCount),
    formatted: `${bucket.lostCount} (${ctx.money(bucket.lostAmount, result.currency)})`,
    spike: bucket.flags.includes("spike"),
    flags: bucket.flags.map((flag) => labelOf("flag", flag, { locale: ctx.locale })).join(", "),
  }));
  const x = categoryAxis(text.period, values.length);
  return frame(ctx, text.lostDealsTitle, subtitle(ctx, [periodText(result.range), `▲ ${spike}`], null), values, [
    {
      name: "bars",
      mark: { type: "bar", cornerRadiusEnd: 2, width: { band: 0.7 } },
      encoding: {
        x,
        y: quantity(text.lostDeals, "count"),
        color: { condition: { test: "datum.spike", value: SPIKE }, value: BAR },
        tooltip: [...tooltip(ctx, text.period, null), { field: "flags", type: "nominal", title: text.flags }],
      },
    },
    {
      name: "spikes",
      transform: [{ filter: "datum.spike" }],
      mark: { type: "text", text: "▲", color: SPIKE, dy: -9, fontSize: 12 },
      encoding: { x, y: { field: "value", type: "quantitative" } },
    },
  ]);
}

/** 2.5 by seller or team: each group's lost deals over the range. */
export function lostDealsGroupedChart(ctx: ChartContext, result: LostDealsGroupedResult): VegaLiteSpec {
  const { text } = ctx;
  const values: VegaLiteDatum[] = result.groups.map((group) => ({
    x: ctx.name(group.key),
    value: group.result.totals.lostCount,
    exact: String(group.result.totals.lostCount),
    formatted: `${group.result.totals.lostCount} (${ctx.money(group.result.totals.lostAmount, result.currency)})`,
  }));
  const range = result.groups[0]?.result.range;
  return frame(ctx, text.lostDealsBy, subtitle(ctx, range === undefined ? [] : [periodText(range)], null), values, [
    {
      name: "bars",
      mark: { type: "bar", cornerRadiusEnd: 2, color: BAR, width: { band: 0.6 } },
      encoding: {
        x: categoryAxis(text.group, values.length),
        y: quantity(text.lostDeals, "count"),
        tooltip: tooltip(ctx, text.group, null),
      },
    },
  ]);
}
