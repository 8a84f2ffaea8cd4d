/**
 * What the deal definitions share: their options as the catalogue reads periods and instants, and
 * the report's calendar and money options mapped to theirs.
 *
 * @internal
 * @module
 */
import type { Period } from "../../period/types.js";
import { calendarOf, indicatorFailure, readInstant, readPeriod } from "../_optionFields.js";
import type { ReportRequest } from "../defineIndicator.js";
import type { IndicatorData } from "../indicatorData.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";

/**
 * The options of the deal functions that the catalogue fills from the data object (roster,
 * activities, stage and close-date history, stage map, orders, targets) rather than takes by id.
 * @category Catalogue
 */
export type DealOptionsFromData =
  | "sellers"
  | "activities"
  | "stageChanges"
  | "closeDateChanges"
  | "stageProbabilities"
  | "orders"
  | "targets"
  | "forecast";

/**
 * The period and "now" of a deal indicator by catalogue id: as its function takes them, with the
 * period also as a label and the instant also as an ISO string.
 * @category Catalogue
 */
export interface DealPeriodCatalogueOptions {
  /** The period the deals closed in: a label (`"2026-Q2"`) or its bounds. */
  readonly period: PeriodInput;
  /** "Now": deals closed at or after it are not counted; absent: the period's end. */
  readonly asOf?: InstantInput;
}

/** The roster of the data, as an option. */
export function roster(data: IndicatorData): { readonly sellers?: IndicatorData["sellers"] & object } {
  return data.sellers === undefined ? {} : { sellers: data.sellers };
}

/** The activities of the data, as an option (absent when the data has none). */
export function activitiesOf(data: IndicatorData): { readonly activities?: IndicatorData["activities"] & object } {
  return data.activities === undefined ? {} : { activities: data.activities };
}

/** A period read with the options' calendar. */
export function periodOption(id: string, option: string, value: PeriodInput, options: object): Period {
  return readPeriod(indicatorFailure(id), option, value, calendarOf(options));
}

/** An instant read in `zone` (the options' zone, else the period's). */
export function instantOption(id: string, option: string, value: InstantInput, zone: string | undefined): Date {
  return readInstant(indicatorFailure(id), option, value, zone);
}

/** An optional `asOf`, read in `zone`. */
export function asOfOption(
  id: string,
  asOf: InstantInput | undefined,
  zone: string | undefined,
): { readonly asOf?: Date } {
  return asOf === undefined ? {} : { asOf: instantOption(id, "asOf", asOf, zone) };
}

/** The calendar options of a report. */
export function reportCalendar(request: ReportRequest): Pick<ReportRequest, "timeZone" | "fiscalYearStartMonth"> {
  return {
    ...(request.timeZone === undefined ? {} : { timeZone: request.timeZone }),
    ...(request.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: request.fiscalYearStartMonth }),
  };
}

/** The calendar and money options of a report. */
export function reportCommon(
  request: ReportRequest,
): Pick<ReportRequest, "timeZone" | "fiscalYearStartMonth" | "currency" | "exchangeRates"> {
  return {
    ...reportCalendar(request),
    ...(request.currency === undefined ? {} : { currency: request.currency }),
    ...(request.exchangeRates === undefined ? {} : { exchangeRates: request.exchangeRates }),
  };
}

/** {@link reportCommon} and the day count. */
export function reportWithDays(
  request: ReportRequest,
): ReturnType<typeof reportCommon> & Pick<ReportRequest, "dayCount"> {
  return { ...reportCommon(request), ...(request.dayCount === undefined ? {} : { dayCount: request.dayCount }) };
}
