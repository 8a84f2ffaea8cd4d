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
import type { ServiceOptions } from "../../indicators/service/serviceTypes.js";
import { commonShape, complaintCategoryField, durationUnitField, scopeField, targetShape } from "../_optionFields.js";
import { calendarShape, optionSchema, periodCall, periodReport, periodWindow } from "../_optionSchema.js";
import { defineIndicator } from "../defineIndicator.js";
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

/** The options of the service indicators that measure durations. */
const durationShape = {
  unit: durationUnitField.exactOptional(),
  dayCount: targetShape.dayCount,
};

const customerSatisfactionOptions: z.ZodType<CustomerSatisfactionCatalogueOptions> = optionSchema(
  periodWindow,
  {},
  calendarShape,
);

const complaintsPerInterventionOptions: z.ZodType<ComplaintsPerInterventionCatalogueOptions> = optionSchema(
  periodWindow,
  {
    scope: scopeField.exactOptional(),
    complaintCategories: z.array(complaintCategoryField).exactOptional(),
    interventionTypes: z.array(z.string()).exactOptional(),
  },
  calendarShape,
);

const deliveryLatenessOptions: z.ZodType<DeliveryLatenessCatalogueOptions> = optionSchema(
  periodWindow,
  durationShape,
  calendarShape,
);

const penaltyAmountOptions: z.ZodType<PenaltyAmountCatalogueOptions> = optionSchema(
  periodWindow,
  { currency: commonShape.currency, exchangeRates: commonShape.exchangeRates },
  calendarShape,
);

const nonConformingDeliveriesOptions: z.ZodType<NonConformingDeliveriesCatalogueOptions> = optionSchema(
  periodWindow,
  {},
  calendarShape,
);

const deliveryLeadTimeOptions: z.ZodType<DeliveryLeadTimeCatalogueOptions> = optionSchema(
  periodWindow,
  durationShape,
  calendarShape,
);

/** Customer satisfaction (13): survey responses required. */
const customerSatisfactionDefinition = defineIndicator({
  id: "customer-satisfaction",
  fn: customerSatisfaction,
  requires: ["survey-response"],
  options: customerSatisfactionOptions,
  result: CustomerSatisfactionResultSchema,
  compute: (data, options) =>
    customerSatisfaction(data.surveyResponses ?? [], periodCall("customer-satisfaction", data, options)),
  reportOptions: (request) => periodReport(request, "calendar"),
});

/** Complaints per commercial intervention (14): complaints and activities required; the roster optional. */
const complaintsPerInterventionDefinition = defineIndicator({
  id: "complaints-per-intervention",
  fn: complaintsPerIntervention,
  requires: ["complaint", "activity"],
  options: complaintsPerInterventionOptions,
  result: ComplaintsPerInterventionResultSchema,
  compute: (data, options) =>
    complaintsPerIntervention(
      data.complaints ?? [],
      data.activities ?? [],
      periodCall("complaints-per-intervention", data, options),
    ),
  reportOptions: (request) => periodReport(request, "calendar"),
});

/** Delivery lateness (17): deliveries required. */
const deliveryLatenessDefinition = defineIndicator({
  id: "delivery-lateness",
  fn: deliveryLateness,
  requires: ["delivery"],
  options: deliveryLatenessOptions,
  result: DeliveryLatenessResultSchema,
  compute: (data, options) => deliveryLateness(data.deliveries ?? [], periodCall("delivery-lateness", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "dayCount"),
});

/** Penalty amount (19): penalties required; the report's currency and exchange rates. */
const penaltyAmountDefinition = defineIndicator({
  id: "penalty-amount",
  fn: penaltyAmount,
  requires: ["penalty"],
  options: penaltyAmountOptions,
  result: PenaltyAmountResultSchema,
  compute: (data, options) => penaltyAmount(data.penalties ?? [], periodCall("penalty-amount", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Non-conforming deliveries (20): deliveries required. */
const nonConformingDeliveriesDefinition = defineIndicator({
  id: "non-conforming-deliveries",
  fn: nonConformingDeliveries,
  requires: ["delivery"],
  options: nonConformingDeliveriesOptions,
  result: NonConformingDeliveriesResultSchema,
  compute: (data, options) =>
    nonConformingDeliveries(data.deliveries ?? [], periodCall("non-conforming-deliveries", data, options)),
  reportOptions: (request) => periodReport(request, "calendar"),
});

/** Delivery lead time (22): deliveries and the orders they name required. */
const deliveryLeadTimeDefinition = defineIndicator({
  id: "delivery-lead-time",
  fn: deliveryLeadTime,
  requires: ["delivery", "order"],
  options: deliveryLeadTimeOptions,
  result: DeliveryLeadTimeResultSchema,
  compute: (data, options) =>
    deliveryLeadTime(data.deliveries ?? [], data.orders ?? [], periodCall("delivery-lead-time", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "dayCount"),
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
