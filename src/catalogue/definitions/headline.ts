/**
 * The catalogue definitions of the five headline indicators (spec section 2): their options as the
 * catalogue takes them, the records they need, how they compute from an `IndicatorData` object and
 * which options they take in a report.
 *
 * @module
 */
import * as z from "zod";
import { activityRate, ActivityRateResultSchema } from "../../indicators/activity/activityRate.js";
import type { ActivityRateOptions } from "../../indicators/activity/activityRateTypes.js";
import { lostDeals, LostDealsResultSchema } from "../../indicators/lostDeals/lostDeals.js";
import type { LostDealsOptions } from "../../indicators/lostDeals/lostDealsTypes.js";
import { pipeline, PipelineResultSchema } from "../../indicators/pipeline/pipeline.js";
import type { PipelineOptions } from "../../indicators/pipeline/pipelineTypes.js";
import { revenuePerSeller, RevenuePerSellerResultSchema } from "../../indicators/revenue/revenuePerSeller.js";
import type { RevenuePerSellerOptions } from "../../indicators/revenue/revenuePerSellerTypes.js";
import { revenueVsTarget, RevenueVsTargetResultSchema } from "../../indicators/revenue/revenueVsTarget.js";
import type { RevenueVsTargetOptions } from "../../indicators/revenue/revenueVsTargetTypes.js";
import {
  countField,
  decimalField,
  indicatorFailure,
  instantField,
  periodField,
  periodOption,
  readInstant,
  reportOptionsOf,
  roster,
  targetShape,
  thresholdsField,
} from "../_optionFields.js";
import {
  optionSchema,
  periodCall,
  periodReport,
  periodWindow,
  rangeCall,
  rangeReport,
  rangeWindow,
} from "../_optionSchema.js";
import { defineIndicator } from "../defineIndicator.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";

/**
 * The options of the headline functions that the catalogue fills from the data object (records,
 * roster, stage map, loss-reason categories), or declares anew (the pipeline's `forecast` names
 * only its period), so they are not, as they are, options by catalogue id.
 * @category Catalogue
 */
export type OptionsFromData =
  "targets" | "sellers" | "activities" | "stageProbabilities" | "forecast" | "reasonCategories";

/** Options of `revenueVsTarget` by catalogue id: its own, less the targets and the roster (data). @category Catalogue */
export type RevenueVsTargetCatalogueOptions = Omit<RevenueVsTargetOptions, OptionsFromData | "period" | "asOf"> & {
  /** The period measured: a label (`"2026-Q2"`) or its bounds. */
  readonly period: PeriodInput;
  /** "Now"; absent: the period is judged closed. */
  readonly asOf?: InstantInput;
};

/**
 * Options of `revenuePerSeller` by catalogue id: its own, less the targets, activities and roster
 * (data); one series per seller (the by-customer form stays with the function).
 * @category Catalogue
 */
export type RevenuePerSellerCatalogueOptions = Omit<
  RevenuePerSellerOptions,
  OptionsFromData | "by" | "range" | "asOf"
> & {
  /** The range split into buckets: a label or its bounds. */
  readonly range: PeriodInput;
  /** Count only records dated before this instant. */
  readonly asOf?: InstantInput;
};

/**
 * Options of `pipeline` by catalogue id: its own, less the stage map and the roster (data); the
 * forecast names only its period (orders and revenue targets come from the data).
 * @category Catalogue
 */
export type PipelineCatalogueOptions = Omit<PipelineOptions, OptionsFromData | "asOf"> & {
  /** "Now": which deals are open, which are overdue. */
  readonly asOf: InstantInput;
  /** Compute a forecast against this target period, from the data's orders and revenue targets. */
  readonly forecast?: {
    /** The target period: a label or its bounds. */
    readonly period: PeriodInput;
  };
};

/** Options of `activityRate` by catalogue id: its own, less the activity targets and the roster (data). @category Catalogue */
export type ActivityRateCatalogueOptions = Omit<ActivityRateOptions, OptionsFromData | "period" | "asOf"> & {
  /** The period measured: a label or its bounds. */
  readonly period: PeriodInput;
  /** "Now"; absent: the period is judged closed. */
  readonly asOf?: InstantInput;
};

/** Options of `lostDeals` by catalogue id: its own, less the reason categories and the roster (data). @category Catalogue */
export type LostDealsCatalogueOptions = Omit<LostDealsOptions, OptionsFromData | "range" | "asOf"> & {
  /** The range split into buckets of `closedAt`: a label or its bounds. */
  readonly range: PeriodInput;
  /** "Now": deals closed at or after it are not counted. */
  readonly asOf?: InstantInput;
};

const revenueVsTargetOptions: z.ZodType<RevenueVsTargetCatalogueOptions> = optionSchema(periodWindow, {
  thresholds: thresholdsField.exactOptional(),
  ...targetShape,
});

const revenuePerSellerOptions: z.ZodType<RevenuePerSellerCatalogueOptions> = optionSchema(rangeWindow, {
  trailingBuckets: countField.exactOptional(),
  thresholds: z
    .strictObject({ drop: decimalField.exactOptional(), exceptional: decimalField.exactOptional() })
    .exactOptional(),
  ...targetShape,
});

