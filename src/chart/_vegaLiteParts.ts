/**
 * The pieces every chart is built from: the chart context (locale, words, names, sizes), a decimal
 * turned into a number for drawing only, the specification's frame and style, and the layers the
 * charts share (bars by series, bars coloured by status with target ticks).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { describeValue } from "../errors/describe.js";
import { InvalidArgumentError } from "../errors/index.js";
import { optionsObject } from "../errors/optionsObject.js";
import { languageOf, resolveLocale } from "../format/_intl.js";
import { formatMoney } from "../format/formatMoney.js";
import { EMPTY_FIGURE_PLACEHOLDER, type LabelLanguage } from "../format/formatOptions.js";
import { formatPercent } from "../format/formatPercent.js";
import type { ReasonCode } from "../format/labelCodes.js";
import { labelOf } from "../format/labels.js";
import type { Ratio, Status } from "../model/figures.js";
import { chartText, type ChartText } from "./_chartText.js";
import type { ChartOptions, VegaLiteDatum, VegaLiteSpec } from "./vegaLiteTypes.js";

/** The Vega-Lite schema the specifications follow. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** A categorical palette readable on white, distinct for the colour-blind in its first four. */
export const PALETTE = [
  "#2563eb",
  "#f59e0b",
  "#0d9488",
  "#db2777",
  "#7c3aed",
  "#65a30d",
  "#0891b2",
  "#ea580c",
  "#475569",
  "#9333ea",
] as const;

/** A status's colour; `none` for a figure without status. */
export const STATUS_COLORS = { good: "#16a34a", watch: "#f59e0b", alert: "#dc2626", none: "#94a3b8" } as const;

/** Everything a chart builder reads besides its result. */
export interface ChartContext {
  readonly locale: string;
  readonly language: LabelLanguage;
  readonly text: ChartText;
  readonly width: number;
  readonly height: number;
  /** A seller's or team's display name. */
  name(id: string): string;
  /** An amount in the locale, with its currency when there is one. */
  money(value: Decimal, currency: string | null): string;
  /** A ratio as a percentage in the locale, or its reason's label. */
  percent(ratio: Ratio<ReasonCode>): string;
  /** A status's label, or the label of the reason there is none. */
  status(status: Status | null, reason: ReasonCode | null): string;
}

function size(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 50 || value > 4000)
    throw new InvalidArgumentError(
      `${name} must be a whole number of pixels from 50 to 4000, got ${describeValue(value)}`,
    );
  return value;
}

/** The chart context of `options` (checked). */
export function chartContext(options: ChartOptions | undefined): ChartContext {
  const settings = optionsObject(options);
  const locale = resolveLocale(settings.locale);
  const language = languageOf(locale);
  const names = settings.names;
  const untyped: unknown = names;
  if (untyped !== undefined && !(untyped instanceof Map))
    throw new InvalidArgumentError("names must be a Map from id to display name");
  return {
    locale,
    language,
    text: chartText(language),
    width: size(settings.width, 560, "width"),
    height: size(settings.height, 260, "height"),
    name: (id) => names?.get(id) ?? id,
    money: (value, currency) => formatMoney(value, currency, { locale }),
    percent: (ratio) =>
      ratio.value === null
        ? `${EMPTY_FIGURE_PLACEHOLDER} (${labelOf("reason", ratio.reason, { locale })})`
        : formatPercent(ratio.value, { locale }),
    status: (status, reason) =>
      status !== null
        ? labelOf("status", status, { locale })
        : reason === null
          ? EMPTY_FIGURE_PLACEHOLDER
          : labelOf("reason", reason, { locale }),
  };
}

/**
 * A decimal as a number, for drawing only (the exact text goes in the tooltip). Amounts beyond a
 * double's range are drawn at its largest finite value rather than as `Infinity`.
 */
