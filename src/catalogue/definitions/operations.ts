/**
 * The catalogue definitions of the article's operational indicators computed from activities,
 * orders and expenses (operational indicators 1, 2, 3, 6, 7, 8, 9 and 18): visited customers,
 * visit duration, service cancellations, revenue per month and per seller (2.2 read month by
 * month), hours sold, the representation expense ratio, margin to commercial expenses and
 * discounts. Their options as the catalogue takes them, the records they need, how they compute
 * from an `IndicatorData` object and which options they take in a report.
 *
 * @module
 */
import * as z from "zod";
import type { ExpenseCategory } from "../../model/expenseSchema.js";
import { EXPENSE_CATEGORIES } from "../../model/expenseSchema.js";
import { discounts, DiscountsResultSchema } from "../../indicators/operations/discounts.js";
import type { DiscountsOptions } from "../../indicators/operations/discountsTypes.js";
import type { ExpenseRatioOptions } from "../../indicators/operations/expenseRatiosTypes.js";
import { hoursSold, HoursSoldResultSchema } from "../../indicators/operations/hoursSold.js";
import type { HoursSoldOptions } from "../../indicators/operations/hoursSoldTypes.js";
import {
  marginToCommercialExpenses,
  MarginToExpensesResultSchema,
} from "../../indicators/operations/marginToCommercialExpenses.js";
import {
  representationExpenseRatio,
  RepresentationExpenseResultSchema,
} from "../../indicators/operations/representationExpenseRatio.js";
import {
  serviceCancellations,
  ServiceCancellationsResultSchema,
} from "../../indicators/operations/serviceCancellations.js";
import type { ServiceCancellationsOptions } from "../../indicators/operations/serviceCancellationsTypes.js";
import { visitDuration, VisitDurationResultSchema } from "../../indicators/operations/visitDuration.js";
import type { VisitDurationOptions } from "../../indicators/operations/visitDurationTypes.js";
import { visitedCustomers, VisitedCustomersResultSchema } from "../../indicators/operations/visitedCustomers.js";
import type { VisitedCustomersOptions } from "../../indicators/operations/visitedCustomersTypes.js";
import { revenuePerSeller, RevenuePerSellerResultSchema } from "../../indicators/revenue/revenuePerSeller.js";
import type { Period } from "../../period/types.js";
import { countField, decimalField, durationUnitField, targetShape } from "../_optionFields.js";
import { optionSchema, rangeCall, rangeReport, rangeWindow } from "../_optionSchema.js";
import { defineIndicator } from "../defineIndicator.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";
import type { RevenuePerSellerCatalogueOptions } from "./headline.js";

/**
 * Options of an operational indicator by catalogue id: the function's own, less the roster
 * (data); the range and `asOf` also as text.
 * @category Catalogue
 */
export type OperationsCatalogueOptions<
  O extends {
    /** The range of the function's own options. */
    readonly range: Period;
    /** The `asOf` of the function's own options. */
    readonly asOf?: Date;
  },
> = Omit<O, "sellers" | "range" | "asOf"> & {
  /** The range split into buckets: a label (`"2026-Q2"`) or its bounds. */
  readonly range: PeriodInput;
  /** "Now": records dated at or after it do not count; absent: no cut. */
  readonly asOf?: InstantInput;
};

/** Options of `visitedCustomers` by catalogue id. @category Catalogue */
export type VisitedCustomersCatalogueOptions = OperationsCatalogueOptions<VisitedCustomersOptions>;
/** Options of `visitDuration` by catalogue id. @category Catalogue */
export type VisitDurationCatalogueOptions = OperationsCatalogueOptions<VisitDurationOptions>;
/** Options of `serviceCancellations` by catalogue id. @category Catalogue */
export type ServiceCancellationsCatalogueOptions = OperationsCatalogueOptions<ServiceCancellationsOptions>;
/** Options of `hoursSold` by catalogue id. @category Catalogue */
export type HoursSoldCatalogueOptions = OperationsCatalogueOptions<HoursSoldOptions>;
/**
 * Options of `representationExpenseRatio` and `marginToCommercialExpenses` by catalogue id.
 * @category Catalogue
 */
export type ExpenseRatioCatalogueOptions = OperationsCatalogueOptions<ExpenseRatioOptions>;
/** Options of `discounts` by catalogue id. @category Catalogue */
export type DiscountsCatalogueOptions = OperationsCatalogueOptions<DiscountsOptions>;

/**
 * Options of revenue per month and per seller by catalogue id: those of revenue per seller (2.2)
 * less the grain, which is the month.
 * @category Catalogue
 */
export type RevenuePerMonthCatalogueOptions = Omit<RevenuePerSellerCatalogueOptions, "grain">;

const categoriesField: z.ZodType<readonly ExpenseCategory[]> = z.array(
  z.enum(EXPENSE_CATEGORIES as unknown as readonly [ExpenseCategory, ...ExpenseCategory[]]),
);

const visitedCustomersOptions: z.ZodType<VisitedCustomersCatalogueOptions> = optionSchema(rangeWindow);

const visitDurationOptions: z.ZodType<VisitDurationCatalogueOptions> = optionSchema(rangeWindow, {
  durationUnit: durationUnitField.exactOptional(),
});

const serviceCancellationsOptions: z.ZodType<ServiceCancellationsCatalogueOptions> = optionSchema(rangeWindow, {
  types: z.array(z.string()).exactOptional(),
});

const hoursSoldOptions: z.ZodType<HoursSoldCatalogueOptions> = optionSchema(rangeWindow);

