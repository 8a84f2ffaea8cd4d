/**
 * The options a KPI context binds once, and the context's methods: the indicators, the calendar
 * helpers and the parse functions, with the bound options filled in.
 *
 * @module
 */
import type {
  ActivityRateGroupedOptions,
  ActivityRateGroupedResult,
} from "../indicators/activity/activityRateGrouped.js";
import type { ActivityRateSeriesOptions, ActivityRateSeriesResult } from "../indicators/activity/activityRateSeries.js";
import type { ActivityRateOptions, ActivityRateResult } from "../indicators/activity/activityRateTypes.js";
import type { LostDealsGroupedOptions, LostDealsGroupedResult } from "../indicators/lostDeals/lostDealsGrouped.js";
import type { LostDealsOptions, LostDealsResult } from "../indicators/lostDeals/lostDealsTypes.js";
import type { PipelineGroupedOptions, PipelineGroupedResult } from "../indicators/pipeline/pipelineGrouped.js";
import type { PipelineSeriesOptions, PipelineSeriesResult } from "../indicators/pipeline/pipelineSeries.js";
import type { PipelineOptions, PipelineResult } from "../indicators/pipeline/pipelineTypes.js";
import type { StageProbabilities } from "../indicators/pipeline/stageProbabilities.js";
import type {
  RevenuePerCustomerOptions,
  RevenuePerCustomerResult,
  RevenuePerSellerOptions,
  RevenuePerSellerResult,
} from "../indicators/revenue/revenuePerSellerTypes.js";
import type {
  RevenueVsTargetCustomerGroupedOptions,
  RevenueVsTargetCustomerGroupedResult,
  RevenueVsTargetGroupedOptions,
  RevenueVsTargetGroupedResult,
} from "../indicators/revenue/revenueVsTargetGrouped.js";
import type {
  RevenueVsTargetSeriesOptions,
  RevenueVsTargetSeriesResult,
} from "../indicators/revenue/revenueVsTargetSeries.js";
import type { RevenueVsTargetOptions, RevenueVsTargetResult } from "../indicators/revenue/revenueVsTargetTypes.js";
import type { IndicatorData } from "../catalogue/indicatorData.js";
import type { ComputeId, ComputeResult } from "../catalogue/computeIndicator.js";
import type { IndicatorReport, ReportOptions } from "../catalogue/computeReport.js";
import type { IndicatorEntry } from "../catalogue/listIndicators.js";
import type { IndicatorId, IndicatorOptionsOf } from "../catalogue/registry.js";
import type { ParseOptions, ParseResult } from "../model/rowParsing.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "../model/types.js";
import type { ExchangeRates } from "../money/exchangeRates.js";
import type { Bucket, DayCount, Grain, Period } from "../period/types.js";
import type { ActivityTable, DealTable, OrderTable, TableParseResult } from "../table/types.js";

/**
 * What a {@link KpiContext} binds: the options that are the same for every call of a report.
 * Each is optional; a call may override any of them.
 * @category Context
 */
export interface KpiContextOptions {
  /** IANA zone of the report: parse functions read dates in it, periods are built in it, indicators compute in it. */
  readonly timeZone?: string;
  /** Month (1 = January ... 12 = December) in which the fiscal year starts. Default 1. */
  readonly fiscalYearStartMonth?: number;
  /** Currency of the results (amounts in other currencies are converted with `exchangeRates`). */
  readonly currency?: string;
  /** Exchange rates to convert amounts into `currency`. */
  readonly exchangeRates?: ExchangeRates;
  /** The roster: team membership for team scopes, and sellers listed with zeros. */
  readonly sellers?: readonly Seller[];
  /** `"calendar"` or `"business"` days for proration and elapsed fractions. */
  readonly dayCount?: DayCount;
  /** Probability of each pipeline stage (the pipeline's stage map). */
  readonly stageProbabilities?: StageProbabilities;
  /**
   * "Now" of the catalogue forms (`computeIndicator`, `computeReport`) when a call gives none: a
   * `Date`, or an ISO string read in the bound zone. The indicator methods keep `asOf` per call.
   */
  readonly asOf?: Date | string;
  /** BCP 47 locale of the texts of the context's `listIndicators` (French for `fr-*`, else English). */
  readonly locale?: string;
}

