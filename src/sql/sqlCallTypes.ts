/**
 * What each indicator form takes and gives in SQL: its in-memory options less the records (the
 * database's tables hold them), and its in-memory result.
 *
 * @module
 */
import type { activityRate } from "../indicators/activity/activityRate.js";
import type { activityRateGrouped, ActivityRateGroupedOptions } from "../indicators/activity/activityRateGrouped.js";
import type { activityRateSeries, ActivityRateSeriesOptions } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateOptions } from "../indicators/activity/activityRateTypes.js";
import type { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import type { lostDealsGrouped, LostDealsGroupedOptions } from "../indicators/lostDeals/lostDealsGrouped.js";
import type { LostDealsOptions } from "../indicators/lostDeals/lostDealsTypes.js";
import type { pipeline } from "../indicators/pipeline/pipeline.js";
import type { pipelineGrouped, PipelineGroupedOptions } from "../indicators/pipeline/pipelineGrouped.js";
import type { pipelineSeries, PipelineSeriesOptions } from "../indicators/pipeline/pipelineSeries.js";
import type { PipelineForecastOptions, PipelineOptions } from "../indicators/pipeline/pipelineTypes.js";
import type { revenuePerSeller } from "../indicators/revenue/revenuePerSeller.js";
import type {
  RevenuePerCustomerOptions,
  RevenuePerSellerOptions,
} from "../indicators/revenue/revenuePerSellerTypes.js";
import type { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import type {
  revenueVsTargetGrouped,
  RevenueVsTargetCustomerGroupedOptions,
  RevenueVsTargetGroupedOptions,
} from "../indicators/revenue/revenueVsTargetGrouped.js";
import type {
  revenueVsTargetSeries,
  RevenueVsTargetSeriesOptions,
} from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenueVsTargetOptions } from "../indicators/revenue/revenueVsTargetTypes.js";

/**
 * The options of {@link pipeline} in SQL: the forecast's realized orders are the database's
 * `orders` table, so the forecast names no orders.
 *
 * @category SQL
 */
export type SqlPipelineOptions = Omit<PipelineOptions, "forecast"> & {
  /** The forecast, against the database's orders. */
  readonly forecast?: Omit<PipelineForecastOptions, "orders">;
};

/** The options of {@link pipelineGrouped} in SQL (see {@link SqlPipelineOptions}). @category SQL */
export type SqlPipelineGroupedOptions = Omit<PipelineGroupedOptions, "forecast"> & {
  /** The forecast, against the database's orders. */
  readonly forecast?: Omit<PipelineForecastOptions, "orders">;
};

/** The options of {@link pipelineSeries} in SQL: its realized orders are the database's `orders` table. @category SQL */
export type SqlPipelineSeriesOptions = Omit<PipelineSeriesOptions, "orders">;

/**
 * The options of {@link revenuePerSeller} in SQL: `activities: true` reads the database's
 * `activities` table for the effort-versus-result lines.
 *
 * @category SQL
 */
export type SqlRevenuePerSellerOptions =
  | (Omit<RevenuePerSellerOptions, "activities"> & {
      /** `true`: count the database's done activities (the effort). */
      readonly activities?: true;
    })
  | RevenuePerCustomerOptions;

/** What one indicator form takes in SQL and gives back. @category SQL */
export interface SqlForm<O, R> {
  /** Its options, as in memory less the records. */
  readonly options: O;
  /** Its result: the in-memory function's. */
  readonly result: R;
}

/** What each indicator form takes in SQL and gives back (its in-memory result). @category SQL */
export interface SqlIndicators {
  /** {@link revenueVsTarget} (2.1). */
  readonly revenueVsTarget: SqlForm<RevenueVsTargetOptions, ReturnType<typeof revenueVsTarget>>;
  /** {@link revenueVsTargetGrouped}. */
  readonly revenueVsTargetGrouped: SqlForm<
    RevenueVsTargetGroupedOptions | RevenueVsTargetCustomerGroupedOptions,
    ReturnType<typeof revenueVsTargetGrouped>
  >;
  /** {@link revenueVsTargetSeries}. */
  readonly revenueVsTargetSeries: SqlForm<RevenueVsTargetSeriesOptions, ReturnType<typeof revenueVsTargetSeries>>;
  /** {@link revenuePerSeller} (2.2), by seller or by customer. */
  readonly revenuePerSeller: SqlForm<SqlRevenuePerSellerOptions, ReturnType<typeof revenuePerSeller>>;
  /** {@link pipeline} (2.3). */
  readonly pipeline: SqlForm<SqlPipelineOptions, ReturnType<typeof pipeline>>;
  /** {@link pipelineGrouped}. */
  readonly pipelineGrouped: SqlForm<SqlPipelineGroupedOptions, ReturnType<typeof pipelineGrouped>>;
  /** {@link pipelineSeries}. */
  readonly pipelineSeries: SqlForm<SqlPipelineSeriesOptions, ReturnType<typeof pipelineSeries>>;
  /** {@link lostDeals} (2.4). */
  readonly lostDeals: SqlForm<LostDealsOptions, ReturnType<typeof lostDeals>>;
  /** {@link lostDealsGrouped}. */
  readonly lostDealsGrouped: SqlForm<LostDealsGroupedOptions, ReturnType<typeof lostDealsGrouped>>;
  /** {@link activityRate} (2.5). */
  readonly activityRate: SqlForm<ActivityRateOptions, ReturnType<typeof activityRate>>;
  /** {@link activityRateGrouped}. */
  readonly activityRateGrouped: SqlForm<ActivityRateGroupedOptions, ReturnType<typeof activityRateGrouped>>;
  /** {@link activityRateSeries}. */
  readonly activityRateSeries: SqlForm<ActivityRateSeriesOptions, ReturnType<typeof activityRateSeries>>;
}

/** The indicator forms that run in SQL, by function name. @category SQL */
export type SqlIndicatorName = keyof SqlIndicators;
