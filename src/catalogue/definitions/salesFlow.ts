/**
 * The catalogue definitions of the sales-flow indicators (the article's indicators 4, 5, 12, 15,
 * 16 and 21): their options as the catalogue takes them, the records they need, how they compute
 * from an `IndicatorData` object and which options they take in a report.
 *
 * @module
 */
import * as z from "zod";
import { firstResponseTime, FirstResponseTimeResultSchema } from "../../indicators/salesFlow/firstResponseTime.js";
import { negotiations, NegotiationsResultSchema } from "../../indicators/salesFlow/negotiations.js";
import type { NegotiationsOptions } from "../../indicators/salesFlow/negotiationsTypes.js";
import { offerSuccess, OfferSuccessResultSchema } from "../../indicators/salesFlow/offerSuccess.js";
import type { OfferSuccessOptions } from "../../indicators/salesFlow/offerSuccessTypes.js";
import { ordersPerOffer, OrdersPerOfferResultSchema } from "../../indicators/salesFlow/ordersPerOffer.js";
import type { OrdersPerOfferOptions } from "../../indicators/salesFlow/ordersPerOfferTypes.js";
import { requestsOnTime, RequestsOnTimeResultSchema } from "../../indicators/salesFlow/requestsOnTime.js";
import type { RequestsOnTimeOptions } from "../../indicators/salesFlow/requestsOnTimeTypes.js";
import type { ResponseTimeOptions } from "../../indicators/salesFlow/responseTimeTypes.js";
import { tenderResponseTime, TenderResponseTimeResultSchema } from "../../indicators/salesFlow/tenderResponseTime.js";
import type { Period } from "../../period/types.js";
import {
  calendarOf,
  commonShape,
  indicatorFailure,
  instantField,
  periodField,
  readInstant,
  readPeriod,
  reportOptionsOf,
  requestKindsField,
  roster,
} from "../_optionFields.js";
import { defineIndicator, type ReportRequest } from "../defineIndicator.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";

/**
 * The period and `asOf` of a sales-flow indicator as the catalogue takes them: a label or bounds,
 * an instant or an ISO string.
 * @category Catalogue
 */
export interface SalesFlowCatalogueWindow {
  /** The period whose records are counted: a label (`"2026-Q2"`) or its bounds. */
  readonly period: PeriodInput;
  /** "Now": records dated at or after it are not counted; absent: no cut. */
  readonly asOf?: InstantInput;
}

/** Options of `negotiations` by catalogue id: its own, less the roster (data). @category Catalogue */
export type NegotiationsCatalogueOptions = Omit<NegotiationsOptions, "sellers" | "period" | "asOf"> &
  SalesFlowCatalogueWindow;

/** Options of `offerSuccess` by catalogue id: its own, less the roster (data). @category Catalogue */
export type OfferSuccessCatalogueOptions = Omit<OfferSuccessOptions, "sellers" | "period" | "asOf"> &
  SalesFlowCatalogueWindow;

/** Options of `ordersPerOffer` by catalogue id: its own, less the roster (data). @category Catalogue */
export type OrdersPerOfferCatalogueOptions = Omit<OrdersPerOfferOptions, "sellers" | "period" | "asOf"> &
  SalesFlowCatalogueWindow;

/**
 * Options of `tenderResponseTime` and `firstResponseTime` by catalogue id: their own, less the
 * roster (data).
 * @category Catalogue
 */
export type ResponseTimeCatalogueOptions = Omit<ResponseTimeOptions, "sellers" | "period" | "asOf"> &
  SalesFlowCatalogueWindow;

/** Options of `requestsOnTime` by catalogue id: its own, less the roster (data). @category Catalogue */
export type RequestsOnTimeCatalogueOptions = Omit<RequestsOnTimeOptions, "sellers" | "period" | "asOf"> &
  SalesFlowCatalogueWindow;

/** The options every sales-flow indicator takes: period, asOf, calendar, money, scope, explain. */
const windowShape = {
  period: periodField,
  asOf: instantField.exactOptional(),
  ...commonShape,
};

const negotiationsOptions: z.ZodType<NegotiationsCatalogueOptions> = z.strictObject({
  ...windowShape,
  kinds: requestKindsField.exactOptional(),
});

const offerSuccessOptions: z.ZodType<OfferSuccessCatalogueOptions> = z.strictObject(windowShape);

const ordersPerOfferOptions: z.ZodType<OrdersPerOfferCatalogueOptions> = z.strictObject(windowShape);

const responseTimeOptions: z.ZodType<ResponseTimeCatalogueOptions> = z.strictObject({
  ...windowShape,
  unit: z.enum(["hours", "days"]).exactOptional(),
  dayCount: z.enum(["calendar", "business"]).exactOptional(),
  kinds: requestKindsField.exactOptional(),
});

const requestsOnTimeOptions: z.ZodType<RequestsOnTimeCatalogueOptions> = z.strictObject({
  ...windowShape,
  kinds: requestKindsField.exactOptional(),
});

/**
 * The period and `asOf` read: the period in the options' calendar, `asOf` in the zone of the
 * computation (the options' zone, else the period's).
 */
