import * as z from "zod";
import { definitionOf } from "../catalogue/_definitions.js";
import { computeIndicator } from "../catalogue/computeIndicator.js";
import { computeReport } from "../catalogue/computeReport.js";
import type { IndicatorData } from "../catalogue/indicatorData.js";
import { listIndicators } from "../catalogue/listIndicators.js";
import { InvalidArgumentError } from "../errors/index.js";
import { resolveLocale } from "../format/_intl.js";
import { optionsObject } from "../errors/optionsObject.js";
import { activityRate } from "../indicators/activity/activityRate.js";
import { activityRateGrouped } from "../indicators/activity/activityRateGrouped.js";
import { activityRateSeries } from "../indicators/activity/activityRateSeries.js";
import { lostDeals } from "../indicators/lostDeals/lostDeals.js";
import { lostDealsGrouped } from "../indicators/lostDeals/lostDealsGrouped.js";
import { pipeline } from "../indicators/pipeline/pipeline.js";
import { pipelineGrouped } from "../indicators/pipeline/pipelineGrouped.js";
import { pipelineSeries } from "../indicators/pipeline/pipelineSeries.js";
import { revenuePerSeller } from "../indicators/revenue/revenuePerSeller.js";
import type {
  RevenuePerCustomerOptions,
  RevenuePerSellerOptions,
} from "../indicators/revenue/revenuePerSellerTypes.js";
import { revenueVsTarget } from "../indicators/revenue/revenueVsTarget.js";
import { revenueVsTargetGrouped } from "../indicators/revenue/revenueVsTargetGrouped.js";
import type {
  RevenueVsTargetCustomerGroupedOptions,
  RevenueVsTargetGroupedOptions,
} from "../indicators/revenue/revenueVsTargetGrouped.js";
import { revenueVsTargetSeries } from "../indicators/revenue/revenueVsTargetSeries.js";
import { parseActivities } from "../model/parseActivities.js";
import { parseActivityTargets } from "../model/parseActivityTargets.js";
import { parseDeals } from "../model/parseDeals.js";
import { parseOrders } from "../model/parseOrders.js";
import { parseRevenueTargets } from "../model/parseRevenueTargets.js";
import { parseSellers } from "../model/parseSellers.js";
import type { ParseOptions } from "../model/rowParsing.js";
import { parseInstant } from "../period/parseInstant.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { periodContaining } from "../period/periodContaining.js";
import { splitRange } from "../period/splitRange.js";
import type { CalendarOptions } from "../period/types.js";
import { parseActivityTable } from "../table/parseActivityTable.js";
import { parseDealTable } from "../table/parseDealTable.js";
import { parseOrderTable } from "../table/parseOrderTable.js";
import type { OrderTable } from "../table/types.js";
import type { Order } from "../model/types.js";
import type { KpiContext, KpiContextKey, KpiContextOptions } from "./kpiContextTypes.js";

/** Every option a context binds, in the order they are checked. */
const KEYS: readonly KpiContextKey[] = [
  "timeZone",
  "fiscalYearStartMonth",
  "currency",
  "exchangeRates",
  "sellers",
  "dayCount",
  "stageProbabilities",
  "asOf",
  "locale",
];

/** The bound options each indicator reads: every indicator reads the calendar, money and roster ones. */
const COMMON: readonly KpiContextKey[] = ["timeZone", "fiscalYearStartMonth", "currency", "exchangeRates", "sellers"];
const WITH_DAY_COUNT: readonly KpiContextKey[] = [...COMMON, "dayCount"];
const WITH_STAGES: readonly KpiContextKey[] = [...WITH_DAY_COUNT, "stageProbabilities"];
/** The bound options the catalogue forms pass as options (the roster and the stage map go with the data). */
const CATALOGUE_OPTIONS: readonly KpiContextKey[] = [
  "timeZone",
  "fiscalYearStartMonth",
  "currency",
  "exchangeRates",
  "dayCount",
  "asOf",
];

/** The options an indicator's catalogue schema takes (a strict object's keys). */
function schemaKeys(schema: z.ZodType): ReadonlySet<string> {
  return new Set(schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);
}

/** Keys of an object that hold a value (`undefined` leaves the bound value in place, as an absent key does). */
function definedEntries(options: object): [string, unknown][] {
  return Object.entries(options).filter(([, value]) => value !== undefined);
}