const expenseRatioOptions: z.ZodType<ExpenseRatioCatalogueOptions> = optionSchema(rangeWindow, {
  categories: categoriesField.exactOptional(),
});

const discountsOptions: z.ZodType<DiscountsCatalogueOptions> = optionSchema(rangeWindow);

const { grain: _grain, ...monthWindow } = rangeWindow;

const revenuePerMonthOptions: z.ZodType<RevenuePerMonthCatalogueOptions> = optionSchema(monthWindow, {
  trailingBuckets: countField.exactOptional(),
  thresholds: z
    .strictObject({ drop: decimalField.exactOptional(), exceptional: decimalField.exactOptional() })
    .exactOptional(),
  ...targetShape,
});

/** Customers visited each week (operational indicator 1): activities required; the roster optional. */
const visitedCustomersDefinition = defineIndicator({
  id: "visited-customers",
  fn: visitedCustomers,
  requires: ["activity"],
  options: visitedCustomersOptions,
  result: VisitedCustomersResultSchema,
  compute: (data, options) => visitedCustomers(data.activities ?? [], rangeCall("visited-customers", data, options)),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/** Time spent per visit (operational indicator 2): activities required; the roster optional. */
const visitDurationDefinition = defineIndicator({
  id: "visit-duration",
  fn: visitDuration,
  requires: ["activity"],
  options: visitDurationOptions,
  result: VisitDurationResultSchema,
  compute: (data, options) => visitDuration(data.activities ?? [], rangeCall("visit-duration", data, options)),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/** Appointments cancelled by the service (operational indicator 3): activities required; the roster optional. */
const serviceCancellationsDefinition = defineIndicator({
  id: "service-cancellations",
  fn: serviceCancellations,
  requires: ["activity"],
  options: serviceCancellationsOptions,
  result: ServiceCancellationsResultSchema,
  compute: (data, options) =>
    serviceCancellations(data.activities ?? [], rangeCall("service-cancellations", data, options)),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/**
 * Revenue per month and per seller (operational indicator 6): revenue per seller (2.2) with the
 * grain fixed to the month. Orders required; the roster, seller targets and activities optional.
 */
const revenuePerMonthDefinition = defineIndicator({
  id: "revenue-per-month-per-seller",
  fn: revenuePerSeller,
  requires: ["order"],
  options: revenuePerMonthOptions,
  result: RevenuePerSellerResultSchema,
  compute(data, options) {
    return revenuePerSeller(data.orders ?? [], {
      ...rangeCall("revenue-per-month-per-seller", data, options),
      ...(data.revenueTargets === undefined ? {} : { targets: data.revenueTargets }),
      ...(data.activities === undefined ? {} : { activities: data.activities }),
      grain: "month",
    });
  },
  reportOptions: (request) => rangeReport(request, "calendar", "money", "dayCount"),
});

/** Production hours sold (operational indicator 7): orders required; the roster optional. */
const hoursSoldDefinition = defineIndicator({
  id: "hours-sold",
  fn: hoursSold,
  requires: ["order"],
  options: hoursSoldOptions,
  result: HoursSoldResultSchema,
  compute: (data, options) => hoursSold(data.orders ?? [], rangeCall("hours-sold", data, options)),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/** Representation expenses over revenue (operational indicator 8): expenses and orders required; the roster optional. */
const representationExpenseRatioDefinition = defineIndicator({
  id: "representation-expense-ratio",
  fn: representationExpenseRatio,
  requires: ["expense", "order"],
  options: expenseRatioOptions,
  result: RepresentationExpenseResultSchema,
  compute: (data, options) =>
    representationExpenseRatio(
      data.orders ?? [],
      data.expenses ?? [],
      rangeCall("representation-expense-ratio", data, options),
    ),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/** Order margin over commercial expenses (operational indicator 9): orders and expenses required; the roster optional. */
const marginToCommercialExpensesDefinition = defineIndicator({
  id: "margin-to-commercial-expenses",
  fn: marginToCommercialExpenses,
  requires: ["order", "expense"],
  options: expenseRatioOptions,
  result: MarginToExpensesResultSchema,
  compute: (data, options) =>
    marginToCommercialExpenses(
      data.orders ?? [],
      data.expenses ?? [],
      rangeCall("margin-to-commercial-expenses", data, options),
    ),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/** Discounts granted (operational indicator 18): orders required; the roster optional. */
const discountsDefinition = defineIndicator({
  id: "discounts",
  fn: discounts,
  requires: ["order"],
  options: discountsOptions,
  result: DiscountsResultSchema,
  compute: (data, options) => discounts(data.orders ?? [], rangeCall("discounts", data, options)),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/**
 * The definitions of the operational indicators computed from activities, orders and expenses, in
 * the order of their catalogue entries (`OPERATIONS_ENTRIES`).
 *
 * @example
 * ```ts
 * OPERATIONS_DEFINITIONS.map((definition) => definition.id);
 * //=> ["visited-customers", "visit-duration", "service-cancellations", "revenue-per-month-per-seller", "hours-sold",
 * //    "representation-expense-ratio", "margin-to-commercial-expenses", "discounts"]
 * OPERATIONS_DEFINITIONS[5].requires; //=> ["expense", "order"]
 * OPERATIONS_DEFINITIONS[3].fn === revenuePerSeller; //=> true
 * ```
 * @category Catalogue
 */
export const OPERATIONS_DEFINITIONS = Object.freeze([
  visitedCustomersDefinition,
  visitDurationDefinition,
  serviceCancellationsDefinition,
  revenuePerMonthDefinition,
  hoursSoldDefinition,
  representationExpenseRatioDefinition,
  marginToCommercialExpensesDefinition,
  discountsDefinition,
] as const);
