/**
 * The rows of the headline results' plain-text tables, shared by the command line and
 * `npm run demo`, so both print a result the same way.
 *
 * @module
 */
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { TextFormat } from "./textReport.js";

/** A table's column titles and its cells, as `textTable` takes them. @category Format */
export type TextTableParts = readonly [headers: readonly string[], rows: readonly (readonly string[])[]];

/**
 * Revenue versus target by bucket as a table: one row per bucket and one for the total to date,
 * with realized, target, attainment, pace and the status light with the basis it was judged on
 * (or the reason there is none).
 *
 * @param format - the text formatters of one locale
 * @param series - a `revenueVsTargetSeries` result
 * @param totalLabel - the label of the total's row (e.g. `"to date"`)
 * @returns the column titles and the rows
 * @throws never
 * @example
 * ```ts
 * const range = createPeriod(new Date("2026-01-01T00:00:00Z"), new Date("2026-03-01T00:00:00Z"));
 * const series = revenueVsTargetSeries([], { targets: [], range, grain: "month" });
 * const [headers, rows] = revenueSeriesTable(textFormat("en-US"), series, "to date");
 * headers; //=> ["month", "realized", "target", "attainment", "pace", "status"]
 * rows.map((row) => row[0]); //=> ["2026-01", "2026-02", "to date"]
 * ```
 * @category Format
 */
export function revenueSeriesTable(
  format: TextFormat,
  series: RevenueVsTargetSeriesResult,
  totalLabel: string,
): TextTableParts {
  return [
    ["month", "realized", "target", "attainment", "pace", "status"],
    [...series.buckets, { ...series.total, label: totalLabel }].map((bucket) => [
      bucket.label,
      format.money(bucket.realized),
      format.money(bucket.target),
      format.percent(bucket.attainment),
      format.percent(bucket.pace),
      bucket.status === null
        ? format.light(null, bucket.statusReason)
        : `${format.light(bucket.status)} (${format.label("basis", bucket.statusBasis)})`,
    ]),
  ];
}

/**
 * The pipeline by month of expected close as a table: the overdue deals, one row per bucket, the
 * deals without a date and the total, each with its deal count and its unweighted and weighted
 * amounts.
 *
 * @param format - the text formatters of one locale
 * @param result - a `pipeline` result
 * @returns the column titles and the rows
 * @throws never
 * @example
 * ```ts
 * const result = pipeline([], { asOf: new Date("2026-03-15T00:00:00Z"), stageProbabilities: {} });
 * const [headers, rows] = pipelineTable(textFormat("en-US"), result);
 * headers; //=> ["expected close", "deals", "unweighted", "weighted"]
 * rows.map((row) => row[0]); //=> ["overdue", "no date", "total"]
 * ```
 * @category Format
 */
export function pipelineTable(format: TextFormat, result: PipelineResult): TextTableParts {
  return [
    ["expected close", "deals", "unweighted", "weighted"],
    [
      ["overdue", result.overdue] as const,
      ...result.buckets.map((bucket) => [bucket.label, bucket] as const),
      ["no date", result.undated] as const,
      ["total", result.totals] as const,
    ].map(([label, amounts]) => [
      label,
      format.count(amounts.dealCount),
      format.money(amounts.unweighted),
      format.money(amounts.weighted),
    ]),
  ];
}
