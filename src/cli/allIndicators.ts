/**
 * `crm-kpi report --all`: every indicator of the catalogue the files allow (`computeReport` over
 * the records read), one line each, and for the others the records they would need.
 *
 * @internal
 * @module
 */
import type { IndicatorData } from "../catalogue/indicatorData.js";
import { computeReport, type IndicatorReport } from "../catalogue/computeReport.js";
import { reportTable } from "../catalogue/reportTable.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import type { Period } from "../period/types.js";
import type { Reads } from "./inputs.js";
import { table, title } from "./text.js";

/** What the catalogue is computed for. */
export interface AllSettings {
  /** The period reported. */
  readonly period: Period;
  /** The instant of the report. */
  readonly asOf: Date;
  /** The report's zone. */
  readonly timeZone: string;
  /** The locale of numbers and labels. */
  readonly locale: string;
  /** The pipeline's stage map, if given. */
  readonly stageProbabilities: StageProbabilities | undefined;
}

/** The records of the files read, by the catalogue's data keys (a kind without a file is absent). */
export function dataOfReads(reads: Reads, stageProbabilities: StageProbabilities | undefined): IndicatorData {
  return {
    ...(reads.orders === undefined ? {} : { orders: reads.orders.result.data }),
    ...(reads.deals === undefined ? {} : { deals: reads.deals.result.data }),
    ...(reads.activities === undefined ? {} : { activities: reads.activities.result.data }),
    ...(reads.revenueTargets === undefined ? {} : { revenueTargets: reads.revenueTargets.result.data }),
    ...(reads.activityTargets === undefined ? {} : { activityTargets: reads.activityTargets.result.data }),
    ...(reads.sellers === undefined ? {} : { sellers: reads.sellers.result.data }),
    ...(stageProbabilities === undefined ? {} : { stageProbabilities }),
  };
}

/**
 * Every indicator the records allow, as a report and as the lines of its table (a title saying
 * how many were computed, then one row per indicator in catalogue order).
 *
 * @throws what `computeReport` throws for the records (an unknown stage without a stage map...)
 */
export function allIndicators(
  data: IndicatorData,
  settings: AllSettings,
): { readonly report: IndicatorReport; readonly lines: readonly string[] } {
  const { start, end, label, timeZone } = settings.period;
  const report = computeReport(data, {
    period: { start, end, ...(label === undefined ? {} : { label }), ...(timeZone === undefined ? {} : { timeZone }) },
    asOf: settings.asOf,
    timeZone: settings.timeZone,
  });
  const french = settings.locale.toLowerCase().startsWith("fr");
  const heading = french
    ? `Tous les indicateurs : ${report.results.length} calculés, ${report.skipped.length} sans les données nécessaires`
    : `All indicators: ${report.results.length} computed, ${report.skipped.length} need other records`;
  return {
    report,
    lines: [...title(heading), ...table(...reportTable(report, { locale: settings.locale }), { textColumns: 3 })],
  };
}