export function drawn(value: Decimal): number {
  const number = value.toNumber();
  if (Number.isFinite(number)) return number;
  return number > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

/** A ratio's exact text: `numerator/denominator` (a ratio's value is that quotient, exact). */
export function exactRatio(ratio: Ratio<ReasonCode>): string {
  return `${ratio.numerator.toString()}/${ratio.denominator.toString()}`;
}

/** The tooltip every chart shows: the category, the series, the value in the locale and exactly. */
export function tooltip(ctx: ChartContext, xTitle: string, seriesTitle: string | null): Record<string, unknown>[] {
  return [
    { field: "x", type: "nominal", title: xTitle },
    ...(seriesTitle === null ? [] : [{ field: "series", type: "nominal", title: seriesTitle }]),
    { field: "formatted", type: "nominal", title: ctx.text.value },
    { field: "exact", type: "nominal", title: ctx.text.exact },
  ];
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The house style: one font stack (no web font), quiet axes, the palette. */
export const CONFIG: Readonly<Record<string, unknown>> = {
  font: FONT,
  background: "#ffffff",
  padding: 8,
  view: { stroke: null },
  title: {
    anchor: "start",
    fontSize: 14,
    fontWeight: 600,
    color: "#111827",
    subtitleColor: "#6b7280",
    subtitleFontSize: 11,
    offset: 10,
  },
  axis: {
    labelColor: "#4b5563",
    titleColor: "#374151",
    gridColor: "#eef0f3",
    domainColor: "#9ca3af",
    tickColor: "#9ca3af",
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 500,
    labelLimit: 160,
  },
  legend: { orient: "top", labelColor: "#374151", titleColor: "#374151", labelFontSize: 11, titleFontSize: 11 },
  range: { category: [...PALETTE] },
};

/** The specification around a chart's layers. */
export function frame(
  ctx: ChartContext,
  title: string,
  subtitle: string | undefined,
  values: readonly VegaLiteDatum[],
  layer: readonly Record<string, unknown>[],
): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: subtitle === undefined ? { text: title } : { text: title, subtitle },
    description: subtitle === undefined ? title : `${title}: ${subtitle}`,
    data: { values },
    width: ctx.width,
    height: ctx.height,
    layer,
    config: CONFIG,
  };
}

/** A category axis in the data's order (categories are periods or a roster's order, never sorted by name). */
export function categoryAxis(title: string, count: number): Record<string, unknown> {
  // Past eight categories the labels of a 560-pixel chart meet: slanted, each one stays readable.
  return {
    field: "x",
    type: "nominal",
    sort: null,
    title,
    axis: { labelAngle: count > 8 ? -40 : 0, labelOverlap: true },
  };
}

/** Bars side by side, one colour per series (in `series` order), named `bars` for their SVG marks. */
export function groupedBars(
  ctx: ChartContext,
  xTitle: string,
  yTitle: string,
  seriesTitle: string,
  series: readonly string[],
  yFormat: "money" | "percent" | "count",
  count: number,
): Record<string, unknown> {
  return {
    name: "bars",
    mark: { type: "bar", cornerRadiusEnd: 2 },
    encoding: {
      x: categoryAxis(xTitle, count),
      xOffset: { field: "series", type: "nominal", sort: [...series] },
      y: quantity(yTitle, yFormat),
      color: {
        field: "series",
        type: "nominal",
        title: seriesTitle,
        scale: { domain: [...series], range: PALETTE.slice(0, series.length) },
      },
      tooltip: tooltip(ctx, xTitle, seriesTitle),
    },
  };
}

/** A quantitative axis on `value`. */
export function quantity(title: string, format: "money" | "percent" | "count"): Record<string, unknown> {
  return {
    field: "value",
    type: "quantitative",
    title,
    axis:
      format === "percent"
        ? { format: ".0%" }
        : format === "count"
          ? { format: "d", tickMinStep: 1 }
          : { format: "~s" },
  };
}

/** A colour scale from status labels to the status colours. */
export function statusScale(ctx: ChartContext): Record<string, unknown> {
  const labels = (["good", "watch", "alert"] as const).map((status) =>
    labelOf("status", status, { locale: ctx.locale }),
  );
  return {
    field: "status",
    type: "nominal",
    scale: {
      domain: [...labels, ctx.text.noTarget, EMPTY_FIGURE_PLACEHOLDER],
      range: [STATUS_COLORS.good, STATUS_COLORS.watch, STATUS_COLORS.alert, STATUS_COLORS.none, STATUS_COLORS.none],
    },
    legend: { values: labels, title: null },
  };
}

/** A period as a person reads it: its label, else its first and last days in its zone (UTC if it names none). */
export function periodText(period: {
  readonly start: Date;
  readonly end: Date;
  readonly label?: string;
  readonly timeZone?: string;
}): string {
  if (period.label !== undefined) return period.label;
  // en-CA writes a day as YYYY-MM-DD, the form of the period labels.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: period.timeZone ?? "UTC", dateStyle: "short" });
  return `${day.format(period.start)} – ${day.format(new Date(period.end.getTime() - 1))}`;
}

/** A subtitle's parts joined, the currency last. */
export function subtitle(ctx: ChartContext, parts: readonly string[], currency: string | null): string {
  return [...parts, ...(currency === null ? [] : [`${ctx.text.amount}: ${currency}`])].join(" · ");
}
