/**
 * The types of `renderHtmlReport`: the results it lays out and its options.
 *
 * @module
 */
import type { IndicatorReport } from "../catalogue/computeReport.js";
import type { ActivityRateGroupedResult } from "../indicators/activity/activityRateGrouped.js";
import type { LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { RevenuePerSellerResult } from "../indicators/revenue/revenuePerSellerTypes.js";
import type { RevenueVsTargetSeriesResult } from "../indicators/revenue/revenueVsTargetSeries.js";

/** The five sections of the HTML report, in their order. @category HTML report */
export type HtmlReportSection = "revenueVsTarget" | "revenuePerSeller" | "pipeline" | "activityRate" | "lostDeals";

/** The sections of the report, in their order. @category HTML report */
export const HTML_REPORT_SECTIONS: readonly HtmlReportSection[] = Object.freeze([
  "revenueVsTarget",
  "revenuePerSeller",
  "pipeline",
  "activityRate",
  "lostDeals",
] as const);

/**
 * The headline results the report shows, one per section; a section whose result is absent says
 * it was not computed (with the reason given in `notComputed`, if any).
 *
 * @category HTML report
 */
export interface HtmlReportResults {
  /** 2.1 by month (`revenueVsTargetSeries`): realized revenue against target. */
  readonly revenueVsTarget?: RevenueVsTargetSeriesResult;
  /** 2.2 (`revenuePerSeller`, by seller): each seller's revenue over time. */
  readonly revenuePerSeller?: RevenuePerSellerResult;
  /** 2.3 (`pipeline`): open deals by month of expected close. */
  readonly pipeline?: PipelineResult;
  /** 2.4 by seller (`activityRateGrouped`): each seller's rate per activity type. */
  readonly activityRate?: ActivityRateGroupedResult;
  /** 2.5 (`lostDeals`): lost deals by month, spikes flagged. */
  readonly lostDeals?: LostDealsResult;
}

/** Options of `renderHtmlReport`. @category HTML report */
export interface HtmlReportOptions {
  /** Words in French for any `fr` locale, in English otherwise; numbers in this locale's style (default `"en-US"`). */
  readonly locale?: string;
  /** Display names of sellers by id (a roster's names); an id without a name is shown as itself. */
  readonly names?: ReadonlyMap<string, string>;
  /** The page's title (default "Sales report" / "Rapport commercial"). */
  readonly title?: string;
  /** Lines under the title: the period, the date of the figures, what was read. */
  readonly notes?: readonly string[];
  /** Why a section's result is absent (shown in its place), by section. */
  readonly notComputed?: Readonly<Partial<Record<HtmlReportSection, string>>>;
  /**
   * The whole catalogue (`computeReport`'s result): after the five headline sections, the
   * operational indicators and what the big CRMs add, one table each (id, label, headline
   * figure, status or reason), with the records the indicators not computed would need.
   * Absent: the headline sections only.
   */
  readonly catalogue?: IndicatorReport;
}
