/**
 * The catalogue definitions of the deal indicators of spec section 4: win rate, average deal size,
 * sales cycle length, sales velocity and pipeline coverage here; stage conversion, slipped deals,
 * pipeline ageing and forecast accuracy in `./dealsHistory.ts`. {@link DEAL_DEFINITIONS} lists
 * them all, in the order of their entries (`DEAL_ENTRIES`).
 *
 * @module
 */
import * as z from "zod";
import { averageDealSize, AverageDealSizeResultSchema } from "../../indicators/deals/averageDealSize.js";
import type { AverageDealSizeOptions } from "../../indicators/deals/averageDealSizeTypes.js";
import type { PipelineCoverageOptions } from "../../indicators/deals/forecastTypes.js";
import { pipelineCoverage, PipelineCoverageResultSchema } from "../../indicators/deals/pipelineCoverage.js";
import { salesCycleLength, SalesCycleLengthResultSchema } from "../../indicators/deals/salesCycleLength.js";
import type { SalesCycleLengthOptions } from "../../indicators/deals/salesCycleLengthTypes.js";
import { salesVelocity, SalesVelocityResultSchema } from "../../indicators/deals/salesVelocity.js";
import type { SalesVelocityOptions } from "../../indicators/deals/salesVelocityTypes.js";
import { winRate, WinRateResultSchema } from "../../indicators/deals/winRate.js";
import type { WinRateOptions } from "../../indicators/deals/winRateTypes.js";
import {
  countField,
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
import { DEAL_HISTORY_DEFINITIONS } from "./dealsHistory.js";

export type { DealOptionsFromData, DealPeriodCatalogueOptions } from "./_dealsShared.js";

/** Options of `winRate` by catalogue id: its own, less the activities and the roster (data). @category Catalogue */
export type WinRateCatalogueOptions = Omit<WinRateOptions, DealOptionsFromData | "period" | "asOf"> &
  DealPeriodCatalogueOptions;

/** Options of `averageDealSize` by catalogue id: its own, less the roster (data). @category Catalogue */
export type AverageDealSizeCatalogueOptions = Omit<AverageDealSizeOptions, DealOptionsFromData | "period" | "asOf"> &
  DealPeriodCatalogueOptions;

/** Options of `salesCycleLength` by catalogue id: its own, less the roster (data). @category Catalogue */
export type SalesCycleLengthCatalogueOptions = Omit<SalesCycleLengthOptions, DealOptionsFromData | "period" | "asOf"> &
  DealPeriodCatalogueOptions;

/** Options of `salesVelocity` by catalogue id: its own, less the roster (data). @category Catalogue */
export type SalesVelocityCatalogueOptions = Omit<SalesVelocityOptions, DealOptionsFromData | "period" | "asOf"> &
  DealPeriodCatalogueOptions;

/**
 * Options of `pipelineCoverage` by catalogue id: its own, less the stage map and the roster (data);
 * the forecast names only its period (orders and revenue targets come from the data).
 * @category Catalogue
 */
export type PipelineCoverageCatalogueOptions = Omit<PipelineCoverageOptions, DealOptionsFromData | "asOf"> & {
  /** "Now": which deals are open, where realized revenue stops. */
  readonly asOf: InstantInput;
  /** The target period covered, from the data's orders and revenue targets. */
  readonly forecast: {
    /** The target period: a label or its bounds. */
    readonly period: PeriodInput;
  };
};

const winRateOptions: z.ZodType<WinRateCatalogueOptions> = optionSchema(periodWindow, {
  staleAsLostAfterDays: z.number().exactOptional(),
});

const averageDealSizeOptions: z.ZodType<AverageDealSizeCatalogueOptions> = optionSchema(periodWindow);

const salesCycleLengthOptions: z.ZodType<SalesCycleLengthCatalogueOptions> = optionSchema(periodWindow, {
  minSample: countField.exactOptional(),
  dayCount: targetShape.dayCount,
});

const salesVelocityOptions: z.ZodType<SalesVelocityCatalogueOptions> = optionSchema(periodWindow, {
  minSample: countField.exactOptional(),
});

const pipelineCoverageOptions: z.ZodType<PipelineCoverageCatalogueOptions> = optionSchema(
  { asOf: instantField, forecast: z.strictObject({ period: periodField }) },
  targetShape,
);

/** Win rate: deals required; the activities (for `staleAsLostAfterDays`) and the roster optional. */
const winRateDefinition = defineIndicator({
  id: "win-rate",
  fn: winRate,
  requires: ["deal"],
  options: winRateOptions,
  result: WinRateResultSchema,
  compute: (data, options) =>
    winRate(data.deals ?? [], { ...periodCall("win-rate", data, options), ...activitiesOf(data) }),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Average deal size: deals required; the roster optional. */
const averageDealSizeDefinition = defineIndicator({
  id: "average-deal-size",
  fn: averageDealSize,
  requires: ["deal"],
  options: averageDealSizeOptions,
  result: AverageDealSizeResultSchema,
  compute: (data, options) => averageDealSize(data.deals ?? [], periodCall("average-deal-size", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/** Sales cycle length: deals required; the roster optional. */
const salesCycleLengthDefinition = defineIndicator({
  id: "sales-cycle-length",
  fn: salesCycleLength,
  requires: ["deal"],
  options: salesCycleLengthOptions,
  result: SalesCycleLengthResultSchema,
  compute: (data, options) => salesCycleLength(data.deals ?? [], periodCall("sales-cycle-length", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "money", "dayCount"),
});

/** Sales velocity: deals required; the roster optional. */
const salesVelocityDefinition = defineIndicator({
  id: "sales-velocity",
  fn: salesVelocity,
  requires: ["deal"],
  options: salesVelocityOptions,
  result: SalesVelocityResultSchema,
  compute: (data, options) => salesVelocity(data.deals ?? [], periodCall("sales-velocity", data, options)),
  reportOptions: (request) => periodReport(request, "calendar", "money"),
});

/**
 * Pipeline coverage: deals, orders and revenue targets required; the stage map (deals with their
 * own probability need none) and the roster optional.
 */
const pipelineCoverageDefinition = defineIndicator({
  id: "pipeline-coverage",
  fn: pipelineCoverage,
  requires: ["deal", "order", "revenue-target"],
  options: pipelineCoverageOptions,
  result: PipelineCoverageResultSchema,
  compute(data, { asOf, forecast, ...options }) {
    const period = periodOption("pipeline-coverage", "forecast.period", forecast.period, options);
    return pipelineCoverage(data.deals ?? [], {
      ...options,
      ...roster(data),
      stageProbabilities: data.stageProbabilities ?? {},
      asOf: instantOption("pipeline-coverage", "asOf", asOf, options.timeZone ?? period.timeZone),
      forecast: { period, orders: data.orders ?? [], targets: data.revenueTargets ?? [] },
    });
  },
  reportOptions: (request) => ({
    asOf: request.asOf,
    forecast: { period: request.period },
    ...reportOptionsOf(request, "calendar", "money", "dayCount"),
  }),
});

/**
 * The definitions of the nine deal indicators of spec section 4, in the order of their entries.
 *
 * @example
 * ```ts
 * DEAL_DEFINITIONS.map((definition) => definition.id);
 * //=> ["win-rate", "average-deal-size", "sales-cycle-length", "sales-velocity", "pipeline-coverage",
 * //    "stage-conversion", "slipped-deals", "pipeline-ageing", "forecast-accuracy"]
 * DEAL_DEFINITIONS.find((definition) => definition.id === "pipeline-coverage")?.requires;
 * //=> ["deal", "order", "revenue-target"]
 * ```
 * @category Catalogue
 */
export const DEAL_DEFINITIONS = Object.freeze([
  winRateDefinition,
  averageDealSizeDefinition,
  salesCycleLengthDefinition,
  salesVelocityDefinition,
  pipelineCoverageDefinition,
  ...DEAL_HISTORY_DEFINITIONS,
] as const);