const pipelineOptions: z.ZodType<PipelineCatalogueOptions> = optionSchema(
  { asOf: instantField },
  {
    grain: z.enum(["month", "quarter", "year"]).exactOptional(),
    forecast: z.strictObject({ period: periodField }).exactOptional(),
    ...targetShape,
  },
);

const activityRateOptions: z.ZodType<ActivityRateCatalogueOptions> = optionSchema(periodWindow, {
  minWindowDays: z.number().exactOptional(),
  thresholds: thresholdsField.exactOptional(),
  types: z.array(z.string()).exactOptional(),
  ...targetShape,
});

const lostDealsOptions: z.ZodType<LostDealsCatalogueOptions> = optionSchema(rangeWindow, {
  spike: z
    .strictObject({
      minCount: z.number().exactOptional(),
      trailingBuckets: z.number().exactOptional(),
      k: decimalField.exactOptional(),
      deviation: z.enum(["sample", "population"]).exactOptional(),
    })
    .exactOptional(),
});

/** Revenue versus target (2.1): orders and revenue targets required; the roster optional. */
const revenueVsTargetDefinition = defineIndicator({
  id: "revenue-vs-target",
  fn: revenueVsTarget,
  requires: ["order", "revenue-target"],
  options: revenueVsTargetOptions,
  result: RevenueVsTargetResultSchema,
  compute: (data, options) =>
    revenueVsTarget(data.orders ?? [], {
      ...periodCall("revenue-vs-target", data, options),
      targets: data.revenueTargets ?? [],
    }),
  reportOptions: (request) => periodReport(request, "calendar", "money", "dayCount"),
});

/** Revenue per seller (2.2): orders required; the roster, seller targets and activities optional. */
const revenuePerSellerDefinition = defineIndicator({
  id: "revenue-per-seller",
  fn: revenuePerSeller,
  requires: ["order"],
  options: revenuePerSellerOptions,
  result: RevenuePerSellerResultSchema,
  compute: (data, options) =>
    revenuePerSeller(data.orders ?? [], {
      ...rangeCall("revenue-per-seller", data, options),
      ...(data.revenueTargets === undefined ? {} : { targets: data.revenueTargets }),
      ...(data.activities === undefined ? {} : { activities: data.activities }),
    }),
  reportOptions: (request) => rangeReport(request, "calendar", "money", "dayCount"),
});

/**
 * The pipeline (2.3): deals required; the stage map from the data (deals with their own probability
 * need none); with a forecast, the data's orders and revenue targets (none given: none counted).
 */
const pipelineDefinition = defineIndicator({
  id: "pipeline",
  fn: pipeline,
  requires: ["deal"],
  options: pipelineOptions,
  result: PipelineResultSchema,
  compute(data, { asOf, forecast, ...options }) {
    const period =
      forecast === undefined ? undefined : periodOption("pipeline", "forecast.period", forecast.period, options);
    return pipeline(data.deals ?? [], {
      ...options,
      ...roster(data),
      stageProbabilities: data.stageProbabilities ?? {},
      asOf: readInstant(indicatorFailure("pipeline"), "asOf", asOf, options.timeZone ?? period?.timeZone),
      ...(period === undefined
        ? {}
        : { forecast: { period, orders: data.orders ?? [], targets: data.revenueTargets ?? [] } }),
    });
  },
  reportOptions: (request, data) => ({
    asOf: request.asOf,
    ...(data.orders === undefined ? {} : { forecast: { period: request.period } }),
    ...reportOptionsOf(request, "calendar", "money", "dayCount"),
  }),
});

/** The activity rate (2.4): activities and activity targets required; the roster optional. */
const activityRateDefinition = defineIndicator({
  id: "activity-rate",
  fn: activityRate,
  requires: ["activity", "activity-target"],
  options: activityRateOptions,
  result: ActivityRateResultSchema,
  compute: (data, options) =>
    activityRate(data.activities ?? [], {
      ...periodCall("activity-rate", data, options),
      targets: data.activityTargets ?? [],
    }),
  reportOptions: (request) => periodReport(request, "calendar", "money", "dayCount"),
});

/** Lost deals (2.5): deals required; the roster and the loss-reason categories optional. */
const lostDealsDefinition = defineIndicator({
  id: "lost-deals",
  fn: lostDeals,
  requires: ["deal"],
  options: lostDealsOptions,
  result: LostDealsResultSchema,
  compute: (data, options) =>
    lostDeals(data.deals ?? [], {
      ...rangeCall("lost-deals", data, options),
      ...(data.lossReasonCategories === undefined ? {} : { reasonCategories: data.lossReasonCategories }),
    }),
  reportOptions: (request) => rangeReport(request, "calendar", "money"),
});

/**
 * The definitions of the five headline indicators, in the article's order.
 *
 * @example
 * ```ts
 * HEADLINE_DEFINITIONS.map((definition) => definition.requires);
 * //=> [["order", "revenue-target"], ["order"], ["deal"], ["activity", "activity-target"], ["deal"]]
 * ```
 * @category Catalogue
 */
export const HEADLINE_DEFINITIONS = Object.freeze([
  revenueVsTargetDefinition,
  revenuePerSellerDefinition,
  pipelineDefinition,
  activityRateDefinition,
  lostDealsDefinition,
] as const);
