/**
 * `crm-kpi report`: the five headline indicators of the files read, for one period, as
 * `npm run demo` prints them (tables, status lights, one locale), and their results for `--json`.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import { createKpiContext } from "../context/createKpiContext.js";
import { isCrmKpiError } from "../errors/index.js";
import { resultToJSON } from "../format/resultToJSON.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import type { HtmlReportResults } from "../html/htmlReportTypes.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { Bucket } from "../period/types.js";
import type { Reads } from "./inputs.js";
import { formatFor, table, title, type Format } from "./text.js";

/** What the report is computed for. */
export interface ReportSettings {
  /** The period reported (its months are the columns). */
  readonly period: Bucket;
  /** The instant the report is computed at. */
  readonly asOf: Date;
  /** The report's zone. */
  readonly timeZone: string;
  /** The locale of numbers and labels. */
  readonly locale: string;
  /** The pipeline's stage map, if given. */
  readonly stageProbabilities: StageProbabilities | undefined;
}

/** The report's text and its results by indicator id. */
export interface Report {
  /** The lines to print. */
  readonly lines: readonly string[];
  /** Each computed indicator's result as JSON text (`resultToJSON`), by indicator id. */
  readonly results: ReadonlyMap<string, string>;
  /** The indicators that could not be computed, with why. */
  readonly failures: readonly string[];
  /** The computed results, by section of the HTML report. */
  readonly sections: HtmlReportResults;
  /** Why a section was not computed, by section of the HTML report. */
  readonly notComputed: Readonly<Partial<Record<keyof HtmlReportResults, string>>>;
  /** The sellers' display names by id. */
  readonly names: ReadonlyMap<string, string>;
}