/**
 * Binds the options that are the same for every call of a report (zone, fiscal year start,
 * currency and exchange rates, roster, day count, stage map) once, and gives the indicators, the
 * calendar helpers and the parse functions with those options filled in. Each method calls the
 * plain function with the bound options under the call's own: an option given in the call wins.
 * The plain functions stay; the context only saves repeating options, so the zone is said once:
 * records parsed by `kpi.parseOrders` and periods from `kpi.period("2026-Q4")` are in the bound
 * zone, and the indicators compute in it.
 *
 * The indicators that read targets (`revenueVsTarget`, `activityRate` and their forms) take them as
 * the option `targets`.
 *
 * The catalogue forms are bound too: `kpi.computeIndicator` and `kpi.computeReport` take the bound
 * zone, fiscal year, currency, exchange rates, day count and `asOf` as options (each indicator
 * those its schema takes) and the bound roster and stage map as data when `data` gives none;
 * `kpi.listIndicators()` gives the texts in the bound `locale`.
 *
 * Interpretation: only the options that are the same for a whole report are bound; the period,
 * scope and thresholds belong to each call. `asOf` may be bound for the catalogue forms (a report
 * is read at one "now"); the indicator methods keep it per call, since their plain functions read
 * an absent `asOf` as "the period is closed". A bound option an indicator does not read (the
 * stage map for revenue) is not passed to it.
 *
 * @param options - the options to bind ({@link KpiContextOptions}); the zone and fiscal month are checked now
 * @returns a frozen context whose methods are the indicators, `period`, `periodContaining`, `splitRange` and the parse functions
 * @throws {@link InvalidArgumentError} when `options` is not an object, names an option a context does not bind, or has an unknown zone, fiscal month or locale
 * @throws {@link InvalidDateError} when the bound `asOf` is not a date
 * @category Context
 * @example
 * ```ts
 * const kpi = createKpiContext({ timeZone: "Europe/Paris", currency: "EUR" });
 * const q4 = kpi.period("2026-Q4");
 * q4.start; //=> 2026-09-30T22:00:00.000Z
 * const orders = kpi.parseOrders([{ id: "o1", date: "2026-10-01", amount: "100", currency: "EUR", sellerId: "s1", customerId: "c1" }]).records;
 * const result = kpi.revenueVsTarget(orders, { targets: [], period: q4 });
 * result.realized.toString(); //=> "100"
 * result.period.label; //=> "2026-Q4"
 * result.period.timeZone; //=> "Europe/Paris"
 * const report = createKpiContext({ timeZone: "Europe/Paris", asOf: "2026-11-15" }).computeReport({ orders }, { period: "2026-Q4", ids: ["new-customer-revenue"] });
 * report.asOf; //=> 2026-11-14T23:00:00.000Z
 * report.results[0]?.id; //=> "new-customer-revenue"
 * ```
 */
