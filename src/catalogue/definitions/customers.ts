/**
 * The catalogue definitions of the customer and attainment indicators: new customer revenue and
 * the customer renewal rate (the article's operational indicators 10 and 11), new versus existing
 * customer revenue and the attainment distribution (spec section 4). Their options as the
 * catalogue takes them, the records they need, how they compute from an `IndicatorData` object
 * and which options they take in a report.
 *
 * @module
 */
import * as z from "zod";
import {
  attainmentDistribution,
  AttainmentDistributionResultSchema,
} from "../../indicators/customers/attainmentDistribution.js";
import type { AttainmentDistributionOptions } from "../../indicators/customers/attainmentDistributionTypes.js";
import type { CustomerIndicatorOptions } from "../../indicators/customers/customerTypes.js";
import { newCustomerRevenue, NewCustomerRevenueResultSchema } from "../../indicators/customers/newCustomerRevenue.js";
import {
  newVsExistingRevenue,
  NewVsExistingRevenueResultSchema,
} from "../../indicators/customers/newVsExistingRevenue.js";
import { renewalRate, RenewalRateResultSchema } from "../../indicators/customers/renewalRate.js";
import type { RenewalRateOptions } from "../../indicators/customers/renewalRateTypes.js";
import { periodField, periodOption, targetShape } from "../_optionFields.js";
import { optionSchema, periodCall, periodReport, periodWindow } from "../_optionSchema.js";
import { defineIndicator } from "../defineIndicator.js";
import type { IndicatorData } from "../indicatorData.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";

/**
 * Options of `newCustomerRevenue` and `newVsExistingRevenue` by catalogue id: their own, less the
 * roster (data); the period and `asOf` also as text.
 * @category Catalogue
 */
export type CustomerRevenueCatalogueOptions = Omit<CustomerIndicatorOptions, "sellers" | "period" | "asOf"> & {
  /** The period measured: a label (`"2026-Q2"`) or its bounds. */
  readonly period: PeriodInput;
  /** "Now": orders dated at or after it do not count; absent: no cut. */
  readonly asOf?: InstantInput;
};

/**
 * Options of `renewalRate` by catalogue id: its own, less the roster (data); the periods and
 * `asOf` also as text.
 * @category Catalogue
 */
export type RenewalRateCatalogueOptions = Omit<RenewalRateOptions, "sellers" | "period" | "previousPeriod" | "asOf"> & {
  /** The period measured: a label or its bounds. */
  readonly period: PeriodInput;
  /** The period compared with: a label or its bounds; absent: the one just before, of the same calendar length. */
  readonly previousPeriod?: PeriodInput;
  /** "Now": orders dated at or after it do not count, in either period; absent: no cut. */
  readonly asOf?: InstantInput;
};

/**
 * Options of `attainmentDistribution` by catalogue id: its own, less the revenue targets and the
 * roster (data); the period and `asOf` also as text.
 * @category Catalogue
 */
export type AttainmentDistributionCatalogueOptions = Omit<
  AttainmentDistributionOptions,
  "targets" | "sellers" | "period" | "asOf"
> & {
  /** The period measured: a label or its bounds. */
  readonly period: PeriodInput;
  /** "Now"; absent: the period is judged closed. */
  readonly asOf?: InstantInput;
};

const customerRevenueOptions: z.ZodType<CustomerRevenueCatalogueOptions> = optionSchema(periodWindow);

const renewalRateOptions: z.ZodType<RenewalRateCatalogueOptions> = optionSchema({
  period: periodWindow.period,
  previousPeriod: periodField.exactOptional(),
  asOf: periodWindow.asOf,
});

const attainmentDistributionOptions: z.ZodType<AttainmentDistributionCatalogueOptions> = optionSchema(
  periodWindow,
  targetShape,
);

/** The function's options of a customer revenue indicator: the period and `asOf` read, the roster from the data. */
function customerRevenueCall(
  id: string,
  data: IndicatorData,
  options: CustomerRevenueCatalogueOptions,
): CustomerIndicatorOptions {
  return periodCall(id, data, options);
}

/** New customer revenue (tarif nouveau client, operational indicator 10): orders required; the roster optional. */
const newCustomerRevenueDefinition = defineIndicator({
  id: "new-customer-revenue",
  fn: newCustomerRevenue,
  requires: ["order"],
  options: customerRevenueOptions,
  result: NewCustomerRevenueResultSchema,
  compute: (data, options) =>
    newCustomerRevenue(data.orders ?? [], customerRevenueCall("new-customer-revenue", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/**
 * The customer renewal rate (operational indicator 11): orders required; the roster optional. In a
 * report, the previous period is the default one (just before the report's, of the same length).
 */
const renewalRateDefinition = defineIndicator({
  id: "customer-renewal-rate",
  fn: renewalRate,
  requires: ["order"],
  options: renewalRateOptions,
  result: RenewalRateResultSchema,
  compute(data, { previousPeriod, ...options }) {
    return renewalRate(data.orders ?? [], {
      ...periodCall("customer-renewal-rate", data, options),
      ...(previousPeriod === undefined
        ? {}
        : { previousPeriod: periodOption("customer-renewal-rate", "previousPeriod", previousPeriod, options) }),
    });
  },
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** New versus existing customer revenue (spec section 4): orders required; the roster optional. */
const newVsExistingRevenueDefinition = defineIndicator({
  id: "new-vs-existing-revenue",
  fn: newVsExistingRevenue,
  requires: ["order"],
  options: customerRevenueOptions,
  result: NewVsExistingRevenueResultSchema,
  compute: (data, options) =>
    newVsExistingRevenue(data.orders ?? [], customerRevenueCall("new-vs-existing-revenue", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** The attainment distribution (spec section 4): orders and revenue targets required; the roster optional. */
const attainmentDistributionDefinition = defineIndicator({
  id: "attainment-distribution",
  fn: attainmentDistribution,
  requires: ["order", "revenue-target"],
  options: attainmentDistributionOptions,
  result: AttainmentDistributionResultSchema,
  compute: (data, options) =>
    attainmentDistribution(data.orders ?? [], {
      ...periodCall("attainment-distribution", data, options),
      targets: data.revenueTargets ?? [],
    }),
  reportOptions: (request) => periodReport(request, "calendar", "money", "dayCount"),
});

/**
 * The definitions of the customer and attainment indicators, in the order of their catalogue
 * entries (`CUSTOMER_ENTRIES`).
 *
 * @example
 * ```ts
 * CUSTOMER_DEFINITIONS.map((definition) => [definition.id, definition.requires]);
 * //=> [["new-customer-revenue", ["order"]], ["customer-renewal-rate", ["order"]],
 * //    ["new-vs-existing-revenue", ["order"]], ["attainment-distribution", ["order", "revenue-target"]]]
 * CUSTOMER_DEFINITIONS[1].fn === renewalRate; //=> true
 * ```
 * @category Catalogue
 */
export const CUSTOMER_DEFINITIONS = Object.freeze([
  newCustomerRevenueDefinition,
  renewalRateDefinition,
  newVsExistingRevenueDefinition,
  attainmentDistributionDefinition,
] as const);
