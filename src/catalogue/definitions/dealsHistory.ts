/**
 * The catalogue definitions of the deal indicators of spec section 4 that read the pipeline at an
 * instant or a deal history: stage conversion, slipped deals, pipeline ageing, forecast accuracy.
 * `DEAL_DEFINITIONS` (`./deals.ts`) lists them after the others, in the entries' order.
 *
 * @module
 */
import * as z from "zod";
import { forecastAccuracy, ForecastAccuracyResultSchema } from "../../indicators/deals/forecastAccuracy.js";
import type { ForecastAccuracyOptions } from "../../indicators/deals/forecastTypes.js";
import { pipelineAgeing, PipelineAgeingResultSchema } from "../../indicators/deals/pipelineAgeing.js";
import type { PipelineAgeingOptions } from "../../indicators/deals/pipelineAgeingTypes.js";
import { slippedDeals, SlippedDealsResultSchema } from "../../indicators/deals/slippedDeals.js";
import type { SlippedDealsOptions } from "../../indicators/deals/slippedDealsTypes.js";
import { stageConversion, StageConversionResultSchema } from "../../indicators/deals/stageConversion.js";
import type { StageConversionOptions } from "../../indicators/deals/stageConversionTypes.js";
import type { StageProbabilities } from "../../indicators/pipeline/stageProbabilities.js";
import {
  asOfOption,
  commonShape,
  instantField,
  instantOption,
  periodField,
  periodOption,
  reportOptionsOf,
  roster,
  targetShape,
} from "../_optionFields.js";
import { optionSchema, periodCall, periodReport, periodWindow } from "../_optionSchema.js";
import { defineIndicator } from "../defineIndicator.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";
import { activitiesOf, type DealOptionsFromData, type DealPeriodCatalogueOptions } from "./_dealsShared.js";

/**
 * Options of `stageConversion` by catalogue id: its own, less the stage history and the roster
 * (data), with the cohort period and the cut also as text.
 * @category Catalogue
 */
export type StageConversionCatalogueOptions = Omit<StageConversionOptions, DealOptionsFromData | "period" | "asOf"> & {
  /** Only deals created in this period (a cohort): a label or its bounds. Absent: every deal. */
  readonly period?: PeriodInput;
  /** Only stage changes at or before this instant count. Absent: all of them. */
  readonly asOf?: InstantInput;
};

/** Options of `slippedDeals` by catalogue id: its own, less the close-date history and the roster (data). @category Catalogue */
export type SlippedDealsCatalogueOptions = Omit<SlippedDealsOptions, DealOptionsFromData | "period" | "asOf"> &
  DealPeriodCatalogueOptions;

/** Options of `pipelineAgeing` by catalogue id: its own, less the activities and the roster (data). @category Catalogue */
export type PipelineAgeingCatalogueOptions = Omit<PipelineAgeingOptions, DealOptionsFromData | "asOf"> & {
  /** The instant the open deals are read at. */
  readonly asOf: InstantInput;
};

/**
 * Options of `forecastAccuracy` by catalogue id: its own, less the stage map, orders, targets and
 * roster (data), with the period and the instants also as text.
 * @category Catalogue
 */
export type ForecastAccuracyCatalogueOptions = Omit<
  ForecastAccuracyOptions,
  DealOptionsFromData | "period" | "forecastAsOf" | "asOf"
> & {
  /** The period forecast: a label or its bounds. */
  readonly period: PeriodInput;
  /** The earlier instant the forecast was made at. */
  readonly forecastAsOf: InstantInput;
  /** When the actual revenue is read; absent: the period's end. */
  readonly asOf?: InstantInput;
};

/** The stages of a stage map, in its order (a map's insertion order, an object's key order). */
function stagesOf(map: StageProbabilities | undefined): string[] {
  if (map === undefined) return [];
  return map instanceof Map ? [...(map as ReadonlyMap<string, unknown>).keys()] : Object.keys(map);
}

const { currency: _currency, exchangeRates: _exchangeRates, ...calendarShape } = commonShape;

const stageConversionOptions: z.ZodType<StageConversionCatalogueOptions> = z.strictObject({
  stages: z.array(z.string()),
  period: periodField.exactOptional(),
  asOf: instantField.exactOptional(),
  ...calendarShape,
});

const slippedDealsOptions: z.ZodType<SlippedDealsCatalogueOptions> = optionSchema(periodWindow);

const pipelineAgeingOptions: z.ZodType<PipelineAgeingCatalogueOptions> = optionSchema(
  { asOf: instantField },
  { bandLimits: z.array(z.number()).exactOptional(), staleAfterDays: z.number().exactOptional() },
);