function windowOf(
  id: string,
  period: PeriodInput,
  asOf: InstantInput | undefined,
  options: { readonly timeZone?: string; readonly fiscalYearStartMonth?: number },
): { readonly period: Period; readonly asOf?: Date } {
  const fail = indicatorFailure(id);
  const measured = readPeriod(fail, "period", period, calendarOf(options));
  return {
    period: measured,
    ...(asOf === undefined ? {} : { asOf: readInstant(fail, "asOf", asOf, options.timeZone ?? measured.timeZone) }),
  };
}

/** A report's period, asOf, calendar and money options, as a sales-flow indicator takes them. */
function reportWindow(
  request: ReportRequest,
): SalesFlowCatalogueWindow & Pick<ReportRequest, "timeZone" | "fiscalYearStartMonth" | "currency" | "exchangeRates"> {
  return { period: request.period, asOf: request.asOf, ...reportOptionsOf(request, "calendar", "money") };
}

/** {@link reportWindow} and the report's day count, for the duration indicators. */
function reportWithDays(request: ReportRequest): ReturnType<typeof reportWindow> & Pick<ReportRequest, "dayCount"> {
  return { ...reportWindow(request), ...reportOptionsOf(request, "dayCount") };
}

/** Negotiation review (indicator 4): offers, deals and requests required; the roster optional. */
const negotiationsDefinition = defineIndicator({
  id: "negotiations",
  fn: negotiations,
  requires: ["offer", "deal", "request"],
  options: negotiationsOptions,
  result: NegotiationsResultSchema,
  compute(data, { period, asOf, ...options }) {
    return negotiations(
      { offers: data.offers ?? [], deals: data.deals ?? [], requests: data.requests ?? [] },
      { ...options, ...roster(data), ...windowOf("negotiations", period, asOf, options) },
    );
  },
  reportOptions: (request) => reportWindow(request),
});

/** Offer and prospect success (indicator 5): offers required; prospects and the roster optional. */
const offerSuccessDefinition = defineIndicator({
  id: "offer-success",
  fn: offerSuccess,
  requires: ["offer"],
  options: offerSuccessOptions,
  result: OfferSuccessResultSchema,
  compute(data, { period, asOf, ...options }) {
    return offerSuccess(
      { offers: data.offers ?? [], ...(data.prospects === undefined ? {} : { prospects: data.prospects }) },
      { ...options, ...roster(data), ...windowOf("offer-success", period, asOf, options) },
    );
  },
  reportOptions: (request) => reportWindow(request),
});

/** Orders per offer (indicator 12): orders and offers required; the roster optional. */
const ordersPerOfferDefinition = defineIndicator({
  id: "orders-per-offer",
  fn: ordersPerOffer,
  requires: ["order", "offer"],
  options: ordersPerOfferOptions,
  result: OrdersPerOfferResultSchema,
  compute(data, { period, asOf, ...options }) {
    return ordersPerOffer(
      { orders: data.orders ?? [], offers: data.offers ?? [] },
      { ...options, ...roster(data), ...windowOf("orders-per-offer", period, asOf, options) },
    );
  },
  reportOptions: (request) => reportWindow(request),
});

/** Tender response time (indicator 15): requests required; the roster optional. */
const tenderResponseTimeDefinition = defineIndicator({
  id: "tender-response-time",
  fn: tenderResponseTime,
  requires: ["request"],
  options: responseTimeOptions,
  result: TenderResponseTimeResultSchema,
  compute(data, { period, asOf, ...options }) {
    return tenderResponseTime(data.requests ?? [], {
      ...options,
      ...roster(data),
      ...windowOf("tender-response-time", period, asOf, options),
    });
  },
  reportOptions: (request) => reportWithDays(request),
});

/** First response time (indicator 16): requests required; the roster optional. */
const firstResponseTimeDefinition = defineIndicator({
  id: "first-response-time",
  fn: firstResponseTime,
  requires: ["request"],
  options: responseTimeOptions,
  result: FirstResponseTimeResultSchema,
  compute(data, { period, asOf, ...options }) {
    return firstResponseTime(data.requests ?? [], {
      ...options,
      ...roster(data),
      ...windowOf("first-response-time", period, asOf, options),
    });
  },
  reportOptions: (request) => reportWithDays(request),
});

/** Requests answered by the requested deadline (indicator 21): requests required; the roster optional. */
const requestsOnTimeDefinition = defineIndicator({
  id: "requests-on-time",
  fn: requestsOnTime,
  requires: ["request"],
  options: requestsOnTimeOptions,
  result: RequestsOnTimeResultSchema,
  compute(data, { period, asOf, ...options }) {
    return requestsOnTime(data.requests ?? [], {
      ...options,
      ...roster(data),
      ...windowOf("requests-on-time", period, asOf, options),
    });
  },
  reportOptions: (request) => reportWindow(request),
});

/**
 * The definitions of the sales-flow indicators, in the article's order (that of
 * `SALES_FLOW_ENTRIES`).
 *
 * @example
 * ```ts
 * SALES_FLOW_DEFINITIONS.map((definition) => definition.requires);
 * //=> [["offer", "deal", "request"], ["offer"], ["order", "offer"], ["request"], ["request"], ["request"]]
 * SALES_FLOW_DEFINITIONS[1].fn === offerSuccess; //=> true
 * ```
 * @category Catalogue
 */
export const SALES_FLOW_DEFINITIONS = Object.freeze([
  negotiationsDefinition,
  offerSuccessDefinition,
  ordersPerOfferDefinition,
  tenderResponseTimeDefinition,
  firstResponseTimeDefinition,
  requestsOnTimeDefinition,
] as const);
