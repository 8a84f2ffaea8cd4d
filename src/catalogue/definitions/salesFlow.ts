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
import { durationUnitField, requestKindsField, targetShape } from "../_optionFields.js";
import { optionSchema, periodCall, periodReport, periodWindow } from "../_optionSchema.js";
import { defineIndicator } from "../defineIndicator.js";
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

const kindsShape = { kinds: requestKindsField.exactOptional() };

const negotiationsOptions: z.ZodType<NegotiationsCatalogueOptions> = optionSchema(periodWindow, kindsShape);

const offerSuccessOptions: z.ZodType<OfferSuccessCatalogueOptions> = optionSchema(periodWindow);

const ordersPerOfferOptions: z.ZodType<OrdersPerOfferCatalogueOptions> = optionSchema(periodWindow);

const responseTimeOptions: z.ZodType<ResponseTimeCatalogueOptions> = optionSchema(periodWindow, {
  unit: durationUnitField.exactOptional(),
  dayCount: targetShape.dayCount,
  ...kindsShape,
});

const requestsOnTimeOptions: z.ZodType<RequestsOnTimeCatalogueOptions> = optionSchema(periodWindow, kindsShape);

/** Negotiation review (indicator 4): offers, deals and requests required; the roster optional. */
const negotiationsDefinition = defineIndicator({
  id: "negotiations",
  fn: negotiations,
  requires: ["offer", "deal", "request"],
  options: negotiationsOptions,
  result: NegotiationsResultSchema,
  compute(data, options) {
    return negotiations(
      { offers: data.offers ?? [], deals: data.deals ?? [], requests: data.requests ?? [] },
      periodCall("negotiations", data, options),
    );
  },
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Offer and prospect success (indicator 5): offers required; prospects and the roster optional. */
const offerSuccessDefinition = defineIndicator({
  id: "offer-success",
  fn: offerSuccess,
  requires: ["offer"],
  options: offerSuccessOptions,
  result: OfferSuccessResultSchema,
  compute(data, options) {
    return offerSuccess(
      { offers: data.offers ?? [], ...(data.prospects === undefined ? {} : { prospects: data.prospects }) },
      periodCall("offer-success", data, options),
    );
  },
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Orders per offer (indicator 12): orders and offers required; the roster optional. */
const ordersPerOfferDefinition = defineIndicator({
  id: "orders-per-offer",
  fn: ordersPerOffer,
  requires: ["order", "offer"],
  options: ordersPerOfferOptions,
  result: OrdersPerOfferResultSchema,
  compute(data, options) {
    return ordersPerOffer(
      { orders: data.orders ?? [], offers: data.offers ?? [] },
      periodCall("orders-per-offer", data, options),
    );
  },
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Tender response time (indicator 15): requests required; the roster optional. */
const tenderResponseTimeDefinition = defineIndicator({
  id: "tender-response-time",
  fn: tenderResponseTime,
  requires: ["request"],
  options: responseTimeOptions,
  result: TenderResponseTimeResultSchema,
  compute(data, options) {
    return tenderResponseTime(data.requests ?? [], periodCall("tender-response-time", data, options));
  },
  reportOptions: (request) => periodReport(request, "calendar", "money", "dayCount"),
});

/** First response time (indicator 16): requests required; the roster optional. */
const firstResponseTimeDefinition = defineIndicator({
  id: "first-response-time",
  fn: firstResponseTime,
  requires: ["request"],
  options: responseTimeOptions,
  result: FirstResponseTimeResultSchema,
  compute(data, options) {
    return firstResponseTime(data.requests ?? [], periodCall("first-response-time", data, options));
  },
  reportOptions: (request) => periodReport(request, "calendar", "money", "dayCount"),
});

/** Requests answered by the requested deadline (indicator 21): requests required; the roster optional. */
const requestsOnTimeDefinition = defineIndicator({
  id: "requests-on-time",
  fn: requestsOnTime,
  requires: ["request"],
  options: requestsOnTimeOptions,
  result: RequestsOnTimeResultSchema,
  compute(data, options) {
    return requestsOnTime(data.requests ?? [], periodCall("requests-on-time", data, options));
  },
  reportOptions: (request) => periodReport(request, "calendar", "money"),
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