export function createKpiContext<const O extends KpiContextOptions>(
  options: O & Readonly<Record<Exclude<keyof O, KpiContextKey>, never>>,
): KpiContext<Extract<keyof O, KpiContextKey>> {
  type K = Extract<keyof O, KpiContextKey>;
  const given = optionsObject<KpiContextOptions>(options);
  const unknown = Object.keys(given).filter((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `createKpiContext does not bind ${unknown.map((key) => JSON.stringify(key.slice(0, 40))).join(", ")}: it binds ${KEYS.join(", ")}`,
    );
  }
  const calendar: CalendarOptions = {
    ...(given.timeZone === undefined ? {} : { timeZone: given.timeZone }),
    ...(given.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: given.fiscalYearStartMonth }),
  };
  // Checks the zone, the fiscal month, the locale and `asOf` now, rather than at the first call.
  parsePeriod("2000-01-01", calendar);
  if (given.locale !== undefined) resolveLocale(given.locale);
  const bound: KpiContextOptions = Object.freeze(
    Object.fromEntries([
      ...definedEntries(given).filter(([key]) => key !== "asOf"),
      ...(given.asOf === undefined ? [] : [["asOf", parseInstant(given.asOf, calendar)] as const]),
    ]),
  );
  const parseZone: ParseOptions = bound.timeZone === undefined ? {} : { timeZone: bound.timeZone };

  /**
   * The plain function's options: the bound options it reads, then the call's defined options over them.
   * The cast is the one place the types cannot follow: a key the call leaves out is bound, or was
   * optional in `T`, or is missing and reported by the indicator's own checks.
   */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- each indicator call names the options type it builds
  function merge<T>(call: object, keys: readonly KpiContextKey[]): T {
    const base = keys.flatMap((key) => (bound[key] === undefined ? [] : [[key, bound[key]] as const]));
    return Object.fromEntries([...base, ...definedEntries(optionsObject(call))]) as T;
  }
  function parseWith(call: ParseOptions | undefined): ParseOptions {
    return { ...parseZone, ...optionsObject(call) };
  }
  /** The catalogue options of a call: the bound ones `accepted` takes, then the call's own over them. */
  function catalogueOptions(call: unknown, accepted: ReadonlySet<string>): unknown {
    // Anything but an object goes through as it is, for the catalogue's own error.
    if (typeof call !== "object" || call === null || Array.isArray(call)) return call;
    const base = CATALOGUE_OPTIONS.flatMap((key) =>
      bound[key] === undefined || !accepted.has(key) ? [] : [[key, bound[key]] as const],
    );
    return Object.fromEntries([...base, ...definedEntries(call)]);
  }
  /** The data of a call with the bound roster and stage map where it gives none. */
  function catalogueData(data: IndicatorData): IndicatorData {
    // Anything but an object goes through as it is, for the catalogue's own error.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
    if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
    return {
      ...(bound.sellers === undefined ? {} : { sellers: bound.sellers }),
      ...(bound.stageProbabilities === undefined ? {} : { stageProbabilities: bound.stageProbabilities }),
      ...Object.fromEntries(definedEntries(data)),
    };
  }
  const reportKeys: ReadonlySet<string> = new Set(CATALOGUE_OPTIONS);

  const context: KpiContext<K> = {
    options: bound,
    revenueVsTarget: (orders, call) => revenueVsTarget(orders, merge(call, WITH_DAY_COUNT)),
    revenueVsTargetSeries: (orders, call) => revenueVsTargetSeries(orders, merge(call, WITH_DAY_COUNT)),
    // Overloaded: the plain function picks the result type from the options, so the context does too.
    revenueVsTargetGrouped: ((orders: readonly Order[] | OrderTable, call: object) =>
      revenueVsTargetGrouped(
        orders,
        merge<RevenueVsTargetGroupedOptions | RevenueVsTargetCustomerGroupedOptions>(call, WITH_DAY_COUNT),
      )) as KpiContext<K>["revenueVsTargetGrouped"],
    revenuePerSeller: ((orders: readonly Order[] | OrderTable, call: object) =>
      revenuePerSeller(
        orders,
        merge<RevenuePerSellerOptions | RevenuePerCustomerOptions>(call, WITH_DAY_COUNT),
      )) as KpiContext<K>["revenuePerSeller"],
    pipeline: (deals, call) => pipeline(deals, merge(call, WITH_STAGES)),
    pipelineSeries: (deals, call) => pipelineSeries(deals, merge(call, WITH_STAGES)),
    pipelineGrouped: (deals, call) => pipelineGrouped(deals, merge(call, WITH_STAGES)),
    activityRate: (activities, call) => activityRate(activities, merge(call, WITH_DAY_COUNT)),
    activityRateSeries: (activities, call) => activityRateSeries(activities, merge(call, WITH_DAY_COUNT)),
    activityRateGrouped: (activities, call) => activityRateGrouped(activities, merge(call, WITH_DAY_COUNT)),
    lostDeals: (deals, call) => lostDeals(deals, merge(call, COMMON)),
    lostDealsGrouped: (deals, call) => lostDealsGrouped(deals, merge(call, COMMON)),
    computeIndicator: ((id: string, data: IndicatorData, call: unknown) =>
      computeIndicator(
        id,
        catalogueData(data),
        catalogueOptions(call, schemaKeys(definitionOf(id).options)),
      )) as KpiContext<K>["computeIndicator"],
    computeReport: (data, call) =>
      computeReport(catalogueData(data), catalogueOptions(call, reportKeys) as Parameters<typeof computeReport>[1]),
    listIndicators: (() =>
      bound.locale === undefined
        ? listIndicators()
        : listIndicators({ locale: bound.locale })) as KpiContext<K>["listIndicators"],
    period: (label) => parsePeriod(label, calendar),
    periodContaining: (instant, grain) => periodContaining(instant, grain, calendar),
    splitRange: (range, grain) => splitRange(range, grain, calendar),
    parseOrders: (rows, call) => parseOrders(rows, parseWith(call)),
    parseDeals: (rows, call) => parseDeals(rows, parseWith(call)),
    parseActivities: (rows, call) => parseActivities(rows, parseWith(call)),
    parseRevenueTargets: (rows, call) => parseRevenueTargets(rows, parseWith(call)),
    parseActivityTargets: (rows, call) => parseActivityTargets(rows, parseWith(call)),
    parseSellers: (rows, call) => parseSellers(rows, parseWith(call)),
    parseOrderTable: (rows, call) => parseOrderTable(rows, parseWith(call)),
    parseDealTable: (rows, call) => parseDealTable(rows, parseWith(call)),
    parseActivityTable: (rows, call) => parseActivityTable(rows, parseWith(call)),
  };
  return Object.freeze(context);
}