/**
 * The names of the options a context can bind.
 * @category Context
 */
export type KpiContextKey = keyof KpiContextOptions;

/**
 * An indicator's options as a context method takes them: the options the context binds (`K`)
 * become optional, and a value given in the call wins over the bound one.
 * @category Context
 */
export type InContext<O, K extends PropertyKey> = Omit<O, K> & Partial<Pick<O, Extract<K, keyof O>>>;

/**
 * The options a context's `computeIndicator` takes for `Id`: the indicator's catalogue options with
 * the bound ones (`K`) optional; `unknown` for an id known only at run time.
 * @category Context
 */
export type ComputeOptionsInContext<Id extends string, K extends PropertyKey> = Id extends IndicatorId
  ? InContext<IndicatorOptionsOf<Id>, K>
  : unknown;

/**
 * A KPI context: the indicators, calendar helpers and parse functions with the options of
 * {@link KpiContextOptions} bound once. `K` names the options the context binds; in each method's
 * options they are optional (and may still be given, to override the bound value).
 * @category Context
 */
export interface KpiContext<K extends KpiContextKey = KpiContextKey> {
  /** The bound options (a frozen copy). */
  readonly options: Readonly<Pick<KpiContextOptions, K>>;

  /** `revenueVsTarget` (2.1) with the bound options; the targets are the `targets` option. */
  revenueVsTarget(
    orders: readonly Order[] | OrderTable,
    options: InContext<RevenueVsTargetOptions, K>,
  ): RevenueVsTargetResult;
  /** `revenueVsTargetSeries` (2.1 per bucket) with the bound options; the targets are the `targets` option. */
  revenueVsTargetSeries(
    orders: readonly Order[] | OrderTable,
    options: InContext<RevenueVsTargetSeriesOptions, K>,
  ): RevenueVsTargetSeriesResult;
  /** `revenueVsTargetGrouped` (2.1 per seller or team) with the bound options; the targets are the `targets` option. */
  revenueVsTargetGrouped(
    orders: readonly Order[] | OrderTable,
    options: InContext<RevenueVsTargetGroupedOptions, K>,
  ): RevenueVsTargetGroupedResult;
  /** `revenueVsTargetGrouped` by customer (2.1 per account, with `top` and `rest`) with the bound options. */
  revenueVsTargetGrouped(
    orders: readonly Order[] | OrderTable,
    options: InContext<RevenueVsTargetCustomerGroupedOptions, K>,
  ): RevenueVsTargetCustomerGroupedResult;
  /** `revenuePerSeller` (2.2) with the bound options. */
  revenuePerSeller(
    orders: readonly Order[] | OrderTable,
    options: InContext<RevenuePerSellerOptions, K>,
  ): RevenuePerSellerResult;
  /** `revenuePerSeller` by customer (2.2 per account, with `top` and `rest`) with the bound options. */
  revenuePerSeller(
    orders: readonly Order[] | OrderTable,
    options: InContext<RevenuePerCustomerOptions, K>,
  ): RevenuePerCustomerResult;
  /** `pipeline` (2.3) with the bound options (the stage map among them). */
  pipeline(deals: readonly Deal[] | DealTable, options: InContext<PipelineOptions, K>): PipelineResult;
  /** `pipelineSeries` (2.3's forecast for each period of a range) with the bound options. */
  pipelineSeries(
    deals: readonly Deal[] | DealTable,
    options: InContext<PipelineSeriesOptions, K>,
  ): PipelineSeriesResult;
  /** `pipelineGrouped` (2.3 per seller, team or customer) with the bound options. */
  pipelineGrouped(
    deals: readonly Deal[] | DealTable,
    options: InContext<PipelineGroupedOptions, K>,
  ): PipelineGroupedResult;
  /** `activityRate` (2.4) with the bound options; the targets are the `targets` option. */
  activityRate(
    activities: readonly Activity[] | ActivityTable,
    options: InContext<ActivityRateOptions, K>,
  ): ActivityRateResult;
  /** `activityRateSeries` (2.4 per bucket) with the bound options; the targets are the `targets` option. */
  activityRateSeries(
    activities: readonly Activity[] | ActivityTable,
    options: InContext<ActivityRateSeriesOptions, K>,
  ): ActivityRateSeriesResult;
  /** `activityRateGrouped` (2.4 per seller or team) with the bound options; the targets are the `targets` option. */
  activityRateGrouped(
    activities: readonly Activity[] | ActivityTable,
    options: InContext<ActivityRateGroupedOptions, K>,
  ): ActivityRateGroupedResult;
  /** `lostDeals` (2.5) with the bound options. */
  lostDeals(deals: readonly Deal[] | DealTable, options: InContext<LostDealsOptions, K>): LostDealsResult;
  /** `lostDealsGrouped` (2.5 per seller or team) with the bound options. */
  lostDealsGrouped(
    deals: readonly Deal[] | DealTable,
    options: InContext<LostDealsGroupedOptions, K>,
  ): LostDealsGroupedResult;

