/**
 * `crm-kpi report`: the five headline indicators of the records (files read, or a database's
 * tables), for one period, as `npm run demo` prints them (tables, status lights, one locale), and
 * their results for `--json`.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import { createKpiContext } from "../context/createKpiContext.js";
import { isCrmKpiError } from "../errors/index.js";
import { pipelineTable, revenueSeriesTable } from "../format/headlineTables.js";
import { resultToJSON } from "../format/resultToJSON.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import type { HtmlReportResults } from "../html/htmlReportTypes.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenuePerSellerOptions, RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { ActivityTarget, RevenueTarget, Seller } from "../model/types.js";
import type { Bucket } from "../period/types.js";
import type { SqlIndicators } from "../sql/sqlCallTypes.js";
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

/** The five indicators of the report, given their options less the records (the source holds them). */
export type ReportIndicators = {
  readonly [K in "revenueVsTargetSeries" | "pipeline" | "activityRateGrouped" | "lostDeals"]: (
    options: SqlIndicators[K]["options"],
  ) => Promise<SqlIndicators[K]["result"]>;
} & {
  /** Revenue per seller, by seller, without the effort lines. */
  readonly revenuePerSeller: (
    options: Omit<RevenuePerSellerOptions, "activities" | "by">,
  ) => Promise<RevenuePerSellerResult>;
};

/**
 * The records a report is computed on: the files read (in memory, `memorySource.ts`) or a
 * database's tables (in SQL, `database.ts`). Both run the same calls, so they print the same report.
 */
export interface ReportSource {
  /** How many orders, deals, activities there are, `undefined` for a kind absent (its sections say so). */
  readonly counts: { readonly orders?: number; readonly deals?: number; readonly activities?: number };
  /** The sellers (names, teams), `undefined` when none were given. */
  readonly sellers: readonly Seller[] | undefined;
  /** The revenue targets (none: empty). */
  readonly revenueTargets: readonly RevenueTarget[];
  /** The activity targets (none: empty). */
  readonly activityTargets: readonly ActivityTarget[];
  /** Runs the indicators on the source's records. */
  readonly run: ReportIndicators;
}

/** Computes the five indicators the records allow and lays them out. */
export async function buildReport(source: ReportSource, settings: ReportSettings): Promise<Report> {
  const { period, asOf, timeZone } = settings;
  const f = formatFor(settings.locale);
  const sellers = source.sellers ?? [];
  const kpi = createKpiContext({ timeZone });
  const run = source.run;
  const names = new Map(sellers.map((seller) => [seller.id, seller.name ?? seller.id]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const { orders, deals, activities } = source.counts;
  const { revenueTargets, activityTargets } = source;
  const lines: string[] = [];
  const results = new Map<string, string>();
  const failures: string[] = [];
  const sections: { -readonly [K in keyof HtmlReportResults]: HtmlReportResults[K] } = {};
  const notComputed: Partial<Record<keyof HtmlReportResults, string>> = {};
  const toDate = { start: period.start, end: asOf.getTime() < period.end.getTime() ? asOf : period.end };
  const counts = [
    orders === undefined ? null : `${f.count(orders)} orders`,
    deals === undefined ? null : `${f.count(deals)} deals`,
    activities === undefined ? null : `${f.count(activities)} activities`,
    source.sellers === undefined ? null : `${f.count(sellers.length)} sellers`,
  ].filter((text) => text !== null);
  lines.push(`crm-kpi report: ${period.label} (${timeZone}), as of ${asOf.toISOString()}`);
  lines.push(`Read: ${counts.join(", ")}. Numbers written as ${f.locale} writes them.`);

  /** A section computed from `input`, or saying it needs that file; an indicator's refusal is shown in its place. */
  const section = async (
    key: keyof HtmlReportResults,
    heading: string,
    needs: string,
    input: number | undefined,
    body: () => Promise<string[]>,
  ): Promise<void> => {
    lines.push(...title(heading));
    if (input === undefined) {
      lines.push(`(not computed: needs ${needs})`);
      notComputed[key] = `needs ${needs}`;
      return;
    }
    try {
      lines.push(...(await body()));
    } catch (error) {
      if (!isCrmKpiError(error)) throw error;
      failures.push(`${heading}: ${error.message}`);
      lines.push(`(not computed: ${error.message})`);
      notComputed[key] = error.message;
    }
  };

  await section(
    "revenueVsTarget",
    `1. Revenue versus target (CA réalisé / objectifs), ${period.label} by month`,
    "orders",
    orders,
    async () => {
      const series = await run.revenueVsTargetSeries({
        targets: revenueTargets,
        range: period,
        grain: "month",
        asOf,
      });
      sections.revenueVsTarget = series;
      return revenueSection(f, series, results);
    },
  );
  await section(
    "revenuePerSeller",
    `2. Revenue per seller (CA par vendeur), ${period.label}`,
    "orders",
    orders,
    async () => {
      const result = await run.revenuePerSeller({ range: period, asOf, targets: revenueTargets });
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
    },
  );
  await section(
    "pipeline",
    "3. Commercial pipeline (pipeline commercial) by month of expected close",
    "deals",
    deals,
    async () => {
      const result = await run.pipeline({
        asOf,
        grain: "month",
        stageProbabilities: settings.stageProbabilities ?? {},
        ...(orders === undefined ? {} : { forecast: { period, targets: revenueTargets } }),
      });
      sections.pipeline = result;
      results.set(result.indicator, resultToJSON(result));
      const rows = table(...pipelineTable(f, result));
      const forecast = result.forecast;
      if (forecast !== null)
        rows.push(
          "",
          `Forecast ${period.label}: realized ${f.money(forecast.realized)} + weighted pipeline ${f.money(forecast.weightedInWindow)} = ${f.money(forecast.forecast)} (${f.percent(forecast.forecastAttainment)} of ${f.money(forecast.target)}).`,
        );
      return rows;
    },
  );
  await section(
    "activityRate",
    `4. Activity rate (taux d'activité), ${period.label} to date, per seller`,
    "activities",
    activities,
    async () => {
      const result = await run.activityRateGrouped({
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
  await section(
    "lostDeals",
    "5. Lost deals (volume des affaires perdues), the 12 months to date",
    "deals",
    deals,
    async () => {
      // Twelve months, so the spike flags have a history to compare with (as in the demo).
      let start = kpi.periodContaining(new Date(toDate.end.getTime() - 1), "month").start;
      for (let month = 1; month < 12; month++)
        start = kpi.periodContaining(new Date(start.getTime() - 1), "month").start;
      const result = await run.lostDeals({ range: { start, end: toDate.end } });
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
  const rows = table(...revenueSeriesTable(f, series, "to date"));
  const thresholds = series.total.thresholds;
  rows.push(
    `Status: ${f.light("good")} at ${f.threshold(thresholds.good)} or more, ${f.light("watch")} from ${f.threshold(thresholds.watch)}, ${f.light("alert")} below.`,
  );
  if (series.currency !== null) rows.push(`Amounts in ${series.currency}.`);
  return rows;
}
