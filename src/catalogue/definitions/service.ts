/**
 * The catalogue definitions of the service indicators (the article's 13, 14, 17, 19, 20 and 22):
 * their options as the catalogue takes them, the records they need, how they compute from an
 * `IndicatorData` object and which options they take in a report.
 *
 * @module
 */
import * as z from "zod";
import {
  complaintsPerIntervention,
  ComplaintsPerInterventionResultSchema,
} from "../../indicators/service/complaintsPerIntervention.js";
import type { ComplaintsPerInterventionOptions } from "../../indicators/service/complaintsPerInterventionTypes.js";
import {
  customerSatisfaction,
  CustomerSatisfactionResultSchema,
} from "../../indicators/service/customerSatisfaction.js";
import type { CustomerSatisfactionOptions } from "../../indicators/service/customerSatisfactionTypes.js";
import { deliveryLateness, DeliveryLatenessResultSchema } from "../../indicators/service/deliveryLateness.js";
import type { DeliveryLatenessOptions } from "../../indicators/service/deliveryLatenessTypes.js";
import { deliveryLeadTime, DeliveryLeadTimeResultSchema } from "../../indicators/service/deliveryLeadTime.js";
import type { DeliveryLeadTimeOptions } from "../../indicators/service/deliveryLeadTimeTypes.js";
import {
  nonConformingDeliveries,
  NonConformingDeliveriesResultSchema,
} from "../../indicators/service/nonConformingDeliveries.js";
import type { NonConformingDeliveriesOptions } from "../../indicators/service/nonConformingDeliveriesTypes.js";
import { penaltyAmount, PenaltyAmountResultSchema } from "../../indicators/service/penaltyAmount.js";
import type { PenaltyAmountOptions } from "../../indicators/service/penaltyAmountTypes.js";
import type { DurationOptions, ServiceOptions } from "../../indicators/service/serviceTypes.js";
import type { Period } from "../../period/types.js";
import {
  calendarOf,
  commonShape,
  complaintCategoryField,
  durationUnitField,
  indicatorFailure,
  instantField,
  periodField,
  readInstant,
  readPeriod,
  reportOptionsOf,
  scopeField,
  targetShape,
} from "../_optionFields.js";
import { defineIndicator, type ReportRequest } from "../defineIndicator.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";

/**
 * Options of a service function as the catalogue takes them: its own, less the roster (data), with
 * the period as a label or its bounds and `asOf` also as an ISO string.
 *
 * @typeParam Options - the function's options
 * @category Catalogue
 */
export type ServiceCatalogueOptions<Options extends ServiceOptions> = Omit<Options, "period" | "asOf" | "sellers"> & {
  /** The period measured: a label (`"2026-Q2"`) or its bounds. */
  readonly period: PeriodInput;
  /** "Now": records dated at or after it are not counted; absent: the period is judged closed. */
  readonly asOf?: InstantInput;
};

/** Options of `customerSatisfaction` by catalogue id (the survey responses come from the data). @category Catalogue */
export type CustomerSatisfactionCatalogueOptions = ServiceCatalogueOptions<CustomerSatisfactionOptions>;

/**
 * Options of `complaintsPerIntervention` by catalogue id: its own, less the roster (the complaints,
 * activities and roster come from the data).
 * @category Catalogue
 */
export type ComplaintsPerInterventionCatalogueOptions = ServiceCatalogueOptions<ComplaintsPerInterventionOptions>;

/** Options of `deliveryLateness` by catalogue id (the deliveries come from the data). @category Catalogue */
export type DeliveryLatenessCatalogueOptions = ServiceCatalogueOptions<DeliveryLatenessOptions>;

/** Options of `penaltyAmount` by catalogue id (the penalties come from the data). @category Catalogue */
export type PenaltyAmountCatalogueOptions = ServiceCatalogueOptions<PenaltyAmountOptions>;

/** Options of `nonConformingDeliveries` by catalogue id (the deliveries come from the data). @category Catalogue */
export type NonConformingDeliveriesCatalogueOptions = ServiceCatalogueOptions<NonConformingDeliveriesOptions>;