  /**
   * `computeIndicator` with the bound options: the bound zone, fiscal year, currency, exchange
   * rates, day count and `asOf` where the indicator takes them, and the bound roster and stage map
   * where `data` gives none. Typed per id, as the plain function.
   */
  computeIndicator<const Id extends string>(
    id: ComputeId<Id>,
    data: IndicatorData,
    options: ComputeOptionsInContext<Id, K>,
  ): ComputeResult<Id>;
  /**
   * `computeReport` with the bound options: the bound zone, fiscal year, currency, exchange rates,
   * day count and `asOf`, and the bound roster and stage map where `data` gives none.
   */
  computeReport(data: IndicatorData, options: InContext<ReportOptions, K>): IndicatorReport;
  /** `listIndicators` with the texts in the bound locale (both languages when none is bound). */
  listIndicators(): "locale" extends K ? readonly IndicatorEntry<string, string>[] : readonly IndicatorEntry[];

  /** `parsePeriod` in the bound zone and fiscal year: the period a label names (`"2026-Q4"`). */
  period(label: string): Bucket;
  /** `periodContaining` in the bound zone and fiscal year. */
  periodContaining(instant: Date, grain: Grain): Bucket;
  /** `splitRange` in the bound zone and fiscal year. */
  splitRange(range: Period, grain: Grain): Bucket[];

  /** `parseOrders` reading dates in the bound zone (unless the options give another). */
  parseOrders(rows: readonly unknown[], options?: ParseOptions): ParseResult<Order>;
  /** `parseDeals` reading dates in the bound zone. */
  parseDeals(rows: readonly unknown[], options?: ParseOptions): ParseResult<Deal>;
  /** `parseActivities` reading dates in the bound zone. */
  parseActivities(rows: readonly unknown[], options?: ParseOptions): ParseResult<Activity>;
  /** `parseRevenueTargets` reading dates in the bound zone. */
  parseRevenueTargets(rows: readonly unknown[], options?: ParseOptions): ParseResult<RevenueTarget>;
  /** `parseActivityTargets` reading dates in the bound zone. */
  parseActivityTargets(rows: readonly unknown[], options?: ParseOptions): ParseResult<ActivityTarget>;
  /** `parseSellers` with the bound zone. */
  parseSellers(rows: readonly unknown[], options?: ParseOptions): ParseResult<Seller>;
  /** `parseOrderTable` reading dates in the bound zone. */
  parseOrderTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<OrderTable>;
  /** `parseDealTable` reading dates in the bound zone. */
  parseDealTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<DealTable>;
  /** `parseActivityTable` reading dates in the bound zone. */
  parseActivityTable(rows: readonly unknown[], options?: ParseOptions): TableParseResult<ActivityTable>;
}
