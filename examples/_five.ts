/**
 * The five headline indicators of the partial-results examples (not part of the library): one
 * computation from tables, so that the same function runs over whole tables and over tables that
 * answer from partial states (`computeFromPartials`, `partialTables`).
 */
import {
  activityRateSeries,
  lostDeals,
  pipeline,
  revenuePerSeller,
  revenueVsTargetSeries,
  type ActivityTable,
  type ActivityTarget,
  type DealTable,
  type Decimal,
  type OrderTable,
  type Period,
  type RevenueTarget,
} from "crm-kpi";

/** What the five indicators read besides the records: options a coordinator holds. */
export interface FiveSettings {
  readonly asOf: Date;
  /** Revenue and activity rate: a period split into quarters. */
  readonly period: Period;
  readonly revenueTargets: readonly RevenueTarget[];
  readonly activityTargets: readonly ActivityTarget[];
  readonly stageProbabilities: ReadonlyMap<string, Decimal>;
}

/** The five headline indicators over tables (whole ones, or ones answered from partial states). */

export function fiveIndicators(
  tables: { readonly orders: OrderTable; readonly deals: DealTable; readonly activities: ActivityTable },
  settings: FiveSettings,
) {
  const { asOf, period } = settings;
  return {
    revenue: revenueVsTargetSeries(tables.orders, {
      targets: settings.revenueTargets,
      range: period,
      grain: "quarter",
      asOf,
    }),
    perSeller: revenuePerSeller(tables.orders, {
      range: period,
      grain: "month",
      asOf,
      targets: settings.revenueTargets,
    }),
    pipeline: pipeline(tables.deals, {
      asOf,
      grain: "quarter",
      stageProbabilities: settings.stageProbabilities,
      forecast: { period, orders: tables.orders, targets: settings.revenueTargets },
    }),
    activity: activityRateSeries(tables.activities, {
      targets: settings.activityTargets,
      range: period,
      grain: "quarter",
      asOf,
    }),
    lost: lostDeals(tables.deals, { range: period, grain: "quarter" }),
  };
}