/** Options of `deliveryLeadTime` by catalogue id (the deliveries and orders come from the data). @category Catalogue */
export type DeliveryLeadTimeCatalogueOptions = ServiceCatalogueOptions<DeliveryLeadTimeOptions>;

/** The options every service indicator takes: period, `asOf`, calendar, explain. */
const serviceShape = {
  period: periodField,
  asOf: instantField.exactOptional(),
  timeZone: commonShape.timeZone,
  fiscalYearStartMonth: commonShape.fiscalYearStartMonth,
  explain: commonShape.explain,
};

/** The options of the service indicators that measure durations. */
const durationShape = {
  unit: durationUnitField.exactOptional(),
  dayCount: targetShape.dayCount,
};

const customerSatisfactionOptions: z.ZodType<CustomerSatisfactionCatalogueOptions> = z.strictObject(serviceShape);

const complaintsPerInterventionOptions: z.ZodType<ComplaintsPerInterventionCatalogueOptions> = z.strictObject({
  ...serviceShape,
  scope: scopeField.exactOptional(),
  complaintCategories: z.array(complaintCategoryField).exactOptional(),
  interventionTypes: z.array(z.string()).exactOptional(),
});

const deliveryLatenessOptions: z.ZodType<DeliveryLatenessCatalogueOptions> = z.strictObject({
  ...serviceShape,
  ...durationShape,
});

const penaltyAmountOptions: z.ZodType<PenaltyAmountCatalogueOptions> = z.strictObject({
  ...serviceShape,
  currency: commonShape.currency,
  exchangeRates: commonShape.exchangeRates,
});

const nonConformingDeliveriesOptions: z.ZodType<NonConformingDeliveriesCatalogueOptions> = z.strictObject(serviceShape);

const deliveryLeadTimeOptions: z.ZodType<DeliveryLeadTimeCatalogueOptions> = z.strictObject({
  ...serviceShape,
  ...durationShape,
});

/** The catalogue options read: the period with the options' calendar, `asOf` in the zone of the computation. */
function readServiceOptions<Options extends ServiceCatalogueOptions<ServiceOptions>>(
  id: string,
  options: Options,
): Omit<Options, "period" | "asOf"> & { readonly period: Period; readonly asOf?: Date } {
  const { period, asOf, ...rest } = options;
  const calendar = calendarOf(options satisfies ServiceCatalogueOptions<ServiceOptions>);
  const fail = indicatorFailure(id);
  const measured = readPeriod(fail, "period", period, calendar);
  const zone = calendar.timeZone ?? measured.timeZone;
  return { ...rest, period: measured, ...(asOf === undefined ? {} : { asOf: readInstant(fail, "asOf", asOf, zone) }) };
}

/** A report's period, `asOf` and calendar, as every service indicator takes them. */
function reportService(request: ReportRequest): ServiceCatalogueOptions<ServiceOptions> {
  return { period: request.period, asOf: request.asOf, ...reportOptionsOf(request, "calendar") };
}

/** {@link reportService} and the report's day count, for the indicators that measure durations. */
function reportDurations(request: ReportRequest): ServiceCatalogueOptions<ServiceOptions> & DurationOptions {
  return { ...reportService(request), ...reportOptionsOf(request, "dayCount") };
}

/** Customer satisfaction (13): survey responses required. */
const customerSatisfactionDefinition = defineIndicator({
  id: "customer-satisfaction",
  fn: customerSatisfaction,
  requires: ["survey-response"],
  options: customerSatisfactionOptions,
  result: CustomerSatisfactionResultSchema,
  compute: (data, options) =>
    customerSatisfaction(data.surveyResponses ?? [], readServiceOptions("customer-satisfaction", options)),
  reportOptions: (request): CustomerSatisfactionCatalogueOptions => reportService(request),
});