/** Computes the five indicators the files allow and lays them out. */
export function buildReport(reads: Reads, settings: ReportSettings): Report {
  const { period, asOf, timeZone } = settings;
  const f = formatFor(settings.locale);
  const sellers = reads.sellers?.result.data ?? [];
  const kpi = createKpiContext({
    timeZone,
    sellers,
    ...(settings.stageProbabilities === undefined ? {} : { stageProbabilities: settings.stageProbabilities }),
  });
  const names = new Map(sellers.map((seller) => [seller.id, seller.name ?? seller.id]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const orders = reads.orders?.result.data;
  const deals = reads.deals?.result.data;
  const activities = reads.activities?.result.data;
  const revenueTargets = reads.revenueTargets?.result.data ?? [];
  const activityTargets = reads.activityTargets?.result.data ?? [];
  const lines: string[] = [];
  const results = new Map<string, string>();
  const failures: string[] = [];
  const sections: { -readonly [K in keyof HtmlReportResults]: HtmlReportResults[K] } = {};
  const notComputed: Partial<Record<keyof HtmlReportResults, string>> = {};
  const toDate = { start: period.start, end: asOf.getTime() < period.end.getTime() ? asOf : period.end };
  const counts = [
    orders === undefined ? null : `${f.count(orders.size)} orders`,
    deals === undefined ? null : `${f.count(deals.size)} deals`,
    activities === undefined ? null : `${f.count(activities.size)} activities`,
    reads.sellers === undefined ? null : `${f.count(sellers.length)} sellers`,
  ].filter((text) => text !== null);
  lines.push(`crm-kpi report: ${period.label} (${timeZone}), as of ${asOf.toISOString()}`);
  lines.push(`Read: ${counts.join(", ")}. Numbers written as ${f.locale} writes them.`);

  /** A section computed from `input`, or saying it needs that file; an indicator's refusal is shown in its place. */
  const section = <T>(
    key: keyof HtmlReportResults,
    heading: string,
    needs: string,
    input: T | undefined,
    body: (value: T) => string[],
  ): void => {
    lines.push(...title(heading));
    if (input === undefined) {
      lines.push(`(not computed: needs ${needs})`);
      notComputed[key] = `needs ${needs}`;
      return;
    }
    try {
      lines.push(...body(input));
    } catch (error) {
      if (!isCrmKpiError(error)) throw error;
      failures.push(`${heading}: ${error.message}`);
      lines.push(`(not computed: ${error.message})`);
      notComputed[key] = error.message;
    }
  };

  section(
    "revenueVsTarget",
    `1. Revenue versus target (CA réalisé / objectifs), ${period.label} by month`,
    "orders",
    orders,
    (orders) => {
      const series = kpi.revenueVsTargetSeries(orders, {
        targets: revenueTargets,
        range: period,
        grain: "month",
        asOf,
      });
      sections.revenueVsTarget = series;
      return revenueSection(f, series, results);
    },
  );
  section("revenuePerSeller", `2. Revenue per seller (CA par vendeur), ${period.label}`, "orders", orders, (orders) => {
    const result = kpi.revenuePerSeller(orders, { range: period, asOf, targets: revenueTargets });
    sections.revenuePerSeller = result;
    results.set(result.indicator, resultToJSON(result));
    return table(
      ["seller", ...result.buckets.map((bucket) => bucket.label), "total"],
      result.sellers.map((seller) => [
        nameOf(seller.sellerId),
        ...seller.points.map((point) => f.money(point.realized)),
        f.money(seller.points.reduce((sum, point) => sum.plus(point.realized), new Decimal(0))),
      ]),
    );
  });
  section(
    "pipeline",
    "3. Commercial pipeline (pipeline commercial) by month of expected close",
    "deals",
    deals,
    (deals) => {
      const result = kpi.pipeline(deals, {
        asOf,
        grain: "month",
        stageProbabilities: settings.stageProbabilities ?? {},
        ...(orders === undefined ? {} : { forecast: { period, orders, targets: revenueTargets } }),
      });
      sections.pipeline = result;
      results.set(result.indicator, resultToJSON(result));
      const rows = table(
        ["expected close", "deals", "unweighted", "weighted"],
        [
          ["overdue", result.overdue] as const,
          ...result.buckets.map((bucket) => [bucket.label, bucket] as const),
          ["no date", result.undated] as const,
          ["total", result.totals] as const,
        ].map(([label, amounts]) => [
          label,
          f.count(amounts.dealCount),
          f.money(amounts.unweighted),
          f.money(amounts.weighted),
        ]),
      );
      const forecast = result.forecast;
      if (forecast !== null)
        rows.push(
          "",
          `Forecast ${period.label}: realized ${f.money(forecast.realized)} + weighted pipeline ${f.money(forecast.weightedInWindow)} = ${f.money(forecast.forecast)} (${f.percent(forecast.forecastAttainment)} of ${f.money(forecast.target)}).`,
        );
      return rows;
    },
  );
  section(
    "activityRate",
    `4. Activity rate (taux d'activité), ${period.label} to date, per seller`,
    "activities",
    activities,
    (activities) => {
      const result = kpi.activityRateGrouped(activities, {
        targets: activityTargets,
        period: toDate,
        groupBy: "seller",
        asOf,
      });
      sections.activityRate = result;
      results.set("activity-rate", resultToJSON(result));
      const types = [...new Set(result.groups.flatMap((group) => group.result.byType.map((type) => type.type)))];
      const rows = table(
        ["seller", ...types, "overall", "status"],
        result.groups.map((group) => [
          nameOf(group.key),
          ...types.map((type) => {
            const line = group.result.byType.find((entry) => entry.type === type);
            return line === undefined ? "—" : line.rate.value === null ? f.count(line.done) : f.parts(line.rate);
          }),
          f.percent(group.result.overall),
          f.light(group.result.status, group.result.statusReason),
        ]),
      );
      rows.push("9/9: activities done / target for the period to date; a number alone: done, no target for that type.");
      return rows;
    },
  );
  section(
    "lostDeals",
    "5. Lost deals (volume des affaires perdues), the 12 months to date",
    "deals",
    deals,
    (deals) => {
      // Twelve months, so the spike flags have a history to compare with (as in the demo).
      let start = kpi.periodContaining(new Date(toDate.end.getTime() - 1), "month").start;
      for (let month = 1; month < 12; month++)
        start = kpi.periodContaining(new Date(start.getTime() - 1), "month").start;
      const result = kpi.lostDeals(deals, { range: { start, end: toDate.end } });
      sections.lostDeals = result;
      results.set(result.indicator, resultToJSON(result));
      return [
        ...table(
          ["month", "lost", "lost amount", "loss rate (count)", "loss rate (value)", "flags"],
          result.buckets.map((bucket) => [
            bucket.label,
            f.count(bucket.lostCount),
            f.money(bucket.lostAmount),
            f.percent(bucket.lossRateByCount),
            f.percent(bucket.lossRateByValue),
            bucket.flags
              .map((flag) => (flag === "spike" ? `[!!] ${f.label("flag", flag)}` : f.label("flag", flag)))
              .join(", ") || "—",
          ]),
        ),
        "",
        ...table(
          ["competitor", "deals", "amount"],
          result.totals.byCompetitor
            .slice(0, 5)
            .map((line) => [line.competitor, f.count(line.count), f.money(line.amount)]),
        ),
      ];
    },
  );
  return { lines, results, failures, sections, notComputed, names };
}

function revenueSection(f: Format, series: RevenueVsTargetSeriesResult, results: Map<string, string>): string[] {
  results.set(series.indicator, resultToJSON(series));
  const rows = table(
    ["month", "realized", "target", "attainment", "pace", "status"],
    [...series.buckets, { ...series.total, label: "to date" }].map((bucket) => [
      bucket.label,
      f.money(bucket.realized),
      f.money(bucket.target),
      f.percent(bucket.attainment),
      f.percent(bucket.pace),
      bucket.status === null
        ? f.light(null, bucket.statusReason)
        : `${f.light(bucket.status)} (${f.label("basis", bucket.statusBasis)})`,
    ]),
  );
  const thresholds = series.total.thresholds;
  rows.push(
    `Status: ${f.light("good")} at ${f.threshold(thresholds.good)} or more, ${f.light("watch")} from ${f.threshold(thresholds.watch)}, ${f.light("alert")} below.`,
  );
  if (series.currency !== null) rows.push(`Amounts in ${series.currency}.`);
  return rows;
}