const forecastAccuracyOptions: z.ZodType<ForecastAccuracyCatalogueOptions> = optionSchema(periodWindow, {
  forecastAsOf: instantField,
  ...targetShape,
});

/**
 * Stage-to-stage conversion: deals and their stage history required; the roster optional. In a
 * report, the stages are those of the data's stage map, in its order, and the cohort is the deals
 * created in the report's period.
 */
const stageConversionDefinition = defineIndicator({
  id: "stage-conversion",
  fn: stageConversion,
  requires: ["deal", "stage-change"],
  options: stageConversionOptions,
  result: StageConversionResultSchema,
  compute(data, { period, asOf, ...options }) {
    const cohort = period === undefined ? undefined : periodOption("stage-conversion", "period", period, options);
    return stageConversion(data.deals ?? [], {
      ...options,
      ...roster(data),
      ...(data.stageChanges === undefined ? {} : { stageChanges: data.stageChanges }),
      ...(cohort === undefined ? {} : { period: cohort }),
      ...asOfOption("stage-conversion", asOf, options.timeZone ?? cohort?.timeZone),
    });
  },
  reportOptions: (request, data) => ({
    stages: stagesOf(data.stageProbabilities),
    period: request.period,
    asOf: request.asOf,
    ...reportOptionsOf(request, "calendar"),
  }),
});

/** Slipped deals: deals required; the close-date history (else the overdue reading) and the roster optional. */
const slippedDealsDefinition = defineIndicator({
  id: "slipped-deals",
  fn: slippedDeals,
  requires: ["deal"],
  options: slippedDealsOptions,
  result: SlippedDealsResultSchema,
  compute: (data, options) =>
    slippedDeals(data.deals ?? [], {
      ...periodCall("slipped-deals", data, options),
      ...(data.closeDateChanges === undefined ? {} : { closeDateChanges: data.closeDateChanges }),
    }),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Pipeline ageing and stale deals: deals required; the activities (for stale deals) and the roster optional. */
const pipelineAgeingDefinition = defineIndicator({
  id: "pipeline-ageing",
  fn: pipelineAgeing,
  requires: ["deal"],
  options: pipelineAgeingOptions,
  result: PipelineAgeingResultSchema,
  compute(data, { asOf, ...options }) {
    return pipelineAgeing(data.deals ?? [], {
      ...options,
      ...roster(data),
      ...activitiesOf(data),
      asOf: instantOption("pipeline-ageing", "asOf", asOf, options.timeZone),
    });
  },
  reportOptions: (request) => ({ asOf: request.asOf, ...reportOptionsOf(request, "calendar", "money") }),
});

/**
 * Forecast accuracy: deals and orders required; the stage map (deals with their own probability
 * need none), revenue targets and roster optional. In a report, the forecast is made at the
 * period's start (or at `asOf`, when earlier) and the actual read at `asOf`.
 */
const forecastAccuracyDefinition = defineIndicator({
  id: "forecast-accuracy",
  fn: forecastAccuracy,
  requires: ["deal", "order"],
  options: forecastAccuracyOptions,
  result: ForecastAccuracyResultSchema,
  compute(data, { period, forecastAsOf, asOf, ...options }) {
    const measured = periodOption("forecast-accuracy", "period", period, options);
    const zone = options.timeZone ?? measured.timeZone;
    return forecastAccuracy(data.deals ?? [], {
      ...options,
      ...roster(data),
      stageProbabilities: data.stageProbabilities ?? {},
      orders: data.orders ?? [],
      ...(data.revenueTargets === undefined ? {} : { targets: data.revenueTargets }),
      period: measured,
      forecastAsOf: instantOption("forecast-accuracy", "forecastAsOf", forecastAsOf, zone),
      ...asOfOption("forecast-accuracy", asOf, zone),
    });
  },
  reportOptions: (request) => ({
    period: request.period,
    forecastAsOf: request.asOf.getTime() < request.period.start.getTime() ? request.asOf : request.period.start,
    asOf: request.asOf,
    ...reportOptionsOf(request, "calendar", "money", "dayCount"),
  }),
});

/**
 * The definitions of the deal indicators that read a deal history or the pipeline at an instant,
 * in the order of their entries (the last four of `DEAL_DEFINITIONS`).
 *
 * @example
 * ```ts
 * DEAL_HISTORY_DEFINITIONS.map((definition) => definition.requires);
 * //=> [["deal", "stage-change"], ["deal"], ["deal"], ["deal", "order"]]
 * ```
 * @category Catalogue
 */
export const DEAL_HISTORY_DEFINITIONS = Object.freeze([
  stageConversionDefinition,
  slippedDealsDefinition,
  pipelineAgeingDefinition,
  forecastAccuracyDefinition,
] as const);