/** Complaints per commercial intervention (14): complaints and activities required; the roster optional. */
const complaintsPerInterventionDefinition = defineIndicator({
  id: "complaints-per-intervention",
  fn: complaintsPerIntervention,
  requires: ["complaint", "activity"],
  options: complaintsPerInterventionOptions,
  result: ComplaintsPerInterventionResultSchema,
  compute: (data, options) =>
    complaintsPerIntervention(data.complaints ?? [], data.activities ?? [], {
      ...readServiceOptions("complaints-per-intervention", options),
      ...(data.sellers === undefined ? {} : { sellers: data.sellers }),
    }),
  reportOptions: (request): ComplaintsPerInterventionCatalogueOptions => reportService(request),
});

/** Delivery lateness (17): deliveries required. */
const deliveryLatenessDefinition = defineIndicator({
  id: "delivery-lateness",
  fn: deliveryLateness,
  requires: ["delivery"],
  options: deliveryLatenessOptions,
  result: DeliveryLatenessResultSchema,
  compute: (data, options) => deliveryLateness(data.deliveries ?? [], readServiceOptions("delivery-lateness", options)),
  reportOptions: (request): DeliveryLatenessCatalogueOptions => reportDurations(request),
});

/** Penalty amount (19): penalties required; the report's currency and exchange rates. */
const penaltyAmountDefinition = defineIndicator({
  id: "penalty-amount",
  fn: penaltyAmount,
  requires: ["penalty"],
  options: penaltyAmountOptions,
  result: PenaltyAmountResultSchema,
  compute: (data, options) => penaltyAmount(data.penalties ?? [], readServiceOptions("penalty-amount", options)),
  reportOptions: (request): PenaltyAmountCatalogueOptions => ({
    ...reportService(request),
    ...reportOptionsOf(request, "money"),
  }),
});

/** Non-conforming deliveries (20): deliveries required. */
const nonConformingDeliveriesDefinition = defineIndicator({
  id: "non-conforming-deliveries",
  fn: nonConformingDeliveries,
  requires: ["delivery"],
  options: nonConformingDeliveriesOptions,
  result: NonConformingDeliveriesResultSchema,
  compute: (data, options) =>
    nonConformingDeliveries(data.deliveries ?? [], readServiceOptions("non-conforming-deliveries", options)),
  reportOptions: (request): NonConformingDeliveriesCatalogueOptions => reportService(request),
});

/** Delivery lead time (22): deliveries and the orders they name required. */
const deliveryLeadTimeDefinition = defineIndicator({
  id: "delivery-lead-time",
  fn: deliveryLeadTime,
  requires: ["delivery", "order"],
  options: deliveryLeadTimeOptions,
  result: DeliveryLeadTimeResultSchema,
  compute: (data, options) =>
    deliveryLeadTime(data.deliveries ?? [], data.orders ?? [], readServiceOptions("delivery-lead-time", options)),
  reportOptions: (request): DeliveryLeadTimeCatalogueOptions => reportDurations(request),
});

/**
 * The definitions of the service indicators, in the article's order. In a report each takes the
 * report's period, `asOf` and calendar; penalties its currency and exchange rates, the durations
 * its day count.
 *
 * @example
 * ```ts
 * SERVICE_DEFINITIONS.map((definition) => definition.requires);
 * //=> [["survey-response"], ["complaint", "activity"], ["delivery"], ["penalty"], ["delivery"], ["delivery", "order"]]
 * import { generateServiceRecords } from "../../sample/serviceRecords.js";
 * const data = generateSampleDataset();
 * const deliveries = generateServiceRecords(data.orders, { end: data.asOf }).deliveries;
 * const late = computeIndicator("delivery-lateness", { deliveries }, { period: "2026-Q2", asOf: "2026-06-15" });
 * late.indicator; //=> "delivery-lateness"
 * late.delivered === deliveryLateness(deliveries, { period: parsePeriod("2026-Q2"), asOf: data.asOf }).delivered; //=> true
 * ```
 * @category Catalogue
 */
export const SERVICE_DEFINITIONS = Object.freeze([
  customerSatisfactionDefinition,
  complaintsPerInterventionDefinition,
  deliveryLatenessDefinition,
  penaltyAmountDefinition,
  nonConformingDeliveriesDefinition,
  deliveryLeadTimeDefinition,
] as const);
