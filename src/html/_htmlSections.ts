/**
 * The tables of the HTML report, one per headline indicator, with the figures in the locale's
 * style beside each chart, and the headline tiles above them.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { formatMoney } from "../format/formatMoney.js";
import { formatNumber } from "../format/formatNumber.js";
import { EMPTY_FIGURE_PLACEHOLDER } from "../format/formatOptions.js";
import { formatPercent } from "../format/formatPercent.js";
import type { ReasonCode } from "../format/labelCodes.js";
import { labelOf } from "../format/labels.js";
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { Ratio, Status } from "../model/figures.js";
import { escapeHtml } from "./_escape.js";
import type { HtmlText } from "./_htmlText.js";

/** The formatters and words of one report. */
export interface Formats {
  readonly locale: string;
  readonly text: HtmlText;
  name(id: string): string;
  money(value: Decimal, currency: string | null): string;
  percent(ratio: Ratio<ReasonCode>): string;
  count(value: number): string;
  /** A status as a coloured pill (escaped HTML), or the reason there is none. */
  pill(status: Status | null, reason: ReasonCode | null): string;
}

/** The formatters of `locale`. */
export function formats(locale: string, text: HtmlText, names: ReadonlyMap<string, string> | undefined): Formats {
  const options = { locale };
  return {
    locale,
    text,
    name: (id) => names?.get(id) ?? id,
    money: (value, currency) => formatMoney(value, currency, { ...options, fractionDigits: 0 }),
    percent: (ratio) => (ratio.value === null ? EMPTY_FIGURE_PLACEHOLDER : formatPercent(ratio.value, options)),
    count: (value) => formatNumber(value, options),
    pill: (status, reason) =>
      status === null
        ? `<span class="pill none">${escapeHtml(reason === null ? EMPTY_FIGURE_PLACEHOLDER : labelOf("reason", reason, options))}</span>`
        : `<span class="pill ${status}">${escapeHtml(labelOf("status", status, options))}</span>`,
  };
}

/** A table cell: `html` is already escaped markup; a plain string is escaped here. */
export type Cell = string | { readonly html: string } | { readonly words: string };

/** One row of a table, with a class (`total`, `spike`) or none. */
export interface Row {
  readonly cells: readonly Cell[];
  readonly className?: string;
}

/** A table with its caption (for screen readers and the tests), header and rows. */
export function table(caption: string, headers: readonly string[], rows: readonly Row[]): string {
  const cell = (value: Cell): string =>
    typeof value === "string"
      ? `<td>${escapeHtml(value)}</td>`
      : "html" in value
        ? `<td>${value.html}</td>`
        : `<td class="words">${escapeHtml(value.words)}</td>`;
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr${row.className === undefined ? "" : ` class="${row.className}"`}>${row.cells.map(cell).join("")}</tr>`,
    )
    .join("\n");
  return `<div class="table-wrap"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** 2.1: each month's realized revenue, target, attainment, pace and status, and the total to date. */
export function revenueVsTargetTable(f: Formats, result: RevenueVsTargetSeriesResult): string {
  const { text } = f;
  const c = result.currency;
  const rows: Row[] = result.buckets.map((bucket) => ({
    cells: [
      bucket.label,
      f.money(bucket.realized, c),
      f.money(bucket.target, c),
      f.percent(bucket.attainment),
      { html: f.pill(bucket.status, bucket.statusReason) },
    ],
  }));
  const total = result.total;
  rows.push({
    className: "total",
    cells: [
      `${text.total} ${text.toDate}`,
      f.money(total.realized, c),
      f.money(total.target, c),
      f.percent(total.attainment),
      { html: f.pill(total.status, total.statusReason) },
    ],
  });
  return table(
    text.sections.revenueVsTarget,
    [text.month, text.realized, text.target, text.attainment, text.status],
    rows,
  );
}

/** 2.2: each seller's orders and revenue over the range, and the flags of the latest complete bucket. */
export function revenuePerSellerTable(f: Formats, result: RevenuePerSellerResult): string {
  const { text } = f;
  const rows: Row[] = result.sellers.map((seller) => {
    const complete = seller.points.filter(
      (point) => !point.flags.includes("partial") && !point.flags.includes("not-started"),
    );
    const flags = (complete.at(-1)?.flags ?? []).map((flag) => labelOf("flag", flag, { locale: f.locale }));
    return {
      cells: [
        f.name(seller.sellerId),
        f.count(seller.orderCount),
        f.money(seller.total, result.currency),
        { words: flags.length === 0 ? EMPTY_FIGURE_PLACEHOLDER : flags.join(", ") },
      ],
    };
  });
  return table(text.sections.revenuePerSeller, [text.seller, text.orders, text.realized, text.flags], rows);
}

/** 2.3: open deals by month of expected close, the overdue first, the undated last, then the total. */
export function pipelineTable(f: Formats, result: PipelineResult): string {
  const { text } = f;
  const c = result.currency;
  const line = (label: string, amounts: PipelineResult["totals"], className?: string): Row => ({
    cells: [label, f.count(amounts.dealCount), f.money(amounts.unweighted, c), f.money(amounts.weighted, c)],
    ...(className === undefined ? {} : { className }),
  });
  const rows = [
    line(text.overdue, result.overdue),
    ...result.buckets.map((bucket) => line(bucket.label, bucket)),
    line(text.noDate, result.undated),
    line(text.total, result.totals, "total"),
  ];
  return table(text.sections.pipeline, [text.expectedClose, text.deals, text.unweighted, text.weighted], rows);
}

/** 2.4: each seller's activities done, overall rate and status (the rates by type are in the chart). */
export function activityRateTable(f: Formats, result: ActivityRateGroupedResult): string {
  const { text } = f;
  const rows: Row[] = result.groups.map((group) => ({
    cells: [
      f.name(group.key),
      f.count(group.result.totalDone),
      f.percent(group.result.overall),
      { html: f.pill(group.result.status, group.result.statusReason) },
    ],
  }));
  return table(text.sections.activityRate, [text.seller, text.done, text.overall, text.status], rows);
}

/** 2.5: each month's lost deals, lost amount, loss rates and flags; a spike's row is marked. */
export function lostDealsTable(f: Formats, result: LostDealsResult): string {
  const { text } = f;
  const rows: Row[] = result.buckets.map((bucket) => {
    const spike = bucket.flags.includes("spike");
    const flags = bucket.flags.map((flag) => labelOf("flag", flag, { locale: f.locale }));
    return {
      cells: [
        bucket.label,
        f.count(bucket.lostCount),
        f.money(bucket.lostAmount, result.currency),
        f.percent(bucket.lossRateByCount),
        spike
          ? { html: `<span class="flag">▲ ${escapeHtml(flags.join(", "))}</span>` }
          : { words: flags.join(", ") || EMPTY_FIGURE_PLACEHOLDER },
      ],
      ...(spike ? { className: "spike" } : {}),
    };
  });
  return table(
    text.sections.lostDeals,
    [text.month, text.lost, text.lostAmount, text.lossRateCount, text.flagsShort],
    rows,
  );
}

/** A headline tile: a label, a figure, a line under it. */
export function tile(label: string, value: string, sub: string): string {
  return `<div class="tile"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="sub">${escapeHtml(sub)}</div></div>`;
}
